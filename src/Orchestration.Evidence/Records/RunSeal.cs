namespace Orchestration.Evidence.Records;

/// <summary>
/// A sealed run's digests, written once to the seal store (a Blob container Azure can lock with an immutability
/// policy), apart from the table rows it vouches for: editing a row is then detectable even by someone who can
/// rewrite the whole table.
/// </summary>
/// <param name="RunId">The run.</param>
/// <param name="WorkflowName">The workflow.</param>
/// <param name="WorkflowVersion">The workflow's version.</param>
/// <param name="RecordCount">How many records precede the seal record.</param>
/// <param name="FinalDigest">The hash of the last record before the seal record.</param>
/// <param name="MerkleRoot">The Merkle root over the hashes of those records.</param>
/// <param name="SealRecordHash">The hash of the seal record itself (sequence <paramref name="RecordCount"/>).</param>
/// <param name="SealedAt">When the run was sealed (the orchestrator's time).</param>
public sealed record RunSeal(
    string RunId,
    string WorkflowName,
    string WorkflowVersion,
    long RecordCount,
    string FinalDigest,
    string MerkleRoot,
    string SealRecordHash,
    DateTimeOffset SealedAt);

/// <summary>Content stored once under its digest: an input or output over the inline limit, a document, a prompt.</summary>
/// <param name="Digest">The content's digest, <c>sha256:</c> and lower-case hex.</param>
/// <param name="ContentType">The media type.</param>
/// <param name="Content">The bytes.</param>
public sealed record EvidencePayload(string Digest, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The size above which inputs and outputs are stored as payloads rather than inline: 32 KiB.</summary>
    public const int InlineLimit = 32 * 1024;

    /// <summary>Creates a payload from content, computing its digest.</summary>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The media type.</param>
    /// <returns>The payload.</returns>
    public static EvidencePayload FromContent(ReadOnlyMemory<byte> content, string contentType) =>
        new(Chain.EvidenceHasher.Digest(content.Span), contentType, content);

    /// <summary>Refers to this payload from a record.</summary>
    /// <param name="role">What the payload is to the record.</param>
    /// <returns>The reference.</returns>
    public PayloadReference Reference(string role) => new(role, Digest, Content.Length, ContentType);
}
