using System.Security.Cryptography;

namespace Orchestration.Evidence.Chain;

/// <summary>
/// A Merkle tree over a run's record hashes, as RFC 9162 (Certificate Transparency 2.0) section 2.1 defines it:
/// leaf = SHA-256(0x00 || the record hash's 32 bytes), node = SHA-256(0x01 || left || right), the split at the
/// largest power of two below the size, and the empty tree's root SHA-256 of nothing. One record is then proven
/// with about log2(n) hashes instead of the whole run.
/// </summary>
public static class MerkleTree
{
    /// <summary>Computes the root over record hashes in sequence order.</summary>
    /// <param name="recordHashes">The hashes, lower-case hex.</param>
    /// <returns>The root, lower-case hex.</returns>
    public static string ComputeRoot(IReadOnlyList<string> recordHashes)
    {
        ArgumentNullException.ThrowIfNull(recordHashes);
        byte[][] leaves = Leaves(recordHashes);
        return EvidenceHasher.Hex(leaves.Length == 0 ? SHA256.HashData([]) : Root(leaves, 0, leaves.Length));
    }

    /// <summary>Builds the inclusion proof of one record.</summary>
    /// <param name="recordHashes">The run's record hashes in sequence order.</param>
    /// <param name="index">The record's position (its sequence).</param>
    /// <returns>The proof.</returns>
    public static MerkleProof CreateProof(IReadOnlyList<string> recordHashes, int index)
    {
        ArgumentNullException.ThrowIfNull(recordHashes);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, recordHashes.Count);
        byte[][] leaves = Leaves(recordHashes);
        List<string> path = [];
        AppendPath(leaves, index, 0, leaves.Length, path);
        return new MerkleProof(index, leaves.Length, recordHashes[index], path, EvidenceHasher.Hex(Root(leaves, 0, leaves.Length)));
    }

    internal static byte[] HashLeaf(byte[] recordHash)
    {
        byte[] buffer = new byte[recordHash.Length + 1];
        recordHash.CopyTo(buffer, 1);
        return SHA256.HashData(buffer);
    }

    internal static byte[] HashNode(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        Span<byte> buffer = stackalloc byte[1 + left.Length + right.Length];
        buffer[0] = 1;
        left.CopyTo(buffer[1..]);
        right.CopyTo(buffer[(1 + left.Length)..]);
        return SHA256.HashData(buffer);
    }

    private static byte[][] Leaves(IReadOnlyList<string> recordHashes) =>
        [.. recordHashes.Select(h => HashLeaf(Convert.FromHexString(h)))];

    private static byte[] Root(byte[][] leaves, int start, int count)
    {
        if (count == 1)
        {
            return leaves[start];
        }

        int split = SplitPoint(count);
        return HashNode(Root(leaves, start, split), Root(leaves, start + split, count - split));
    }

    private static void AppendPath(byte[][] leaves, int index, int start, int count, List<string> path)
    {
        if (count == 1)
        {
            return;
        }

        int split = SplitPoint(count);
        if (index < split)
        {
            AppendPath(leaves, index, start, split, path);
            path.Add(EvidenceHasher.Hex(Root(leaves, start + split, count - split)));
        }
        else
        {
            AppendPath(leaves, index - split, start + split, count - split, path);
            path.Add(EvidenceHasher.Hex(Root(leaves, start, split)));
        }
    }

    // The largest power of two strictly below count (count >= 2).
    private static int SplitPoint(int count) => 1 << (31 - int.LeadingZeroCount(count - 1));
}
