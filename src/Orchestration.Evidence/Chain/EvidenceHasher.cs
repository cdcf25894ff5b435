using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Chain;

/// <summary>
/// How records are hashed and chained. A record's hash is SHA-256, as lower-case hex, of the UTF-8 bytes of the
/// <see cref="CanonicalJson"/> form of the record serialized with <see cref="EvidenceJson.Options"/>, with the
/// member <c>hash</c> left out (so <c>previousHash</c> is covered, which chains the run). The first record's
/// <c>previousHash</c> is <see cref="GenesisHash"/>. Content digests are <c>sha256:</c> and lower-case hex.
/// </summary>
public static class EvidenceHasher
{
    /// <summary>The prefix of content digests.</summary>
    public const string DigestPrefix = "sha256:";

    /// <summary>Gets the predecessor hash of a run's first record: 64 zeros.</summary>
    public static string GenesisHash { get; } = new('0', 64);

    /// <summary>Computes a record's hash from every member but <see cref="EvidenceRecord.Hash"/>.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The hash, lower-case hex.</returns>
    public static string ComputeHash(EvidenceRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        JsonElement element = JsonSerializer.SerializeToElement(record, EvidenceJson.Options);
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalJson.Write(element, "hash"))));
    }

    /// <summary>Links a record into its run: sets its predecessor's hash and its own.</summary>
    /// <param name="record">The record; its hashes are replaced.</param>
    /// <param name="previousHash">The predecessor's hash, or <see cref="GenesisHash"/>.</param>
    /// <returns>The chained record.</returns>
    public static EvidenceRecord Link(EvidenceRecord record, string previousHash)
    {
        ArgumentNullException.ThrowIfNull(record);
        EvidenceRecord linked = record with { PreviousHash = previousHash, Hash = string.Empty };
        return linked with { Hash = ComputeHash(linked) };
    }

    /// <summary>Chains records in order: each one's predecessor hash is the hash of the one before it.</summary>
    /// <param name="records">The records, in sequence order; their hashes are replaced.</param>
    /// <param name="previousHash">The hash before the first record; default <see cref="GenesisHash"/>.</param>
    /// <returns>The chained records.</returns>
    public static EvidenceRecord[] LinkAll(IEnumerable<EvidenceRecord> records, string? previousHash = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        string previous = previousHash ?? GenesisHash;
        List<EvidenceRecord> chained = [];
        foreach (EvidenceRecord record in records)
        {
            chained.Add(Link(record, previous));
            previous = chained[^1].Hash;
        }

        return [.. chained];
    }

    /// <summary>Tells whether a record's stored hash matches its content.</summary>
    /// <param name="record">The record.</param>
    /// <returns>True when the record is as it was hashed.</returns>
    public static bool IsIntact(EvidenceRecord record) => ComputeHash(record) == record.Hash;

    /// <summary>Computes the content digest of bytes.</summary>
    /// <param name="content">The bytes.</param>
    /// <returns><c>sha256:</c> and lower-case hex.</returns>
    public static string Digest(ReadOnlySpan<byte> content) => DigestPrefix + Hex(SHA256.HashData(content));

    /// <summary>Computes the digest of a value's canonical JSON: the same data gives the same digest on any machine.</summary>
    /// <param name="value">The value (an input, an output, the facts a policy saw).</param>
    /// <returns><c>sha256:</c> and lower-case hex.</returns>
    public static string DigestOf(object? value)
    {
        JsonElement element = JsonSerializer.SerializeToElement(value, value?.GetType() ?? typeof(object), EvidenceJson.Options);
        return Digest(Encoding.UTF8.GetBytes(CanonicalJson.Write(element)));
    }

    /// <summary>Tells whether text is a content digest of the form this class writes.</summary>
    /// <param name="digest">The text.</param>
    /// <returns>True when it is <c>sha256:</c> and 64 lower-case hex digits.</returns>
    public static bool IsDigest(string? digest) =>
        digest is { Length: 71 } && digest.StartsWith(DigestPrefix, StringComparison.Ordinal) && IsHash(digest[7..]);

    /// <summary>Tells whether text is a record hash: 64 lower-case hex digits.</summary>
    /// <param name="hash">The text.</param>
    /// <returns>True when well formed.</returns>
    public static bool IsHash(string? hash) => hash is { Length: 64 } && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);
}
