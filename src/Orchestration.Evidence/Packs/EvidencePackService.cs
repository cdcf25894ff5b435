using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Packs;

/// <summary>Builds and checks packs of stored runs: what the API and tools serve.</summary>
/// <param name="store">The ledger.</param>
public sealed class EvidencePackService(IEvidenceStore store)
{
    /// <summary>Builds the pack of a run from the store (records from the table, the seal from the seal store).</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The pack, or null when the ledger holds nothing of that run.</returns>
    public async Task<EvidencePack?> BuildAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        IReadOnlyList<EvidenceRecord> records = await store.ReadRunAsync(runId, cancellationToken);
        RunSeal? seal = await store.GetSealAsync(runId, cancellationToken);
        return records.Count == 0 && seal is null ? null : EvidencePack.Create(runId, records, seal);
    }

    /// <summary>Verifies a stored run.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The outcome, or null when the ledger holds nothing of that run.</returns>
    public async Task<EvidenceVerification?> VerifyAsync(string runId, CancellationToken cancellationToken = default)
    {
        EvidencePack? pack = await BuildAsync(runId, cancellationToken);
        return pack is null ? null : EvidenceVerifier.Verify(pack);
    }
}
