using System.Text.Json;
using Orchestration.Abstractions;
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
/// Every read asks the ledger for the log, so it sees each change committed before it, by any process; a
/// <see cref="LedgerLogFollower{TState}"/> reads only the records past those already folded, so a dispatch's check
/// costs one small read however long the log grows. A write checks and sequences against a fresh read; another
/// process appending first shows up as a conflict on the sequence, and the follower checks and sequences it again.
/// </remarks>
public sealed class LedgerKillSwitchStore : IKillSwitchStore, IDisposable
{
    private readonly IEvidenceStore ledger;
    private readonly TimeProvider time;
    private readonly LedgerLogFollower<KillSwitchLog> log;

    /// <summary>Initializes a new instance of the <see cref="LedgerKillSwitchStore"/> class.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="time">The clock for change times.</param>
    public LedgerKillSwitchStore(IEvidenceStore ledger, TimeProvider time)
    {
        this.ledger = ledger;
        this.time = time;
        log = new(ledger, GovernanceLedgerSink.KillSwitchLog, KillSwitchLog.Empty, FoldAsync);
    }

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchState>> GetEngagedAsync(CancellationToken cancellation) =>
        (await log.ReadAsync(cancellation)).State.Engaged;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<KillSwitchChange>> GetHistoryAsync(CancellationToken cancellation) =>
        (await log.ReadAsync(cancellation)).State.Changes;

    /// <inheritdoc/>
    public async ValueTask<KillSwitchChange> AppendAsync(
        KillSwitchAction action, KillSwitchScope scope, string target, string actor, string reason, IReadOnlyList<string> instances, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        ArgumentNullException.ThrowIfNull(instances);
        KillSwitchChange? change = null;
        // Checked again on every attempt: another process's change, appended first, may have released this very switch.
        await log.AppendAsync(
            read =>
            {
                if (action == KillSwitchAction.Released && !read.State.Engaged.Any(state => state.Scope == scope && string.Equals(state.Target, target, StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"The {scope.ToString().ToLowerInvariant()} kill switch '{target}' is not engaged.");
                }

                change = new(read.Count + 1, action, scope, target, actor, reason, time.GetUtcNow(), instances);
                return GovernanceEntry.From(new KillSwitchRecord(change)).Draft();
            },
            cancellation);
        return change!;
    }

    /// <inheritdoc/>
    public void Dispose() => log.Dispose();

    private async ValueTask<KillSwitchLog> FoldAsync(KillSwitchLog known, IReadOnlyList<EvidenceRecord> records, CancellationToken cancellation)
    {
        List<KillSwitchChange> changes = [.. known.Changes];
        foreach (EvidenceRecord record in records)
        {
            changes.Add(await ReadChangeAsync(record, cancellation));
        }

        return new KillSwitchLog(changes);
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

    // The changes in ledger order and the switches they leave engaged, worked out once per fold.
    private sealed class KillSwitchLog(IReadOnlyList<KillSwitchChange> changes)
    {
        public static KillSwitchLog Empty { get; } = new([]);

        public IReadOnlyList<KillSwitchChange> Changes => changes;

        public IReadOnlyList<KillSwitchState> Engaged { get; } = FileKillSwitchStore.Fold(changes);
    }
}
