using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
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
/// Sequences are assigned under a lock from the log's head, read from the store on first use. Another process
/// appending to the same log shows up as a conflict on the sequence; the head is then read again and the write
/// retried, so concurrent hosts interleave rather than fork the chain.
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

    private const int MaxAttempts = 5;

    private readonly ILogger logger = logger ?? NullLogger<GovernanceLedgerSink>.Instance;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly Dictionary<string, LogHead> heads = new(StringComparer.Ordinal);

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
            await AppendAsync(GovernanceEntry.From(record), cancellation);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The sink must not throw: the decision is already made and kept (the kill switch store has its own
            // history), so a failed write is reported for operators rather than turned into a failed flip.
            Logs.GovernanceRecordNotWritten(this.logger, record.GetType().Name, error);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => writing.Dispose();

    private async Task AppendAsync(GovernanceEntry entry, CancellationToken cancellation)
    {
        await writing.WaitAsync(cancellation);
        try
        {
            for (int attempt = 1; ; attempt++)
            {
                LogHead head = heads.TryGetValue(entry.LogId, out LogHead? known) ? known : await ReadHeadAsync(entry.LogId, cancellation);
                heads[entry.LogId] = head;
                if (head.Digests.Contains(entry.Payload.Digest))
                {
                    return;
                }

                try
                {
                    await WriteAsync(entry, head, cancellation);
                    return;
                }
                catch (EvidenceConflictException) when (attempt < MaxAttempts)
                {
                    heads.Remove(entry.LogId);
                }
            }
        }
        finally
        {
            writing.Release();
        }
    }

    private async Task WriteAsync(GovernanceEntry entry, LogHead head, CancellationToken cancellation)
    {
        EvidenceRecord record = await entry.WriteAsync(store, head.Next, head.LastHash, cancellation);
        head.Advance(record.Hash, entry.Payload.Digest);
    }

    private async Task<LogHead> ReadHeadAsync(string logId, CancellationToken cancellation)
    {
        IReadOnlyList<EvidenceRecord> records = await store.ReadRunAsync(logId, cancellation);
        return new LogHead(
            records.Count,
            records.Count == 0 ? EvidenceHasher.GenesisHash : records[^1].Hash,
            [.. records.SelectMany(record => record.Payloads ?? []).Select(payload => payload.Digest)]);
    }

    // Where a log stands: the next sequence, the last hash, and the entries it holds (by payload digest).
    private sealed class LogHead(long next, string lastHash, HashSet<string> digests)
    {
        public long Next { get; private set; } = next;

        public string LastHash { get; private set; } = lastHash;

        public HashSet<string> Digests => digests;

        public void Advance(string hash, string digest)
        {
            Next++;
            LastHash = hash;
            digests.Add(digest);
        }
    }
}
