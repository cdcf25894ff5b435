using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Orchestration.Api.Tests.Browser;

[Collection(ConsoleCollectionDefinition.Name)]
public sealed class EvidenceSectionTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task EvidenceSection_InvoiceRunCompleted_SaysIntactAndSealedWithTheRecordCount()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        (IPage page, string instanceId) = await InvoiceRunSteps.CompleteRunAsync(session);

        long recordCount = await RecordCountAsync(instanceId);

        await Expect(page.GetByTestId("evidence-status")).ToHaveTextAsync($"Intact and sealed: {recordCount} records.");
    }

    [Fact]
    public async Task DownloadEvidencePack_CompletedRun_SavesTheRunsPackAsJson()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        (IPage page, string instanceId) = await InvoiceRunSteps.CompleteRunAsync(session);
        await Expect(page.GetByTestId("evidence-download")).ToBeEnabledAsync();

        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("evidence-download").ClickAsync());

        using JsonDocument pack = JsonDocument.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.Equal(instanceId, pack.RootElement.GetProperty("runId").GetString());
    }

    [Fact]
    public async Task OpenEvidenceReport_CompletedRun_OpensTheRunsReportWithItsVerification()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        (IPage report, string instanceId) = await OpenReportOfCompletedRunAsync(session);

        await Expect(report.GetByRole(AriaRole.Heading, new() { Name = $"Evidence of run {instanceId}" })).ToBeVisibleAsync();
        await Expect(report.Locator("p.ok")).ToContainTextAsync($"INTACT: run '{instanceId}'");
        await report.ScreenshotAsync(new() { Path = Path.Combine(ConsoleFixture.ScreenshotFolder, "EvidenceReport.png"), FullPage = true });
    }

    [Fact]
    public async Task OpenEvidenceReport_CompletedRun_RendersWithTheReportsOwnStyle()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        (IPage report, _) = await OpenReportOfCompletedRunAsync(session);

        // The report's inline stylesheet colours an intact verdict green; a blocked stylesheet leaves it black.
        await Expect(report.Locator("p.ok")).ToHaveCSSAsync("color", "rgb(10, 107, 10)");
    }

    [Fact]
    public async Task EvidenceSection_RunWithoutRecords_SaysNoEvidenceRecordedYet()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        IPage page = await session.OpenWithKeyAsync("/console/runs/no-such-run");

        await Expect(page.GetByTestId("evidence-status")).ToHaveTextAsync("No evidence recorded yet.");
    }

    [Fact]
    public async Task EvidenceSection_RunAwaitingApproval_SaysIntactSoFarAndNotYetSealed()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        IPage page = await InvoiceRunSteps.OpenWaitingRunAsync(session);

        await Expect(page.GetByTestId("evidence-status")).ToHaveTextAsync(new Regex(@"^Intact so far: \d+ records, not yet sealed\.$"));
    }

    [Fact]
    public async Task EvidenceSection_LedgerFindsTampering_SaysTamperedWithTheFirstBadRecordAndItsKind()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        // The ledger's answer for a rewritten run, as GET /api/runs/{id}/verify gives it.
        await session.Page.RouteAsync("**/api/runs/rewritten-run/verify", route => route.FulfillAsync(new()
        {
            ContentType = "application/json",
            Body = """
                {"runId":"rewritten-run","isIntact":false,"isSealed":true,"recordCount":12,
                 "problem":{"kind":"sealMismatch","sequence":4,"message":"The records do not match the seal."}}
                """,
        }));

        IPage page = await session.OpenWithKeyAsync("/console/runs/rewritten-run");

        await Expect(page.GetByTestId("evidence-status")).ToHaveTextAsync("Tampered: the first bad record is record 4 (seal mismatch).");
        await Expect(page.GetByTestId("evidence-problem")).ToHaveTextAsync("Record 4: seal mismatch. The records do not match the seal.");
    }

    // Completes an invoice run, then opens its report from the run page: the tab the report opens in, and the run's id.
    private static async Task<(IPage Report, string InstanceId)> OpenReportOfCompletedRunAsync(ConsoleSession session)
    {
        (IPage page, string instanceId) = await InvoiceRunSteps.CompleteRunAsync(session);
        await Expect(page.GetByTestId("evidence-report")).ToBeEnabledAsync();
        return (await page.RunAndWaitForPopupAsync(() => page.GetByTestId("evidence-report").ClickAsync()), instanceId);
    }

    private async Task<long> RecordCountAsync(string instanceId)
    {
        using HttpClient client = new() { BaseAddress = fixture.Server.BaseAddress };
        client.DefaultRequestHeaders.Add("x-functions-key", fixture.Server.SystemKey);
        using JsonDocument verification = JsonDocument.Parse(
            await client.GetStringAsync(new Uri($"/api/runs/{Uri.EscapeDataString(instanceId)}/verify", UriKind.Relative)));
        return verification.RootElement.GetProperty("recordCount").GetInt64();
    }
}
