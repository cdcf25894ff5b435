using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Packs;

/// <summary>
/// Checks a pack offline and names the first record that was edited, removed, inserted or reordered. Records must
/// run 0, 1, 2, … in pack order; each must match its hash; each must link to its predecessor's hash; a sealed run
/// must end with a seal record that agrees with the seal from the write-once store (count, final digest, Merkle root).
/// </summary>
public static class EvidenceVerifier
{
    /// <summary>Verifies a pack.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The outcome.</returns>
    public static EvidenceVerification Verify(EvidencePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        IReadOnlyList<EvidenceRecord> records = pack.Records;
        EvidenceProblem? problem = CheckRecords(pack.RunId, records) ?? CheckSeal(pack, records);
        bool isSealed = pack.Seal is not null || (records.Count > 0 && records[^1].Kind == EvidenceKind.Seal);
        return new EvidenceVerification(pack.RunId, problem is null, isSealed, records.Count, problem);
    }

    private static EvidenceProblem? CheckRecords(string runId, IReadOnlyList<EvidenceRecord> records)
    {
        HashSet<long> present = [.. records.Select(r => r.Sequence)];
        for (int i = 0; i < records.Count; i++)
        {
            EvidenceProblem? problem = CheckPosition(runId, records, i, present);
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static EvidenceProblem? CheckPosition(string runId, IReadOnlyList<EvidenceRecord> records, int i, HashSet<long> present)
    {
        EvidenceRecord record = records[i];
        if (record.RunId != runId)
        {
            return new(EvidenceProblemKind.Inserted, record.Sequence, $"Record {record.Sequence} belongs to run '{record.RunId}'.");
        }

        if (record.Sequence != i)
        {
            return record.Sequence < i
                ? new(EvidenceProblemKind.Inserted, record.Sequence, $"A second record claims sequence {record.Sequence}.")
                : present.Contains(i)
                    ? new(EvidenceProblemKind.Reordered, i, $"Record {i} is out of place: record {record.Sequence} stands where it belongs.")
                    : new(EvidenceProblemKind.Removed, i, $"Record {i} is missing: record {i - 1} is followed by record {record.Sequence}.");
        }

        string expectedPrevious = i == 0 ? EvidenceHasher.GenesisHash : records[i - 1].Hash;
        if (record.PreviousHash != expectedPrevious)
        {
            return BrokenLink(records, i);
        }

        return EvidenceHasher.IsIntact(record)
            ? null
            : new(EvidenceProblemKind.Edited, i, $"Record {i} does not match its hash: its content was changed.");
    }

    private static EvidenceProblem BrokenLink(IReadOnlyList<EvidenceRecord> records, int i)
    {
        if (i >= 2 && records[i].PreviousHash == records[i - 2].Hash)
        {
            // The record still links past its predecessor: that predecessor was slipped in.
            return new(EvidenceProblemKind.Inserted, i - 1, $"Record {i - 1} was inserted: record {i} links to record {i - 2}.");
        }

        if (i > 0 && EvidenceHasher.IsIntact(records[i]))
        {
            // The record is untouched, so the predecessor it remembers was changed and re-hashed.
            return new(EvidenceProblemKind.Edited, i - 1, $"Record {i - 1} was changed and re-hashed: record {i} remembers another hash.");
        }

        return new(EvidenceProblemKind.Edited, i, $"Record {i} does not match its hash: its content was changed.");
    }

    private static EvidenceProblem? CheckSeal(EvidencePack pack, IReadOnlyList<EvidenceRecord> records)
    {
        RunSeal? seal = pack.Seal;
        if (seal is null)
        {
            return records.Count > 0 && records[^1].Details is SealDetails details ? CheckSealRecord(records, details) : null;
        }

        if (seal.RunId != pack.RunId)
        {
            return new(EvidenceProblemKind.SealMismatch, 0, $"The seal is for run '{seal.RunId}'.");
        }

        long sealSequence = seal.RecordCount;
        if (records.Count <= sealSequence)
        {
            return new(EvidenceProblemKind.Truncated, records.Count,
                $"The run was sealed with {seal.RecordCount} records and a seal record; records from {records.Count} on are missing.");
        }

        if (records.Count > sealSequence + 1)
        {
            return new(EvidenceProblemKind.Inserted, sealSequence + 1, $"Records follow the seal record {sealSequence}.");
        }

        return records[^1].Hash != seal.SealRecordHash || records[^1].Details is not SealDetails sealDetails
            ? new(EvidenceProblemKind.Edited, sealSequence, $"The seal record {sealSequence} differs from the seal in the seal store.")
            : CheckSealRecord(records, sealDetails) ?? CheckSealDigests(seal, sealDetails);
    }

    private static EvidenceProblem? CheckSealRecord(IReadOnlyList<EvidenceRecord> records, SealDetails details)
    {
        long sealSequence = records.Count - 1;
        List<string> hashes = [.. records.Take(records.Count - 1).Select(r => r.Hash)];
        bool agrees = details.RecordCount == sealSequence
            && details.FinalDigest == (hashes.Count == 0 ? EvidenceHasher.GenesisHash : hashes[^1])
            && details.MerkleRoot == MerkleTree.ComputeRoot(hashes);
        return agrees
            ? null
            : new(EvidenceProblemKind.SealMismatch, sealSequence,
                "The records are chained but do not match their seal: the run was rewritten and re-chained.");
    }

    private static EvidenceProblem? CheckSealDigests(RunSeal seal, SealDetails details) =>
        seal.FinalDigest == details.FinalDigest && seal.MerkleRoot == details.MerkleRoot
            ? null
            : new(EvidenceProblemKind.SealMismatch, seal.RecordCount, "The seal record and the seal store disagree.");
}
