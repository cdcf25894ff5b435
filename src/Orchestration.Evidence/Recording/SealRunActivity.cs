using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Recording;

/// <summary>
/// Seals a run: writes what is pending, reads the run back, checks that the store holds exactly the chain the
/// orchestrator built, appends the seal record (count, final digest, Merkle root) and writes the seal, once, to the
/// seal store. Deterministic from its input and the stored records, so a retry produces the same seal.
/// </summary>
/// <param name="store">The ledger.</param>
/// <param name="logger">The logger.</param>
public sealed class SealRunActivity(IEvidenceStore store, ILogger<SealRunActivity>? logger = null)
    : WorkflowActivity<SealRequest, RunSeal>
{
    private readonly ILogger logger = logger ?? NullLogger<SealRunActivity>.Instance;

    /// <inheritdoc/>
    public override async Task<RunSeal> RunAsync(WorkflowActivityContext context, SealRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        CancellationToken cancellationToken = context.CancellationToken;
        if (input.Pending is { } pending)
        {
            await RecordEvidenceActivity.WriteAsync(store, pending, cancellationToken);
        }

        IReadOnlyList<EvidenceRecord> stored = await store.ReadRunAsync(input.RunId, cancellationToken);
        EvidenceRecord[] chain = [.. stored.Take((int)Math.Min(input.RecordCount, stored.Count))];
        CheckChain(input, chain);
        (EvidenceRecord sealRecord, RunSeal seal) = RunSealer.Seal(input.RunId, input.WorkflowName, input.WorkflowVersion, chain, input.SealedAt);
        await store.AppendAsync([sealRecord], cancellationToken);
        await store.WriteSealAsync(seal, cancellationToken);
        Logs.RunSealed(logger, input.RunId, input.RecordCount, seal.MerkleRoot);
        return seal;
    }

    private static void CheckChain(SealRequest input, EvidenceRecord[] chain)
    {
        EvidenceVerification check = EvidenceVerifier.Verify(EvidencePack.Create(input.RunId, chain, seal: null));
        string head = chain.Length == 0 ? EvidenceHasher.GenesisHash : chain[^1].Hash;
        if (check.Problem is { } problem)
        {
            throw new EvidenceConflictException(input.RunId, problem.Sequence, $"Run '{input.RunId}' cannot be sealed: {problem.Message}");
        }

        if (chain.Length != input.RecordCount || head != input.FinalDigest)
        {
            throw new EvidenceConflictException(input.RunId, chain.Length,
                $"Run '{input.RunId}' cannot be sealed: the store holds {chain.Length} chained records ending in {head}, the orchestrator wrote {input.RecordCount} ending in {input.FinalDigest}.");
        }
    }
}
