using Orchestration.Evidence.Chain;

namespace Orchestration.Evidence.Tests.Chain;

public sealed class MerkleTreeTests
{
    public static TheoryData<int> Sizes => [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 100];

    [Fact]
    public void ComputeRoot_Empty_IsSha256OfNothing()
    {
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", MerkleTree.ComputeRoot([]));
    }

    [Fact]
    public void ComputeRoot_OneRecord_IsLeafHashNotRecordHash()
    {
        string hash = SampleLedger.Chain("run-m", 1)[0].Hash;

        Assert.NotEqual(hash, MerkleTree.ComputeRoot([hash]));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void CreateProof_EveryIndex_VerifiesAgainstRoot(int size)
    {
        string[] hashes = [.. SampleLedger.Chain("run-m", size).Select(r => r.Hash)];
        string root = MerkleTree.ComputeRoot(hashes);

        Assert.All(Enumerable.Range(0, size), i =>
        {
            MerkleProof proof = MerkleTree.CreateProof(hashes, i);
            Assert.Equal(root, proof.Root);
            Assert.True(proof.Verify());
        });
    }

    [Fact]
    public void Verify_ProofForOtherRecord_ReturnsFalse()
    {
        string[] hashes = [.. SampleLedger.Chain("run-m", 9).Select(r => r.Hash)];
        MerkleProof proof = MerkleTree.CreateProof(hashes, 4);

        Assert.False((proof with { RecordHash = hashes[5] }).Verify());
    }

    [Fact]
    public void Verify_WrongIndex_ReturnsFalse()
    {
        string[] hashes = [.. SampleLedger.Chain("run-m", 9).Select(r => r.Hash)];
        MerkleProof proof = MerkleTree.CreateProof(hashes, 4);

        Assert.False((proof with { Index = 5 }).Verify());
    }
}
