using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Tests.Packs;

public sealed class EvidenceVerifierTests
{
    private const string RunId = "run-verify";

    [Fact]
    public void Verify_UntouchedSealedRun_IsIntactAndSealed()
    {
        EvidenceVerification result = EvidenceVerifier.Verify(Pack(SampleLedger.Sealed(RunId, 12)));

        Assert.Equal((true, true, 13L), (result.IsIntact, result.IsSealed, result.RecordCount));
    }

    [Fact]
    public void Verify_FieldEdited_NamesEditedRecord()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);
        records[5] = records[5] with { Actor = "someone-else" };

        AssertProblem(EvidenceProblemKind.Edited, 5, Pack((records, seal)));
    }

    [Fact]
    public void Verify_FieldEditedAndRehashed_NamesEditedRecord()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);
        records[5] = EvidenceHasher.Link(records[5] with { Details = new DecisionDetails("match", "approve", "looks fine") }, records[5].PreviousHash);

        AssertProblem(EvidenceProblemKind.Edited, 5, Pack((records, seal)));
    }

    [Fact]
    public void Verify_RecordDeleted_NamesRemovedSequence()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);

        AssertProblem(EvidenceProblemKind.Removed, 4, Pack(([.. records.Where(r => r.Sequence != 4)], seal)));
    }

    [Fact]
    public void Verify_TwoRecordsSwapped_NamesFirstOutOfPlace()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);
        (records[3], records[8]) = (records[8], records[3]);

        AssertProblem(EvidenceProblemKind.Reordered, 3, Pack((records, seal)));
    }

    [Fact]
    public void Verify_RunTruncated_NamesFirstMissingSequence()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);

        AssertProblem(EvidenceProblemKind.Truncated, 9, Pack((records[..9], seal)));
    }

    [Fact]
    public void Verify_RecordInsertedAndLaterRenumbered_NamesInsertedRecord()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 12);
        EvidenceRecord fake = EvidenceHasher.Link(records[6] with { Details = new DecisionDetails("pay", "approve", "forged") }, records[5].Hash);
        EvidenceRecord[] tampered = [.. records[..6], fake, .. records[6..].Select(r => r with { Sequence = r.Sequence + 1 })];

        AssertProblem(EvidenceProblemKind.Inserted, 6, Pack((tampered, seal)));
    }

    [Fact]
    public void Verify_WholeRunRechainedAfterEdit_ReportsSealMismatchAgainstStoredSeal()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed(RunId, 6);
        EvidenceRecord[] chain = EvidenceHasher.LinkAll(records[..6].Select(r => r.Sequence == 2 ? r with { Actor = "forger" } : r));

        (EvidenceRecord sealRecord, _) = RunSealer.Seal(RunId, seal.WorkflowName, seal.WorkflowVersion, chain, seal.SealedAt);

        Assert.False(EvidenceVerifier.Verify(Pack(([.. chain, sealRecord], seal))).IsIntact);
    }

    [Fact]
    public void Verify_UnsealedRun_IsIntactButNotSealed()
    {
        EvidenceVerification result = EvidenceVerifier.Verify(EvidencePack.Create(RunId, SampleLedger.Chain(RunId, 4), seal: null));

        Assert.Equal((true, false), (result.IsIntact, result.IsSealed));
    }

    private static EvidencePack Pack((EvidenceRecord[] Records, RunSeal Seal) run) => EvidencePack.Create(RunId, run.Records, run.Seal);

    private static void AssertProblem(EvidenceProblemKind kind, long sequence, EvidencePack pack)
    {
        EvidenceVerification result = EvidenceVerifier.Verify(pack);
        Assert.Equal((false, kind, sequence), (result.IsIntact, result.Problem?.Kind, result.Problem?.Sequence));
    }
}
