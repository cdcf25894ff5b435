using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Tests.Chain;

public sealed class EvidenceHasherTests
{
    // Golden values, derived by hand from the documented canonical form (and checked with another SHA-256 tool):
    // a change to the record model or the canonical form that would alter sealed hashes must fail here.
    private static readonly string GoldenCanonical = """
        {"actor":"orchestrator","details":{"decision":"route-to-human","kind":"decision","reason":"amount over threshold #0","step":"match"},
        "occurredAt":"2026-01-05T09:00:00+00:00","previousHash":"0000000000000000000000000000000000000000000000000000000000000000",
        "runId":"run-golden","sequence":0,"workflowName":"InvoiceApprovalWorkflow","workflowVersion":"1.0"}
        """.Replace("\n", string.Empty, StringComparison.Ordinal);

    private const string GoldenHash = "4c3d6ed3c1d05b8ebfa58f2d86312073faa8a9d7fe425e04bb8c2d0c4992e19d";

    [Fact]
    public void ComputeHash_FixedRecord_MatchesGoldenValue()
    {
        EvidenceRecord record = SampleLedger.Chain("run-golden", 1)[0];

        Assert.Equal(GoldenHash, record.Hash);
    }

    [Fact]
    public void ComputeHash_FixedRecord_IsSha256OfDocumentedCanonicalText()
    {
        string independent = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(GoldenCanonical)));

        Assert.Equal(GoldenHash, independent);
    }

    [Fact]
    public void Link_FirstRecord_PointsAtGenesis()
    {
        EvidenceRecord record = SampleLedger.Chain("run-1", 1)[0];

        Assert.Equal(EvidenceHasher.GenesisHash, record.PreviousHash);
    }

    [Fact]
    public void Link_Chain_EachRecordCarriesPredecessorHash()
    {
        EvidenceRecord[] records = SampleLedger.Chain("run-1", 5);

        Assert.All(records.Skip(1).Zip(records), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public void IsIntact_ActorChanged_ReturnsFalse()
    {
        EvidenceRecord record = SampleLedger.Chain("run-1", 1)[0];

        Assert.False(EvidenceHasher.IsIntact(record with { Actor = "someone-else" }));
    }

    [Fact]
    public void IsIntact_RoundTripThroughJson_ReturnsTrue()
    {
        EvidenceRecord record = SampleLedger.Chain("run-1", 4)[3];

        string json = System.Text.Json.JsonSerializer.Serialize(record, EvidenceJson.Options);

        Assert.True(EvidenceHasher.IsIntact(System.Text.Json.JsonSerializer.Deserialize<EvidenceRecord>(json, EvidenceJson.Options)!));
    }

    [Fact]
    public void DigestOf_SameDataDifferentMemberOrder_SameDigest()
    {
        Dictionary<string, int> first = new() { ["a"] = 1, ["b"] = 2 };
        Dictionary<string, int> second = new() { ["b"] = 2, ["a"] = 1 };

        Assert.Equal(EvidenceHasher.DigestOf(first), EvidenceHasher.DigestOf(second));
    }
}
