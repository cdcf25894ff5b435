using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Recording;

/// <summary>
/// Writes a batch of records to the ledger: the only way workflow code reaches it. Idempotent, so a retried call
/// or a call replayed after a crash writes nothing twice; returns how many records this call wrote.
/// </summary>
/// <param name="store">The ledger.</param>
/// <param name="logger">The logger.</param>
public sealed class RecordEvidenceActivity(IEvidenceStore store, ILogger<RecordEvidenceActivity>? logger = null)
    : WorkflowActivity<EvidenceBatch, int>
{
    private readonly ILogger logger = logger ?? NullLogger<RecordEvidenceActivity>.Instance;

    /// <inheritdoc/>
    public override async Task<int> RunAsync(WorkflowActivityContext context, EvidenceBatch input)
    {
        ArgumentNullException.ThrowIfNull(context);
        int written = await WriteAsync(store, input, context.CancellationToken);
        Logs.RecordsAppended(logger, context.InstanceId, input.Records.Count, written);
        return written;
    }

    internal static async Task<int> WriteAsync(IEvidenceStore store, EvidenceBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (EvidencePayload payload in batch.Payloads ?? [])
        {
            await store.PutPayloadAsync(payload, cancellationToken);
        }

        return batch.Records.Count == 0 ? 0 : await store.AppendAsync(batch.Records, cancellationToken);
    }
}
