using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests.Storage;

public sealed class LedgerLogFollowerTests : IDisposable
{
    private const string Log = "governance-kill-switches";
    private readonly string folder = Path.Combine(Path.GetTempPath(), "evidence-tests", Guid.NewGuid().ToString("N"));
    private readonly SqliteEvidenceStore ledger;
    private readonly List<long> folded = [];

    public LedgerLogFollowerTests()
    {
        Directory.CreateDirectory(folder);
        ledger = SqliteEvidenceStore.Open(Path.Combine(folder, "ledger.db"));
    }

    [Fact]
    public async Task ReadAsync_RecordsAppendedBetweenReads_FoldsEachRecordOnce()
    {
        EvidenceRecord[] chain = SampleLedger.Chain(Log, 5);
        LedgerLogFollower<int> follower = Follower();
        await ledger.AppendAsync(chain[..3], CancellationToken.None);
        await follower.ReadAsync(CancellationToken.None);
        await ledger.AppendAsync(chain[3..], CancellationToken.None);

        LedgerLogPosition<int> position = await follower.ReadAsync(CancellationToken.None);

        Assert.Equal((5, 5L, chain[^1].Hash), (position.State, position.Count, position.LastHash));
        Assert.Equal([0L, 1, 2, 3, 4], folded);
    }

    // The rebuild when the ledger no longer holds the last record folded is proven through the kill switch store
    // (tests/Orchestration.Processes.Tests/GovernanceLog), which swaps the ledger under a follower.
    public void Dispose() => Directory.Delete(folder, recursive: true);

    private LedgerLogFollower<int> Follower() => new(ledger, Log, 0, (count, records, _) =>
    {
        folded.AddRange(records.Select(record => record.Sequence));
        return ValueTask.FromResult(count + records.Count);
    });
}
