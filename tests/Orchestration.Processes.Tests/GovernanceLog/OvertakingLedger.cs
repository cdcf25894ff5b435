using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Processes.Tests.GovernanceLog;

/// <summary>
/// A ledger on which another process appends between this one's read and its first append: the race two hosts run
/// when they flip switches at once, made to happen on every run of the test.
/// </summary>
/// <param name="inner">The ledger.</param>
/// <param name="overtake">The other process's write, run once, just before the first append.</param>
internal sealed class OvertakingLedger(IEvidenceStore inner, Func<Task> overtake) : IEvidenceStore
{
    private int appends;

    public async Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref appends) == 1)
        {
            await overtake();
        }

        return await inner.AppendAsync(records, cancellationToken);
    }

    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) => inner.ReadRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default) =>
        inner.ReadRecordsAsync(runId, fromSequence, cancellationToken);

    public Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default) => inner.PutPayloadAsync(payload, cancellationToken);

    public Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default) => inner.GetPayloadAsync(digest, cancellationToken);

    public Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default) => inner.WriteSealAsync(seal, cancellationToken);

    public Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default) => inner.GetSealAsync(runId, cancellationToken);
}
