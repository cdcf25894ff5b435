using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;

namespace Orchestration.Processes.GovernanceLog;

/// <summary>
/// Kill switches kept in the evidence ledger's log <see cref="GovernanceLedgerSink.KillSwitchLog"/>: each change is a
/// chained ledger record, and the history and engaged switches are read back from that log. The ledger is shared and
/// durable in every host, so a switch engaged on one instance stops the next dispatch on all of them.
/// </summary>
/// <remarks>
/// Every read asks the ledger for the log, so it sees each change committed before it, by any process; only the
/// changes past the last record already seen are fetched and folded, which keeps a dispatch's check to one read of
/// the log's records. A write checks and sequences against a fresh read; another process appending first shows up
/// as a conflict on the sequence, and the write is checked and sequenced again after it.
/// </remarks>
/// <param name="ledger">The ledger.</param>
/// <param name="time">The clock for change times.</param>
public sealed class LedgerKillSwitchStore(IEvidenceStore ledger, TimeProvider time) : IKillSwitchStore, IDisposable
{
    // Each conflict means another writer landed a change, so this bounds how many may overtake one write.
    private const int MaxAttempts = 10;

    private readonly SemaphoreSlim writing = new(1, 1);
    private KillSwitchLog known = KillSwitchLog.Empty;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchState>> GetEngagedAsync(CancellationToken cancellation) =>
        (await ReadAsync(cancellation)).Engaged;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchChange>> GetHistoryAsync(CancellationToken cancellation) =>
        (await ReadAsync(cancellation)).Changes;

    /// <inheritdoc/>
    public async ValueTask<KillSwitchChange> AppendAsync(
        KillSwitchAction action, KillSwitchScope scope, string target, string actor, string reason, IReadOnlyList<string> instances, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(instances);
        await writing.WaitAsync(cancellation);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                KillSwitchLog log = await ReadAsync(cancellation);
                if (action == KillSwitchAction.Released && !log.Engaged.Any(state => state.Scope == scope && string.Equals(state.Target, target, StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"The {scope.ToString().ToLowerInvariant()} kill switch '{target}' is not engaged.");
                }

                KillSwitchChange change = new(log.Changes.Count + 1, action, scope, target, actor, reason, time.GetUtcNow(), instances);
                try
                {
                    await GovernanceEntry.From(new KillSwitchRecord(change)).WriteAsync(ledger, log.Changes.Count, log.LastHash, cancellation);
                    return change;
                }
                catch (EvidenceConflictException) when (attempt < MaxAttempts)
                {
                    // Another process appended since the read: its change may have released this very switch.
                }
            }
        }
        finally
        {
            writing.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => writing.Dispose();

    private async Task<KillSwitchLog> ReadAsync(CancellationToken cancellation)
    {
        IReadOnlyList<EvidenceRecord> records = await ledger.ReadRunAsync(GovernanceLedgerSink.KillSwitchLog, cancellation);
        KillSwitchLog start = Volatile.Read(ref known);
        if (!start.Begins(records))
        {
            // The ledger is append-only, so this is a different ledger under the same store (a reset dev database).
            start = KillSwitchLog.Empty;
        }

        if (records.Count == start.Changes.Count)
        {
            return start;
        }

        List<KillSwitchChange> added = [];
        foreach (EvidenceRecord record in records.Skip(start.Changes.Count))
        {
            added.Add(await ReadChangeAsync(record, cancellation));
        }

        KillSwitchLog read = new([.. start.Changes, .. added], records[^1].Hash);
        KillSwitchLog seen;
        do
        {
            seen = Volatile.Read(ref known);
        }
        while (read.Changes.Count > seen.Changes.Count && Interlocked.CompareExchange(ref known, read, seen) != seen);
        return read;
    }

    private async Task<KillSwitchChange> ReadChangeAsync(EvidenceRecord record, CancellationToken cancellation)
    {
        // WARNING: a record whose change cannot be read throws, and KillSwitchFilter then refuses every call: a
        // kill switch that cannot be read might be engaged, so governance fails closed rather than guess.
        PayloadReference reference = record.Payloads?.FirstOrDefault(payload => payload.Role == GovernanceEntry.PayloadRole)
            ?? throw new InvalidOperationException($"Kill-switch log record {record.Sequence} has no '{GovernanceEntry.PayloadRole}' payload.");
        EvidencePayload payload = await ledger.GetPayloadAsync(reference.Digest, cancellation)
            ?? throw new InvalidOperationException($"Kill-switch log record {record.Sequence} refers to payload {reference.Digest}, which the ledger does not hold.");
        KillSwitchRecord change = JsonSerializer.Deserialize<KillSwitchRecord>(payload.Content.Span, WorkflowJson.Options)
            ?? throw new InvalidOperationException($"Kill-switch log record {record.Sequence} holds no change.");

        // The ledger's order is the history's order; records the sink copied from a file store carry that file's numbers.
        return change.Change with { Sequence = record.Sequence + 1 };
    }

    // The log as last read: its changes in ledger order, the hash of its last record, and the switches they leave engaged.
    private sealed class KillSwitchLog(IReadOnlyList<KillSwitchChange> changes, string lastHash)
    {
        public static KillSwitchLog Empty { get; } = new([], EvidenceHasher.GenesisHash);

        public IReadOnlyList<KillSwitchChange> Changes => changes;

        public string LastHash => lastHash;

        public IReadOnlyList<KillSwitchState> Engaged { get; } = FileKillSwitchStore.Fold(changes);

        public bool Begins(IReadOnlyList<EvidenceRecord> records) =>
            changes.Count == 0 || (records.Count >= changes.Count && records[changes.Count - 1].Hash == lastHash);
    }
}
