using Orchestration.Governance.DataQuality;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.ReferenceData;

public sealed class ReferenceDataRefreshWorkflowTests
{
    // Past the sanctions list's 24 h gate, well inside the price list's 7 d one (policies/data-quality.yaml).
    private static readonly TimeSpan PastSanctionsGate = TimeSpan.FromHours(25);

    [Fact]
    public async Task RunAsync_Occurrence_RecordsTheRefreshTimesTheFreshnessGateReads()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        IReferenceDataCatalog gateReads = systems.Get<IReferenceDataCatalog>();
        systems.Clock.Advance(TimeSpan.FromMinutes(7));

        ReferenceDataRefreshOutcome? outcome = await RefreshReferenceDataAsync(host, systems);

        DateTimeOffset now = systems.Clock.GetUtcNow();
        Assert.Equal(
            [(SimulatedReferenceFeeds.SanctionsList, now, 3), (SimulatedReferenceFeeds.PriceList, now, 3)],
            outcome!.Refreshes.Select(refresh => (refresh.DataSet, refresh.RefreshedAt, refresh.Entries)));
        Assert.Equal(
            ((DateTimeOffset?)now, (DateTimeOffset?)now),
            (await gateReads.GetAsOfAsync(SimulatedReferenceFeeds.SanctionsList, default), await gateReads.GetAsOfAsync(SimulatedReferenceFeeds.PriceList, default)));
    }

    [Fact]
    public async Task RunAsync_SanctionsListNotRefreshedFor25Hours_RefusesThePostingAsStaleData()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        systems.Clock.Advance(PastSanctionsGate);
        string id = await StartAsync(host, SmallInvoice);

        InvoiceOutcome? outcome = (await host.WaitForCompletionAsync(id)).ReadOutputAs<InvoiceOutcome>();

        Assert.Equal((InvoiceStatus.Refused, 0), (outcome?.Status, systems.Erp.PostingCalls));
        Assert.StartsWith("PostInvoiceActivity was refused by governance (stale-data): Data-quality gate breached: reference data 'sanctions-list'",
            Assert.Single(outcome!.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RefreshAfterSanctionsListWentStale_PostsTheInvoice()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        systems.Clock.Advance(PastSanctionsGate);
        await RefreshReferenceDataAsync(host, systems);
        string id = await StartAsync(host, SmallInvoice);

        InvoiceOutcome? outcome = (await host.WaitForCompletionAsync(id)).ReadOutputAs<InvoiceOutcome>();

        Assert.Equal((InvoiceStatus.Posted, 1), (outcome?.Status, systems.Erp.PostingCalls));
    }
}
