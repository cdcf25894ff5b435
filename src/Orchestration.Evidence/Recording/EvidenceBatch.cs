using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Recording;

/// <summary>What the recording activity writes in one call: chained records of one run and the payloads they refer to.</summary>
/// <param name="Records">Consecutive records of one run, hashed and chained by the orchestrator.</param>
/// <param name="Payloads">Payloads to store first, so no record ever refers to a payload that is not there.</param>
public sealed record EvidenceBatch(IReadOnlyList<EvidenceRecord> Records, IReadOnlyList<EvidencePayload>? Payloads = null);

/// <summary>Asks the seal activity to seal a run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="WorkflowName">The workflow.</param>
/// <param name="WorkflowVersion">The workflow's version.</param>
/// <param name="RecordCount">How many records the orchestrator wrote (sequences 0 to <c>RecordCount - 1</c>).</param>
/// <param name="FinalDigest">The hash of the last of them, as the orchestrator chained it.</param>
/// <param name="SealedAt">The orchestrator's time, so a retried seal is the same seal.</param>
/// <param name="Pending">Records not yet flushed, written before sealing.</param>
public sealed record SealRequest(
    string RunId,
    string WorkflowName,
    string WorkflowVersion,
    long RecordCount,
    string FinalDigest,
    DateTimeOffset SealedAt,
    EvidenceBatch? Pending = null);

/// <summary>Where a run's ledger continues: carry it into <c>ContinueAsNew</c>, whose new generation keeps the run id.</summary>
/// <param name="NextSequence">The next record's sequence.</param>
/// <param name="LastHash">The last record's hash.</param>
public sealed record EvidenceCursor(long NextSequence, string LastHash);
