namespace Orchestration.Governance.Records;

/// <summary>
/// Where governance hands its decisions for the evidence ledger. Register an adapter over the ledger in its place;
/// <see cref="InMemoryGovernanceRecordSink"/> is the default.
/// </summary>
public interface IGovernanceRecordSink
{
    /// <summary>Records a decision. Must not throw for a refusal to stand: the refusal is already decided.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellation">Cancels the write.</param>
    /// <returns>A task that completes when the record is stored.</returns>
    ValueTask RecordAsync(GovernanceRecord record, CancellationToken cancellation);
}
