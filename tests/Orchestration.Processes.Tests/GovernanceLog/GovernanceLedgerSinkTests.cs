using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;
using Orchestration.Processes.GovernanceLog;
using Orchestration.Processes.Tests.Support;

namespace Orchestration.Processes.Tests.GovernanceLog;

public sealed class GovernanceLedgerSinkTests
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EngageAndRelease_ThroughTheHostsServices_WriteEachChangeOnceInAChainedLog()
    {
        using GovernedInvoiceSystems systems = new();
        KillSwitchService switches = systems.Get<KillSwitchService>();

        await switches.EngageAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "ERP cut-over", suspendRunning: false);
        await switches.ReleaseAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "Cut-over done");

        EvidenceVerification log = await systems.VerifyAsync(GovernanceLedgerSink.KillSwitchLog);
        IReadOnlyList<EvidenceDetails> details = await systems.DetailsAsync(GovernanceLedgerSink.KillSwitchLog);
        Assert.True(log is { IsIntact: true, RecordCount: 2 }, log.Describe());
        Assert.Equal(["engaged", "released"], details.Cast<KillSwitchDetails>().Select(change => change.Action));
    }

    [Fact]
    public async Task RecordAsync_SameChangeTwice_WritesItOnce()
    {
        using GovernedInvoiceSystems systems = new();
        using GovernanceLedgerSink sink = new(systems.Ledger);
        KillSwitchRecord record = Change(1);

        await sink.RecordAsync(record, CancellationToken.None);
        await sink.RecordAsync(record, CancellationToken.None);

        Assert.Single(await systems.Ledger.ReadRunAsync(GovernanceLedgerSink.KillSwitchLog));
    }

    [Fact]
    public void AddProcesses_BeforeAddGovernance_MakesTheLedgerTheKillSwitchStore()
    {
        using GovernedInvoiceSystems systems = new();

        Assert.IsType<LedgerKillSwitchStore>(systems.Get<IKillSwitchStore>());
    }

    [Fact]
    public async Task RecordAsync_KillSwitchChangeWhenTheStoreWritesThem_WritesNothing()
    {
        using GovernedInvoiceSystems systems = new();
        using GovernanceLedgerSink sink = new(systems.Ledger) { SkipsKillSwitchChanges = true };

        await sink.RecordAsync(Change(1), CancellationToken.None);

        Assert.Empty(await systems.Ledger.ReadRunAsync(GovernanceLedgerSink.KillSwitchLog));
    }

    [Fact]
    public async Task RecordAsync_TwoSinksOnOneLedger_InterleaveIntoOneIntactChain()
    {
        using GovernedInvoiceSystems systems = new();
        using GovernanceLedgerSink first = new(systems.Ledger);
        using GovernanceLedgerSink second = new(systems.Ledger);

        await first.RecordAsync(Change(1), CancellationToken.None);
        await second.RecordAsync(Change(2), CancellationToken.None);
        await first.RecordAsync(Change(3), CancellationToken.None);

        EvidenceVerification log = await systems.VerifyAsync(GovernanceLedgerSink.KillSwitchLog);
        Assert.True(log is { IsIntact: true, RecordCount: 3 }, log.Describe());
    }

    [Fact]
    public async Task RecordAsync_DispatchRefusal_GoesToTheRefusalLog()
    {
        using GovernedInvoiceSystems systems = new();
        using GovernanceLedgerSink sink = new(systems.Ledger);
        GovernanceRefusal refusal = new GovernanceRefusal(RefusalCodes.KillSwitchEngaged, "ERP cut-over", AgentId: "erp-poster").At("PostInvoiceActivity", "run-1");

        await sink.RecordAsync(new RefusalRecord(refusal, At), CancellationToken.None);

        EvidenceRecord record = Assert.Single(await systems.Ledger.ReadRunAsync(GovernanceLedgerSink.RefusalLog));
        Assert.Equal(("erp-poster", new RefusalDetails("PostInvoiceActivity", RefusalCodes.KillSwitchEngaged, "ERP cut-over")), (record.Actor, record.Details));
    }

    private static KillSwitchRecord Change(long sequence) => new(new KillSwitchChange(
        sequence, KillSwitchAction.Engaged, KillSwitchScope.Global, "*", "ops@contoso.example", $"Drill {sequence}", At.AddMinutes(sequence), []));
}
