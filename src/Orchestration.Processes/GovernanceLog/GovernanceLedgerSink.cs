using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Evidence.Storage;
using Orchestration.Governance.Records;

namespace Orchestration.Processes.GovernanceLog;

/// <summary>
/// Puts governance records made outside any run's orchestrator into the evidence ledger: kill-switch changes in the
/// log <see cref="KillSwitchLog"/> (unless <see cref="SkipsKillSwitchChanges"/>), dispatch refusals in <see cref="RefusalLog"/>. Each log is a ledger partition
/// with its own hash chain, verifiable like a run (it is never sealed: it keeps growing). Writing the same record
/// twice writes it once.
/// </summary>
/// <remarks>
/// Each log is followed by a <see cref="LedgerLogFollower{TState}"/> folding the digests of the entries it holds:
/// sequences are assigned against the log as just read, and another process appending first shows up as a conflict
/// on the sequence, after which the entry is sequenced again, so concurrent hosts interleave rather than fork the chain.
/// </remarks>
/// <param name="store">The ledger.</param>
/// <param name="logger">Where a record that could not be written is reported.</param>
public sealed class GovernanceLedgerSink(IEvidenceStore store, ILogger<GovernanceLedgerSink>? logger = null) : IGovernanceRecordSink, IDisposable
{
    /// <summary>The ledger partition (run id) of kill-switch changes.</summary>
    public const string KillSwitchLog = "governance-kill-switches";

    /// <summary>The ledger partition (run id) of activity calls refused at dispatch.</summary>
    public const string RefusalLog = "governance-refusals";

    /// <summary>The name the logs' records carry where a run's records carry the workflow name.</summary>
    public const string LogName = "governance";

    /// <summary>The version of the logs' record layout.</summary>
    public const string LogVersion = "1.0.0";

    // Each conflict means another writer landed an entry, so this bounds how many may overtake one write.
    private const int MaxAttempts = 5;

    private readonly ILogger logger = logger ?? NullLogger<GovernanceLedgerSink>.Instance;
    private readonly ConcurrentDictionary<string, LedgerLogFollower<ImmutableHashSet<string>>> logs = new(StringComparer.Ordinal);

    /// <summary>
    /// Gets a value indicating whether kill-switch changes are left out. Set it when <see cref="LedgerKillSwitchStore"/>
    /// is the kill switch store: it has already written each change to <see cref="KillSwitchLog"/> as it stored it, so
    /// the record <c>KillSwitchService</c> hands over afterwards is the same change again. Default false.
    /// </summary>
    public bool SkipsKillSwitchChanges { get; init; }

    /// <inheritdoc/>
    public async ValueTask RecordAsync(GovernanceRecord record, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record is KillSwitchRecord && SkipsKillSwitchChanges)
        {
            return;
        }

        try
        {
            // An entry already in its log (the same record handed over twice, by any process) is not written again.
            GovernanceEntry entry = GovernanceEntry.From(record);
            await logs.GetOrAdd(entry.LogId, Follow).AppendAsync(read => read.State.Contains(entry.Payload.Digest) ? null : entry.Draft(), cancellation);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The sink must not throw: the decision is already made and kept (the kill switch store has its own
            // history), so a failed write is reported for operators rather than turned into a failed flip.
            Logs.GovernanceRecordNotWritten(this.logger, record.GetType().Name, error);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (LedgerLogFollower<ImmutableHashSet<string>> log in logs.Values)
        {
            log.Dispose();
        }
    }

    private LedgerLogFollower<ImmutableHashSet<string>> Follow(string logId) => new(
        store,
        logId,
        ImmutableHashSet.Create<string>(StringComparer.Ordinal),
        static (digests, records, _) => ValueTask.FromResult(digests.Union(records.SelectMany(record => record.Payloads ?? []).Select(payload => payload.Digest))),
        MaxAttempts);
}
