namespace Orchestration.Evidence.Storage;

/// <summary>
/// Something different is already written where the ledger writes once: a record at the same (run, sequence) with
/// another hash (non-deterministic workflow code, or a tampered row), another seal for the run, or a payload whose
/// digest does not match its content. Nothing of the write that met it was applied.
/// </summary>
public sealed class EvidenceConflictException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceConflictException"/> class.</summary>
    /// <param name="runId">The run; empty for a payload, which belongs to no one run.</param>
    /// <param name="sequence">The record's sequence, when a record conflicts.</param>
    /// <param name="message">What conflicts.</param>
    public EvidenceConflictException(string runId, long? sequence, string message)
        : base(message)
    {
        RunId = runId;
        Sequence = sequence;
    }

    /// <summary>Gets the run; empty for a payload.</summary>
    public string RunId { get; }

    /// <summary>Gets the conflicting record's sequence, when a record conflicts.</summary>
    public long? Sequence { get; }

    /// <summary>Creates the exception for a record slot that holds another record.</summary>
    /// <param name="intended">The record being written.</param>
    /// <param name="storedHash">The hash already stored at its slot.</param>
    /// <returns>The exception.</returns>
    public static EvidenceConflictException ForRecord(Records.EvidenceRecord intended, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(intended);
        return new(intended.RunId, intended.Sequence,
            $"Run '{intended.RunId}' already holds a different record {intended.Sequence} (stored hash {storedHash}, new hash {intended.Hash}).");
    }

    /// <summary>Creates the exception for a payload name that holds other bytes than its digest names (a tampered blob).</summary>
    /// <param name="digest">The payload's digest.</param>
    /// <returns>The exception.</returns>
    public static EvidenceConflictException ForPayload(string digest) =>
        new(string.Empty, null, $"The payload stored under {digest} holds other content than that digest names.");
}
