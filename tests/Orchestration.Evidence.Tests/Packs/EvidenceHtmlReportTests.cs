using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Tests.Packs;

public sealed class EvidenceHtmlReportTests
{
    [Fact]
    public void Render_SealedRun_HasTimelineDecisionsPoliciesApprovalsAndSeal()
    {
        (EvidenceRecord[] records, RunSeal seal) = SampleLedger.Sealed("run-html", 8);
        EvidencePack pack = EvidencePack.Create("run-html", records, seal);

        string html = EvidenceHtmlReport.Render(pack, EvidenceVerifier.Verify(pack));

        Assert.All(["<h2>Timeline</h2>", "<h2>Decisions</h2>", "<h2>Policies</h2>", "<h2>Approvals</h2>", "<h2>Seal</h2>", "INTACT"],
            part => Assert.Contains(part, html, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ActorWithMarkup_IsEncoded()
    {
        EvidenceRecord[] records = SampleLedger.Chain("run-html", 1);
        EvidencePack pack = EvidencePack.Create("run-html", [records[0] with { Actor = "<script>x</script>" }], null);

        string html = EvidenceHtmlReport.Render(pack, EvidenceVerifier.Verify(pack));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
