using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>A run began.</summary>
/// <param name="InputDigest">The digest of the run's input.</param>
/// <param name="StartedBy">Who or what started it (a business app, a schedule, a person).</param>
public sealed record RunStartedDetails(string InputDigest, string StartedBy) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.RunStarted;

    /// <inheritdoc/>
    public override string Summarize() => $"Run started by {StartedBy}";
}

/// <summary>A run ended.</summary>
/// <param name="Outcome">How: <c>completed</c>, <c>refused</c>, <c>failed</c>, <c>terminated</c>.</param>
/// <param name="OutputDigest">The digest of the run's output, when it has one.</param>
public sealed record RunCompletedDetails(string Outcome, string? OutputDigest = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.RunCompleted;

    /// <inheritdoc/>
    public override string Summarize() => $"Run ended: {Outcome}";
}

/// <summary>The run's seal: the last record, binding every record before it.</summary>
/// <param name="RecordCount">How many records precede the seal (sequences 0 to <c>RecordCount - 1</c>).</param>
/// <param name="FinalDigest">The hash of the last record before the seal: the head of the chain.</param>
/// <param name="MerkleRoot">The Merkle root over those records' hashes (see <see cref="Chain.MerkleTree"/>).</param>
public sealed record SealDetails(long RecordCount, string FinalDigest, string MerkleRoot) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Seal;

    /// <inheritdoc/>
    public override string Summarize() => $"Sealed {RecordCount} records, root {MerkleRoot[..Math.Min(12, MerkleRoot.Length)]}";
}
