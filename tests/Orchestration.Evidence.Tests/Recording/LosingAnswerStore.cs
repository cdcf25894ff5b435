using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests.Recording;

/// <summary>A store whose first append is written but its answer lost, as when a connection drops after the commit.</summary>
public sealed class LosingAnswerStore(IEvidenceStore inner) : IEvidenceStore
{
    private int appends;

    public int Appends => Volatile.Read(ref appends);

    public async Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        int written = await inner.AppendAsync(records, cancellationToken);
        return Interlocked.Increment(ref appends) == 1 ? throw new IOException("The connection dropped after the write.") : written;
    }

    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) => inner.ReadRunAsync(runId, cancellationToken);

    public Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default) =>
        inner.ReadRecordsAsync(runId, fromSequence, cancellationToken);

    public Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default) => inner.PutPayloadAsync(payload, cancellationToken);

    public Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default) => inner.GetPayloadAsync(digest, cancellationToken);

    public Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default) => inner.WriteSealAsync(seal, cancellationToken);

    public Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default) => inner.GetSealAsync(runId, cancellationToken);
}
