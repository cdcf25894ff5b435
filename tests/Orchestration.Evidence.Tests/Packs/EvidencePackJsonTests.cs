using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Tests.Packs;

public sealed class EvidencePackJsonTests
{
    [Fact]
    public void Parse_SerializedPack_VerifiesIntact()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed("run-json", 8);

        EvidencePack pack = EvidencePackJson.Parse(EvidencePackJson.Serialize(EvidencePack.Create("run-json", records, seal)));

        Assert.True(EvidenceVerifier.Verify(pack).IsIntact);
    }

    [Fact]
    public void Parse_NotJson_ThrowsFormatException()
    {
        Assert.Throws<EvidencePackFormatException>(() => EvidencePackJson.Parse("{ not json"));
    }

    [Fact]
    public void Parse_OtherFormat_ThrowsFormatExceptionNamingFormat()
    {
        string json = EvidencePackJson.Serialize(EvidencePack.Create("run-json", SampleLedger.Chain("run-json", 2), null) with { Format = "other/9" });

        EvidencePackFormatException error = Assert.Throws<EvidencePackFormatException>(() => EvidencePackJson.Parse(json));

        Assert.Contains("other/9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownMember_ThrowsFormatException()
    {
        string json = EvidencePackJson.Serialize(EvidencePack.Create("run-json", SampleLedger.Chain("run-json", 2), null));

        Assert.Throws<EvidencePackFormatException>(() => EvidencePackJson.Parse(json.Replace("\"runId\"", "\"extra\": 1, \"runId\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_RecordWithoutHash_ThrowsFormatException()
    {
        string json = EvidencePackJson.Serialize(EvidencePack.Create("run-json", SampleLedger.Chain("run-json", 1), null));
        string withoutHash = System.Text.RegularExpressions.Regex.Replace(json, "\"hash\": \"[0-9a-f]+\",?", string.Empty);

        Assert.Throws<EvidencePackFormatException>(() => EvidencePackJson.Parse(withoutHash));
    }

    [Fact]
    public void Parse_NoRecordsNoSeal_ThrowsFormatException()
    {
        Assert.Throws<EvidencePackFormatException>(() => EvidencePackJson.Parse(
            """{"format":"orchestration-evidence-pack/1","runId":"r","workflowName":"w","workflowVersion":"1","records":[],"payloads":[]}"""));
    }
}
