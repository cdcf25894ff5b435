using Microsoft.Data.Sqlite;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Storage;
using Orchestration.Processes.GovernanceLog;
using Microsoft.Extensions.Time.Testing;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.GovernanceLog;

/// <summary>
/// One SQLite ledger file in a temp folder, opened afresh for each store so that two stores stand for two processes
/// (two instances of a host) sharing the ledger, as they share Table Storage in Azure.
/// </summary>
internal sealed class SharedLedger : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "orchestration-tests", Guid.NewGuid().ToString("N"));
    private readonly List<IDisposable> opened = [];

    // Stamps the kill-switch records only: no timers, no threads.
    public FakeTimeProvider Time { get; } = FakeClocks.AtDefaultStart();

    public IEvidenceStore Open() => SqliteEvidenceStore.Open(Path.Combine(folder, "evidence.db"));

    /// <summary>A kill switch store over its own connection to the ledger, as another process would have.</summary>
    public LedgerKillSwitchStore OpenStore(IEvidenceStore? ledger = null)
    {
        LedgerKillSwitchStore store = new(ledger ?? Open(), Time);
        opened.Add(store);
        return store;
    }

    public async Task<EvidenceVerification> VerifyAsync() =>
        EvidenceVerifier.Verify(await new EvidencePackService(Open()).BuildAsync(GovernanceLedgerSink.KillSwitchLog)
            ?? throw new InvalidOperationException("The kill-switch log is empty."));

    public void Dispose()
    {
        opened.ForEach(store => store.Dispose());
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
