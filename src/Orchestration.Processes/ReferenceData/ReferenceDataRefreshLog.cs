using System.Collections.Immutable;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Processes.ReferenceData;

/// <summary>
/// When each reference data set was last refreshed, kept in the evidence ledger's log <see cref="LogId"/>: each
/// refresh is a chained connector-call record (the data set as its operation, the content's digest as its response),
/// so the times survive restarts, are shared by every instance of the host, and are evidence like a run's records.
/// </summary>
/// <remarks>
/// Every read asks the ledger for the records added since the last read (<see cref="LedgerLogFollower{TState}"/>),
/// so it sees refreshes recorded by any process and costs one small read however long the log grows (two records an
/// hour at the default schedule). Another process appending first shows up as a conflict on the sequence; the write
/// is sequenced again.
/// </remarks>
public sealed class ReferenceDataRefreshLog : IDisposable
{
    /// <summary>The ledger partition (run id) of the refreshes.</summary>
    public const string LogId = "reference-data-refreshes";

    /// <summary>The name the log's records carry where a run's records carry the workflow name.</summary>
    public const string LogName = "reference-data";

    /// <summary>The version of the log's record layout.</summary>
    public const string LogVersion = "1.0.0";

    /// <summary>The agent that loads reference data, in <c>policies/agents.yaml</c>; the actor of every record.</summary>
    public const string Loader = "reference-data-loader";

    /// <summary>The outcome every record of the log carries.</summary>
    public const string Refreshed = "refreshed";

    private readonly IEvidenceStore ledger;
    private readonly LedgerLogFollower<ImmutableDictionary<string, DateTimeOffset>> latest;

    /// <summary>Initializes a new instance of the <see cref="ReferenceDataRefreshLog"/> class.</summary>
    /// <param name="ledger">The ledger.</param>
    public ReferenceDataRefreshLog(IEvidenceStore ledger)
    {
        this.ledger = ledger;
        latest = new(ledger, LogId, ImmutableDictionary.Create<string, DateTimeOffset>(StringComparer.Ordinal), Fold);
    }

    /// <summary>Records a refresh at the end of the log.</summary>
    /// <param name="refresh">The refresh.</param>
    /// <param name="latency">How long loading the data set took.</param>
    /// <param name="cancellation">Cancels the write.</param>
    /// <returns>A task that completes when the refresh is in the ledger.</returns>
    public async Task RecordAsync(ReferenceDataRefresh refresh, TimeSpan latency, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        ConnectorCallDetails details = new(
            refresh.Connector, refresh.DataSet, EvidenceHasher.DigestOf(refresh.DataSet), Refreshed, (long)latency.TotalMilliseconds, refresh.ContentDigest);
        await latest.AppendAsync(
            _ => new LedgerLogDraft(new EvidenceRecord(LogId, 0, LogName, LogVersion, Loader, refresh.RefreshedAt, details, string.Empty, string.Empty), []),
            cancellation);
    }

    /// <summary>Reads when a data set was last refreshed.</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The latest refresh time recorded, or null when the data set has never been refreshed.</returns>
    public async Task<DateTimeOffset?> GetLastRefreshAsync(string dataSet, CancellationToken cancellation) =>
        (await latest.ReadAsync(cancellation)).State.TryGetValue(dataSet, out DateTimeOffset at) ? at : null;

    /// <inheritdoc/>
    public void Dispose() => latest.Dispose();

    // Concurrent writers sequence in the order they win, not the order they loaded: the latest time counts.
    private static ValueTask<ImmutableDictionary<string, DateTimeOffset>> Fold(
        ImmutableDictionary<string, DateTimeOffset> known, IReadOnlyList<EvidenceRecord> records, CancellationToken cancellation)
    {
        ImmutableDictionary<string, DateTimeOffset>.Builder times = known.ToBuilder();
        foreach (EvidenceRecord record in records)
        {
            if (record.Details is ConnectorCallDetails { Outcome: Refreshed } call
                && (!times.TryGetValue(call.Operation, out DateTimeOffset seen) || record.OccurredAt > seen))
            {
                times[call.Operation] = record.OccurredAt;
            }
        }

        return ValueTask.FromResult(times.ToImmutable());
    }
}
