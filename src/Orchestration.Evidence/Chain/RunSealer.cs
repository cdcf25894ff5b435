using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Chain;

/// <summary>Builds a run's seal from its chained records: the seal record that ends the chain, and the seal for the seal store.</summary>
public static class RunSealer
{
    /// <summary>Seals a chain.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="workflowName">The workflow.</param>
    /// <param name="workflowVersion">The workflow's version.</param>
    /// <param name="chain">The run's records, sequences 0 to n - 1, chained.</param>
    /// <param name="sealedAt">When the run is sealed.</param>
    /// <returns>The seal record (sequence n) and the seal.</returns>
    public static (EvidenceRecord SealRecord, RunSeal Seal) Seal(
        string runId, string workflowName, string workflowVersion, IReadOnlyList<EvidenceRecord> chain, DateTimeOffset sealedAt)
    {
        ArgumentNullException.ThrowIfNull(chain);
        string finalDigest = chain.Count == 0 ? EvidenceHasher.GenesisHash : chain[^1].Hash;
        string root = MerkleTree.ComputeRoot([.. chain.Select(r => r.Hash)]);
        EvidenceRecord sealRecord = EvidenceHasher.Link(
            new EvidenceRecord(runId, chain.Count, workflowName, workflowVersion, Recording.EvidenceRecorder.OrchestratorActor, sealedAt,
                new SealDetails(chain.Count, finalDigest, root), finalDigest, string.Empty),
            finalDigest);
        return (sealRecord, new RunSeal(runId, workflowName, workflowVersion, chain.Count, finalDigest, root, sealRecord.Hash, sealedAt));
    }
}
