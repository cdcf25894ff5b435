using Microsoft.Extensions.Logging;

namespace Orchestration.Evidence;

/// <summary>The ledger's log messages.</summary>
internal static partial class Logs
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Evidence for run {RunId}: {Count} records, {Written} newly written")]
    public static partial void RecordsAppended(ILogger logger, string runId, int count, int written);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Run {RunId} sealed: {Count} records, Merkle root {MerkleRoot}")]
    public static partial void RunSealed(ILogger logger, string runId, long count, string merkleRoot);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Evidence ledger: {Store} store at {Location}")]
    public static partial void StoreSelected(ILogger logger, EvidenceStoreKind store, string location);
}
