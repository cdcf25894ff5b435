using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// Where the ledger lives. Every write is idempotent: records on (run, sequence), payloads on their digest, seals
/// on their run. Writing the same thing again is a no-op; writing something different where something is already
/// written throws <see cref="EvidenceConflictException"/> and changes nothing.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>Appends records of one run; those already present with the same hash are skipped.</summary>
    /// <param name="records">Records of one run, in sequence order.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>How many records this call wrote (the rest were present).</returns>
    Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default);

    /// <summary>Reads a run's records as stored, in sequence order.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records; empty for an unknown run.</returns>
    Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a run's records as stored from <paramref name="fromSequence"/> on, in sequence order: the tail a reader
    /// that already holds the earlier records still lacks. Reading from 0 is <see cref="ReadRunAsync"/>.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <param name="fromSequence">The first sequence to read (inclusive); 0 or more.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The records; empty for an unknown run or when none has that sequence or a later one.</returns>
    Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default);

    /// <summary>Stores a payload under its digest, once.</summary>
    /// <param name="payload">The payload; its digest must match its content.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the payload is stored.</returns>
    Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default);

    /// <summary>Reads a payload.</summary>
    /// <param name="digest">The digest.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The payload, or null when none has that digest.</returns>
    Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default);

    /// <summary>Writes a run's seal, once.</summary>
    /// <param name="seal">The seal.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the seal is stored.</returns>
    Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default);

    /// <summary>Reads a run's seal.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The seal, or null while the run is not sealed.</returns>
    Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default);
}
