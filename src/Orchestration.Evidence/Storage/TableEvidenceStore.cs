using System.Text.Json;
using Orchestration.Evidence.Blobs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Rest;
using Orchestration.Evidence.Tables;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// The ledger in Azure Storage (or Azurite): records in a table, one partition per run, appended in entity-group
/// batches of up to 100; payloads and seals as write-once blobs (the seal container is the one to lock with an
/// immutability policy).
/// </summary>
public sealed class TableEvidenceStore : IEvidenceStore
{
    private readonly TableRestClient tables;
    private readonly BlobRestClient blobs;
    private readonly TableEvidenceStoreNames names;
    private readonly Lock readyGate = new();
    private Task? ready;

    /// <summary>Initializes a new instance of the <see cref="TableEvidenceStore"/> class.</summary>
    /// <param name="tables">The Table client.</param>
    /// <param name="blobs">The Blob client, on the same account or another.</param>
    /// <param name="names">The table and container names; null for the defaults.</param>
    public TableEvidenceStore(TableRestClient tables, BlobRestClient blobs, TableEvidenceStoreNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        this.tables = tables;
        this.blobs = blobs;
        this.names = names ?? new TableEvidenceStoreNames();
    }

    /// <inheritdoc/>
    public async Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        EvidenceStoreGuards.RunOf(records);
        await EnsureReadyAsync(cancellationToken);
        int written = 0;
        foreach (EvidenceRecord[] chunk in records.Chunk(TableBatch.MaxOperations))
        {
            written += await AppendChunkAsync(chunk, cancellationToken);
        }

        return written;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync(runId, 0, cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        await EnsureReadyAsync(cancellationToken);
        List<EvidenceRecord> records = [];
        // Row keys are zero-padded sequences, so the service's row order and a "ge" on the key are sequence order.
        string filter = TableFilter.RowsFrom(runId, TableRecordMapping.RowKey(fromSequence));
        await foreach (TableEntity entity in tables.QueryAsync(names.Table, filter, cancellationToken))
        {
            records.Add(TableRecordMapping.FromEntity(entity));
        }

        return records;
    }

    /// <inheritdoc/>
    public async Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default)
    {
        EvidenceStoreGuards.CheckPayload(payload);
        await EnsureReadyAsync(cancellationToken);
        // Content-addressed: a blob already under this digest holds these very bytes, so "already exists" is success.
        await blobs.UploadIfAbsentAsync(names.PayloadContainer, PayloadName(payload.Digest), BinaryData.FromBytes(payload.Content), payload.ContentType, cancellationToken);
    }

    /// <inheritdoc/>
    public async Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        await EnsureReadyAsync(cancellationToken);
        BinaryData? content = await blobs.DownloadAsync(names.PayloadContainer, PayloadName(digest), cancellationToken);
        return content is null ? null : new EvidencePayload(digest, content.MediaType ?? "application/octet-stream", content.ToMemory());
    }

    /// <inheritdoc/>
    public async Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seal);
        await EnsureReadyAsync(cancellationToken);
        BinaryData content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(seal, EvidenceJson.IndentedOptions));
        if (!await blobs.UploadIfAbsentAsync(names.SealContainer, SealName(seal.RunId), content, "application/json", cancellationToken))
        {
            EvidenceStoreGuards.ThrowIfOtherSeal(seal, await GetSealAsync(seal.RunId, cancellationToken));
        }
    }

    /// <inheritdoc/>
    public async Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        await EnsureReadyAsync(cancellationToken);
        BinaryData? content = await blobs.DownloadAsync(names.SealContainer, SealName(runId), cancellationToken);
        return content?.ToObjectFromJson<RunSeal>(EvidenceJson.Options);
    }

    private static string PayloadName(string digest) => digest.Replace(':', '/');

    private static string SealName(string runId) => runId + ".seal.json";

    private async Task<int> AppendChunkAsync(EvidenceRecord[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            await tables.SubmitBatchAsync(names.Table, [.. chunk.Select(r => new TableBatchOperation(TableBatchAction.Insert, TableRecordMapping.ToEntity(r)))], cancellationToken);
            return chunk.Length;
        }
        catch (StorageConflictException ex) when (ex.ErrorCode == StorageErrorCodes.EntityAlreadyExists)
        {
            // A retry after a lost answer, or a replayed flush: keep what is there when it is the same record.
            EvidenceRecord[] missing = await MissingAsync(chunk, cancellationToken);
            return missing.Length == 0 ? 0 : await AppendChunkAsync(missing, cancellationToken);
        }
    }

    private async Task<EvidenceRecord[]> MissingAsync(EvidenceRecord[] chunk, CancellationToken cancellationToken)
    {
        string filter = TableFilter.RowRange(chunk[0].RunId, TableRecordMapping.RowKey(chunk[0].Sequence), TableRecordMapping.RowKey(chunk[^1].Sequence));
        Dictionary<long, string> stored = [];
        await foreach (TableEntity entity in tables.QueryAsync(names.Table, filter, cancellationToken))
        {
            EvidenceRecord record = TableRecordMapping.FromEntity(entity);
            stored[record.Sequence] = record.Hash;
        }

        foreach (EvidenceRecord record in chunk)
        {
            if (stored.TryGetValue(record.Sequence, out string? hash) && hash != record.Hash)
            {
                throw EvidenceConflictException.ForRecord(record, hash);
            }
        }

        return [.. chunk.Where(r => !stored.ContainsKey(r.Sequence))];
    }

    // One creation per process; a failed one (account unreachable) is tried again by the next call.
    private Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        lock (readyGate)
        {
            if (ready is null || ready.IsFaulted || ready.IsCanceled)
            {
                ready = CreateContainersAsync();
            }

            return ready.WaitAsync(cancellationToken);
        }
    }

    private async Task CreateContainersAsync()
    {
        await tables.CreateTableIfNotExistsAsync(names.Table);
        await blobs.CreateContainerIfNotExistsAsync(names.PayloadContainer);
        await blobs.CreateContainerIfNotExistsAsync(names.SealContainer);
    }
}

/// <summary>Where <see cref="TableEvidenceStore"/> keeps things.</summary>
/// <param name="Table">The records table. Default <c>evidence</c>.</param>
/// <param name="PayloadContainer">The payload container. Default <c>evidence-payloads</c>.</param>
/// <param name="SealContainer">The seal container, the one to lock with an immutability policy. Default <c>evidence-seals</c>.</param>
public sealed record TableEvidenceStoreNames(
    string Table = "evidence", string PayloadContainer = "evidence-payloads", string SealContainer = "evidence-seals");
