using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// Follows one log of the ledger (a run id that a host appends to: kill switches, reference data refreshes) and folds
/// it into a state, reading on each call only the records past those already folded. The last record already folded is
/// read again to prove the ledger still holds it; when it does not (a reset database, a rewritten row), the log is
/// folded again from its start. Every call sees each record committed before it, by any process. Appends go through
/// <see cref="AppendAsync"/>, which sequences and links a record against the log as just read.
/// </summary>
/// <typeparam name="TState">The folded state; immutable, since readers share it.</typeparam>
/// <param name="ledger">The ledger.</param>
/// <param name="logId">The log's run id.</param>
/// <param name="empty">The state of an empty log.</param>
/// <param name="fold">Folds records, in sequence order, into a state; called only with at least one record.</param>
/// <param name="maxAppendAttempts">How many writers may overtake one append before it gives up (each conflict means one landed).</param>
public sealed class LedgerLogFollower<TState>(
    IEvidenceStore ledger,
    string logId,
    TState empty,
    Func<TState, IReadOnlyList<EvidenceRecord>, CancellationToken, ValueTask<TState>> fold,
    int maxAppendAttempts = 10) : IDisposable
{
    private readonly SemaphoreSlim appending = new(1, 1);
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

    /// <summary>
    /// Appends one record at the log's end. <paramref name="draft"/> sees the log as just read and returns the record to
    /// append (its run id, sequence and hashes are set here) with the payloads it refers to, or null to append nothing;
    /// it may throw to refuse. When another process appended first, the log is read again and the draft made again.
    /// Appends of one follower run one at a time.
    /// </summary>
    /// <param name="draft">Makes the record from the log's position.</param>
    /// <param name="cancellation">Cancels the append.</param>
    /// <returns>The record appended, or null when the draft made none.</returns>
    /// <exception cref="EvidenceConflictException">More writers overtook this append than it allows.</exception>
    public async Task<EvidenceRecord?> AppendAsync(Func<LedgerLogPosition<TState>, LedgerLogDraft?> draft, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await appending.WaitAsync(cancellation);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                LedgerLogPosition<TState> position = await ReadAsync(cancellation);
                if (draft(position) is not { } next)
                {
                    return null;
                }

                EvidenceRecord record = EvidenceHasher.Link(next.Record with { RunId = logId, Sequence = position.Count }, position.LastHash);
                foreach (EvidencePayload payload in next.Payloads)
                {
                    await ledger.PutPayloadAsync(payload, cancellation);
                }

                try
                {
                    await ledger.AppendAsync([record], cancellation);
                    return record;
                }
                catch (EvidenceConflictException) when (attempt < maxAppendAttempts)
                {
                    // Another process appended since the read; the next read folds its record in.
                }
            }
        }
        finally
        {
            appending.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => appending.Dispose();

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

/// <summary>A record to append to a followed log, and the payloads it refers to.</summary>
/// <param name="Record">The record; its run id, sequence and hashes are set when it is appended.</param>
/// <param name="Payloads">The payloads to store first.</param>
public sealed record LedgerLogDraft(EvidenceRecord Record, IReadOnlyList<EvidencePayload> Payloads);
