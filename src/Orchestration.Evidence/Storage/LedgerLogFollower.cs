using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// Follows one log of the ledger (a run id that a host appends to: kill switches, reference data refreshes) and folds
/// it into a state, reading on each call only the records past those already folded. The last record already folded is
/// read again to prove the ledger still holds it; when it does not (a reset database, a rewritten row), the log is
/// folded again from its start. Every call sees each record committed before it, by any process.
/// </summary>
/// <typeparam name="TState">The folded state; immutable, since readers share it.</typeparam>
/// <param name="ledger">The ledger.</param>
/// <param name="logId">The log's run id.</param>
/// <param name="empty">The state of an empty log.</param>
/// <param name="fold">Folds records, in sequence order, into a state; called only with at least one record.</param>
public sealed class LedgerLogFollower<TState>(
    IEvidenceStore ledger, string logId, TState empty, Func<TState, IReadOnlyList<EvidenceRecord>, CancellationToken, ValueTask<TState>> fold)
{
    private LedgerLogPosition<TState> known = new(empty, 0, EvidenceHasher.GenesisHash);

    /// <summary>Reads the records added since the last call and folds them.</summary>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The state, with the count of records folded and the hash of the last one (what the next append links to).</returns>
    public async Task<LedgerLogPosition<TState>> ReadAsync(CancellationToken cancellation)
    {
        LedgerLogPosition<TState> seen = Volatile.Read(ref known);
        LedgerLogPosition<TState> start = seen;
        IReadOnlyList<EvidenceRecord> read = await ledger.ReadRecordsAsync(logId, Math.Max(start.Count - 1, 0), cancellation);
        IReadOnlyList<EvidenceRecord>? tail = TailOf(start, read);
        if (tail is null)
        {
            start = new(empty, 0, EvidenceHasher.GenesisHash);
            tail = await ledger.ReadRunAsync(logId, cancellation);
        }

        LedgerLogPosition<TState> now = tail.Count == 0
            ? start
            : new(await fold(start.State, tail, cancellation), start.Count + tail.Count, tail[^1].Hash);
        // One try: a reader that loses the race leaves the winner's position, which the next read checks against the ledger.
        Interlocked.CompareExchange(ref known, now, seen);
        return now;
    }

    // The records past the position, or null when the records read do not begin with the last record it folded.
    private static IReadOnlyList<EvidenceRecord>? TailOf(LedgerLogPosition<TState> position, IReadOnlyList<EvidenceRecord> read) =>
        position.Count == 0 ? read
        : read.Count > 0 && read[0].Sequence == position.Count - 1 && read[0].Hash == position.LastHash ? [.. read.Skip(1)]
        : null;
}

/// <summary>Where a followed log stands.</summary>
/// <typeparam name="TState">The folded state.</typeparam>
/// <param name="State">The state folded from the log's records.</param>
/// <param name="Count">How many records were folded: the sequence the next record takes.</param>
/// <param name="LastHash">The hash of the last record folded, or the genesis hash.</param>
public sealed record LedgerLogPosition<TState>(TState State, long Count, string LastHash);
