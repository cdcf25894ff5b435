using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Processes.Tests.GovernanceLog;

/// <summary>
/// A ledger that can be swapped for another under a store that already read it, as when a dev database is reset or
/// a row the store already read is rewritten; it also notes where each read started.
/// </summary>
/// <param name="current">The ledger read and written until <see cref="Current"/> is set.</param>
internal sealed class SwitchingLedger(IEvidenceStore current) : IEvidenceStore
{
    public IEvidenceStore Current { get; set; } = current;

    /// <summary>Gets the first sequence of each read, in call order; a whole-run read counts as from 0.</summary>
    public List<long> ReadsFrom { get; } = [];

    public Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default) => Current.AppendAsync(records, cancellationToken);

    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync(runId, 0, cancellationToken);

    public Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default)
    {
        ReadsFrom.Add(fromSequence);
        return Current.ReadRecordsAsync(runId, fromSequence, cancellationToken);
    }

    public Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default) => Current.PutPayloadAsync(payload, cancellationToken);

    public Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default) => Current.GetPayloadAsync(digest, cancellationToken);

    public Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default) => Current.WriteSealAsync(seal, cancellationToken);

    public Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default) => Current.GetSealAsync(runId, cancellationToken);
}
