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
/// Every read asks the ledger for the log, so it sees each change committed before it, by any process. It reads
/// only from the last record already seen on: that record again, to prove the ledger still holds it (else the log is
/// rebuilt from its start), and the changes past it, which are folded into the switches already known. A dispatch's
/// check therefore costs one small read however long the log grows. A write checks and sequences against a fresh read; another process appending first shows up
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
        KillSwitchLog seen = Volatile.Read(ref known);
        KillSwitchLog start = seen;
        IReadOnlyList<EvidenceRecord> read = await ledger.ReadRecordsAsync(GovernanceLedgerSink.KillSwitchLog, start.ReadFrom, cancellation);
        IEnumerable<EvidenceRecord>? tail = start.TailOf(read);
        if (tail is null)
        {
            // The ledger is append-only, so a last record seen that is gone or changed means a different ledger
            // under the same store (a reset dev database) or a rewritten row: fold the log again from its start.
            start = KillSwitchLog.Empty;
            read = await ledger.ReadRunAsync(GovernanceLedgerSink.KillSwitchLog, cancellation);
            tail = read;
        }

        List<KillSwitchChange> added = [];
        foreach (EvidenceRecord record in tail)
        {
            added.Add(await ReadChangeAsync(record, cancellation));
        }

        KillSwitchLog log = added.Count == 0 ? start : new([.. start.Changes, .. added], read[^1].Hash);
        // One try: a reader that loses the race leaves the winner's log, which the next read checks against the ledger.
        Interlocked.CompareExchange(ref known, log, seen);
        return log;
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

        // The last record already read is read again, so that a ledger which no longer holds it shows.
        public long ReadFrom => Math.Max(changes.Count - 1, 0);

        // The records past this log's, or null when the records read from ReadFrom do not begin with its last record.
        public IEnumerable<EvidenceRecord>? TailOf(IReadOnlyList<EvidenceRecord> read) =>
            changes.Count == 0 ? read
            : read.Count > 0 && read[0].Sequence == ReadFrom && read[0].Hash == lastHash ? read.Skip(1)
            : null;
    }
}
