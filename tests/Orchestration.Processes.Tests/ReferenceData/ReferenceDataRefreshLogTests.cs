using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.ReferenceData;

public sealed class ReferenceDataRefreshLogTests
{
    private static readonly DateTimeOffset At = ManualTimeProvider.DefaultStart;

    private static ReferenceDataRefresh Sanctions(DateTimeOffset at) => new(SimulatedReferenceFeeds.SanctionsList, "sanctions-feed", 3, "sha256:" + new string('a', 64), at);

    [Fact]
    public async Task GetLastRefreshAsync_LogOpenedAgainOnTheSameLedger_ReadsTheRecordedTime()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);

        using ReferenceDataRefreshLog reopened = new(systems.Ledger);

        Assert.Equal(systems.Clock.GetUtcNow(), await reopened.GetLastRefreshAsync(SimulatedReferenceFeeds.SanctionsList, default));
    }

    [Fact]
    public async Task GetLastRefreshAsync_RecordedOutOfOrder_ReadsTheLatestTime()
    {
        using GovernedInvoiceSystems systems = new();
        using ReferenceDataRefreshLog log = new(systems.Ledger);
        await log.RecordAsync(Sanctions(At.AddHours(2)), TimeSpan.Zero, default);
        await log.RecordAsync(Sanctions(At.AddHours(1)), TimeSpan.Zero, default);

        Assert.Equal(At.AddHours(2), await log.GetLastRefreshAsync(SimulatedReferenceFeeds.SanctionsList, default));
    }

    [Fact]
    public async Task GetLastRefreshAsync_NeverRefreshed_ReturnsNull()
    {
        using GovernedInvoiceSystems systems = new();
        using ReferenceDataRefreshLog log = new(systems.Ledger);
        await log.RecordAsync(Sanctions(At), TimeSpan.Zero, default);

        Assert.Null(await log.GetLastRefreshAsync(SimulatedReferenceFeeds.PriceList, default));
    }
}
