using Orchestration.Abstractions;
using Orchestration.Evidence.Packs;
using Orchestration.Governance.Agents;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;
using Orchestration.Processes.GovernanceLog;

namespace Orchestration.Processes.Tests.GovernanceLog;

public sealed class LedgerKillSwitchStoreTests : IDisposable
{
    private const string Ops = "ops@contoso.example";

    private readonly SharedLedger ledger = new();

    [Fact]
    public async Task GetEngagedAsync_EngageTwoReleaseOne_ReturnsTheOther()
    {
        LedgerKillSwitchStore store = ledger.OpenStore();
        await EngageAsync(store, "erp-poster");
        await EngageAsync(store, "mailer");
        await ReleaseAsync(store, "erp-poster");

        IReadOnlyList<KillSwitchState> engaged = await store.GetEngagedAsync(CancellationToken.None);

        Assert.Equal([(KillSwitchScope.Agent, "mailer")], engaged.Select(state => (state.Scope, state.Target)));
    }

    [Fact]
    public async Task GetHistoryAsync_EngageThenRelease_ReturnsBothChangesInOrder()
    {
        LedgerKillSwitchStore store = ledger.OpenStore();
        await store.AppendAsync(KillSwitchAction.Engaged, KillSwitchScope.Workflow, "InvoiceApproval", Ops, "ERP cut-over", ["run-1"], CancellationToken.None);
        await store.AppendAsync(KillSwitchAction.Released, KillSwitchScope.Workflow, "InvoiceApproval", Ops, "Cut-over done", ["run-1"], CancellationToken.None);

        IReadOnlyList<KillSwitchChange> history = await store.GetHistoryAsync(CancellationToken.None);

        Assert.Equal(
            [(1L, KillSwitchAction.Engaged, "ERP cut-over", "run-1"), (2L, KillSwitchAction.Released, "Cut-over done", "run-1")],
            history.Select(change => (change.Sequence, change.Action, change.Reason, Assert.Single(change.Instances))));
    }

    [Fact]
    public async Task AppendAsync_EngageAlreadyEngaged_KeepsOneSwitchWithTheLatestReason()
    {
        LedgerKillSwitchStore store = ledger.OpenStore();
        await EngageAsync(store, "erp-poster", "First incident");
        await EngageAsync(store, "erp-poster", "Second incident");

        KillSwitchState engaged = Assert.Single(await store.GetEngagedAsync(CancellationToken.None));

        Assert.Equal(("Second incident", 2), (engaged.Reason, (await store.GetHistoryAsync(CancellationToken.None)).Count));
    }

    [Fact]
    public async Task GetEngagedAsync_ChangesThroughAnotherInstance_FollowsEachOfThem()
    {
        LedgerKillSwitchStore reader = ledger.OpenStore();
        LedgerKillSwitchStore writer = ledger.OpenStore();
        IReadOnlyList<KillSwitchState> before = await reader.GetEngagedAsync(CancellationToken.None);

        await EngageAsync(writer, "erp-poster");
        IReadOnlyList<KillSwitchState> afterEngage = await reader.GetEngagedAsync(CancellationToken.None);
        await ReleaseAsync(writer, "erp-poster");
        IReadOnlyList<KillSwitchState> afterRelease = await reader.GetEngagedAsync(CancellationToken.None);

        Assert.Equal((0, 1, 0), (before.Count, afterEngage.Count, afterRelease.Count));
    }

    [Fact]
    public async Task GetHistoryAsync_ManyChangesThroughAnotherInstance_MatchesAFreshRead()
    {
        LedgerKillSwitchStore reader = ledger.OpenStore();
        LedgerKillSwitchStore writer = ledger.OpenStore();
        for (int i = 0; i < 30; i++)
        {
            await (i % 3 == 2 ? ReleaseAsync(writer, $"agent-{i - 1}") : EngageAsync(writer, $"agent-{i}"));
            await reader.GetEngagedAsync(CancellationToken.None);
        }

        IReadOnlyList<KillSwitchChange> followed = await reader.GetHistoryAsync(CancellationToken.None);

        Assert.Equal(Describe(await ledger.OpenStore().GetHistoryAsync(CancellationToken.None)), Describe(followed));
        Assert.Equal(10, (await reader.GetEngagedAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task GetEngagedAsync_AfterAFirstRead_ReadsFromTheLastRecordSeen()
    {
        SwitchingLedger switching = new(ledger.Open());
        LedgerKillSwitchStore store = ledger.OpenStore(switching);
        await EngageAsync(ledger.OpenStore(), "erp-poster");
        await EngageAsync(ledger.OpenStore(), "mailer");
        await store.GetEngagedAsync(CancellationToken.None);
        await EngageAsync(ledger.OpenStore(), "billing");

        await store.GetEngagedAsync(CancellationToken.None);
        await store.GetEngagedAsync(CancellationToken.None);

        Assert.Equal([0L, 1L, 2L], switching.ReadsFrom);
    }

    [Fact]
    public async Task GetEngagedAsync_LastRecordSeenReplaced_RebuildsFromTheStart()
    {
        using SharedLedger replacement = new();
        LedgerKillSwitchStore store = await ReadThenSwapLedgerAsync(["erp-poster"], replacement, ["mailer", "billing"]);

        IReadOnlyList<KillSwitchState> engaged = await store.GetEngagedAsync(CancellationToken.None);

        Assert.Equal(["mailer", "billing"], engaged.Select(state => state.Target));
    }

    [Fact]
    public async Task GetEngagedAsync_LedgerShorterThanLastRead_RebuildsFromIt()
    {
        using SharedLedger replacement = new();
        LedgerKillSwitchStore store = await ReadThenSwapLedgerAsync(["erp-poster", "mailer"], replacement, ["billing"]);

        IReadOnlyList<KillSwitchChange> history = await store.GetHistoryAsync(CancellationToken.None);

        Assert.Equal([(1L, "billing")], history.Select(change => (change.Sequence, change.Target)));
    }

    [Fact]
    public async Task AppendAsync_ConcurrentEngagesFromTwoInstances_AllLandInOneIntactChain()
    {
        LedgerKillSwitchStore first = ledger.OpenStore();
        LedgerKillSwitchStore second = ledger.OpenStore();

        await Task.WhenAll(
            Task.Run(() => EngageManyAsync(first, "first", 5)),
            Task.Run(() => EngageManyAsync(second, "second", 5)));

        EvidenceVerification log = await ledger.VerifyAsync();
        Assert.True(log is { IsIntact: true, RecordCount: 10 }, log.Describe());
        Assert.Equal(10, (await ledger.OpenStore().GetEngagedAsync(CancellationToken.None)).Count);
    }

    [Fact]
    public async Task AppendAsync_AnotherInstanceAppendsFirst_LandsAfterItsChange()
    {
        LedgerKillSwitchStore other = ledger.OpenStore();
        LedgerKillSwitchStore store = ledger.OpenStore(new OvertakingLedger(ledger.Open(), () => EngageAsync(other, "mailer")));

        KillSwitchChange change = await EngageAsync(store, "erp-poster");

        EvidenceVerification log = await ledger.VerifyAsync();
        Assert.True(log is { IsIntact: true, RecordCount: 2 }, log.Describe());
        Assert.Equal(2, change.Sequence);
    }

    [Fact]
    public async Task AppendAsync_ReleaseNotEngaged_ThrowsAndWritesNothing()
    {
        LedgerKillSwitchStore store = ledger.OpenStore();

        InvalidOperationException refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ReleaseAsync(store, "erp-poster"));

        Assert.Equal(("The agent kill switch 'erp-poster' is not engaged.", 0), (refused.Message, (await ledger.Open().ReadRunAsync(GovernanceLedgerSink.KillSwitchLog)).Count));
    }

    [Fact]
    public async Task AppendAsync_SeriesOfChanges_LeavesAnIntactLog()
    {
        LedgerKillSwitchStore store = ledger.OpenStore();
        foreach (string agent in new[] { "erp-poster", "mailer", "erp-poster" })
        {
            await EngageAsync(store, agent);
            ledger.Time.Advance(TimeSpan.FromMinutes(1));
            await ReleaseAsync(store, agent);
        }

        EvidenceVerification log = await ledger.VerifyAsync();

        Assert.True(log is { IsIntact: true, RecordCount: 6 }, log.Describe());
    }

    [Fact]
    public async Task OnActivityDispatchingAsync_EngagedThroughAnotherInstance_RefusesTheCall()
    {
        LedgerKillSwitchStore dispatcher = ledger.OpenStore();
        AgentRegistry agents = new([], [new ActivityBinding("PostInvoiceActivity", "erp-poster", "post")]);
        KillSwitchFilter filter = new(dispatcher, agents, new ClientWorkflowLineage(() => null), new InMemoryGovernanceRecordSink(), ledger.Time);
        await dispatcher.GetEngagedAsync(CancellationToken.None);

        await EngageAsync(ledger.OpenStore(), "erp-poster");
        GovernanceRefusalException refused = await Assert.ThrowsAsync<GovernanceRefusalException>(
            () => filter.OnActivityDispatchingAsync(new WorkflowActivityContext("PostInvoiceActivity", "run-1", CancellationToken.None), null).AsTask());

        Assert.Equal(RefusalCodes.KillSwitchEngaged, refused.Refusal.Code);
    }

    public void Dispose() => ledger.Dispose();

    private static Task EngageManyAsync(LedgerKillSwitchStore store, string prefix, int count) =>
        EngageManyAsync(store, Enumerable.Range(1, count).Select(i => $"{prefix}-{i}"));

    // A store that has read a log engaging `seen`, then finds the ledger swapped for one engaging `replaced`.
    private async Task<LedgerKillSwitchStore> ReadThenSwapLedgerAsync(string[] seen, SharedLedger replacement, string[] replaced)
    {
        SwitchingLedger switching = new(ledger.Open());
        LedgerKillSwitchStore store = ledger.OpenStore(switching);
        await EngageManyAsync(store, seen);
        await store.GetEngagedAsync(CancellationToken.None);
        await EngageManyAsync(replacement.OpenStore(), replaced);
        switching.Current = replacement.Open();
        return store;
    }

    private static async Task EngageManyAsync(LedgerKillSwitchStore store, IEnumerable<string> agents)
    {
        foreach (string agent in agents)
        {
            await EngageAsync(store, agent);
        }
    }

    private static string Describe(IEnumerable<KillSwitchChange> history) =>
        string.Join(';', history.Select(change => $"{change.Sequence}:{change.Action}:{change.Target}"));

    private static Task<KillSwitchChange> EngageAsync(LedgerKillSwitchStore store, string agent, string reason = "Incident") =>
        store.AppendAsync(KillSwitchAction.Engaged, KillSwitchScope.Agent, agent, Ops, reason, [], CancellationToken.None).AsTask();

    private static Task<KillSwitchChange> ReleaseAsync(LedgerKillSwitchStore store, string agent) =>
        store.AppendAsync(KillSwitchAction.Released, KillSwitchScope.Agent, agent, Ops, "Resolved", [], CancellationToken.None).AsTask();
}
