using System.Collections.Concurrent;

namespace Orchestration.Governance.Records;

/// <summary>Keeps the most recent governance records in memory: the default sink, and what tests read.</summary>
/// <param name="capacity">How many records to keep; the oldest go first. Default 10,000.</param>
public sealed class InMemoryGovernanceRecordSink(int capacity = 10_000) : IGovernanceRecordSink
{
    private readonly ConcurrentQueue<GovernanceRecord> records = new();

    /// <summary>Gets the records kept, oldest first.</summary>
    public IReadOnlyList<GovernanceRecord> Records => [.. records];

    /// <inheritdoc/>
    public ValueTask RecordAsync(GovernanceRecord record, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(record);
        records.Enqueue(record);
        while (records.Count > capacity && records.TryDequeue(out _))
        {
        }

        return ValueTask.CompletedTask;
    }
}
