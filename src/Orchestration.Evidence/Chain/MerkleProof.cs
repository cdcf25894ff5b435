namespace Orchestration.Evidence.Chain;

/// <summary>Proves that one record belongs to a sealed run without the other records (RFC 9162 inclusion proof).</summary>
/// <param name="Index">The record's position in the run (its sequence).</param>
/// <param name="Size">How many records the tree covers (the seal's record count).</param>
/// <param name="RecordHash">The record's hash.</param>
/// <param name="Path">The sibling hashes from the leaf up, lower-case hex.</param>
/// <param name="Root">The root the proof leads to (the seal's Merkle root).</param>
public sealed record MerkleProof(long Index, long Size, string RecordHash, IReadOnlyList<string> Path, string Root)
{
    /// <summary>Checks the proof, by the algorithm of RFC 9162 section 2.1.3.2.</summary>
    /// <returns>True when <see cref="RecordHash"/> at <see cref="Index"/> leads to <see cref="Root"/>.</returns>
    public bool Verify()
    {
        if (Index < 0 || Index >= Size || !EvidenceHasher.IsHash(RecordHash) || !Path.All(EvidenceHasher.IsHash))
        {
            return false;
        }

        long fn = Index;
        long sn = Size - 1;
        byte[] r = MerkleTree.HashLeaf(Convert.FromHexString(RecordHash));
        foreach (byte[] p in Path.Select(Convert.FromHexString))
        {
            if (sn == 0)
            {
                return false;
            }

            if ((fn & 1) == 1 || fn == sn)
            {
                r = MerkleTree.HashNode(p, r);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                r = MerkleTree.HashNode(r, p);
            }

            fn >>= 1;
            sn >>= 1;
        }

        return sn == 0 && EvidenceHasher.Hex(r) == Root;
    }
}
