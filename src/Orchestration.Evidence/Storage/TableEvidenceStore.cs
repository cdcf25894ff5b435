using System.Text.Json;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// The ledger in Azure Storage (or Azurite), through the Azure SDK's clients: records in a table, one partition per
/// run, appended in entity-group transactions of up to 100; payloads and seals as write-once blobs (the seal container
/// is the one to lock with an immutability policy). Retries are the clients' own (see <see cref="EvidenceStoreFactory"/>);
/// what still fails throws <see cref="EvidenceStorageException"/>.
/// </summary>
public sealed class TableEvidenceStore : IEvidenceStore
{
    // The service's limit for one entity-group transaction.
    private const int MaxTransactionActions = 100;

    private readonly TableClient table;
    private readonly BlobContainerClient payloads;
    private readonly BlobContainerClient seals;
    private readonly Lock readyGate = new();
    private Task? ready;

    /// <summary>Initializes a new instance of the <see cref="TableEvidenceStore"/> class.</summary>
    /// <param name="tables">The Table service client.</param>
    /// <param name="blobs">The Blob service client, on the same account or another.</param>
    /// <param name="names">The table and container names; null for the defaults.</param>
    public TableEvidenceStore(TableServiceClient tables, BlobServiceClient blobs, TableEvidenceStoreNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(blobs);
        names ??= new TableEvidenceStoreNames();
        table = tables.GetTableClient(names.Table);
        payloads = blobs.GetBlobContainerClient(names.PayloadContainer);
        seals = blobs.GetBlobContainerClient(names.SealContainer);
    }

    /// <inheritdoc/>
    public Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        string runId = EvidenceStoreGuards.RunOf(records);
        return CallAsync($"append records {records[0].Sequence}-{records[^1].Sequence} of run '{runId}' to table '{table.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            int written = 0;
            foreach (EvidenceRecord[] chunk in records.Chunk(MaxTransactionActions))
            {
                written += await AppendChunkAsync(chunk, cancellationToken);
            }

            return written;
        });
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync(runId, 0, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        return CallAsync<IReadOnlyList<EvidenceRecord>>($"read run '{runId}' from record {fromSequence} in table '{table.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            // Row keys are zero-padded sequences, so the service's row order and a "ge" on the key are sequence order.
            return await QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {runId} and RowKey ge {TableRecordMapping.RowKey(fromSequence)}"), cancellationToken);
        });
    }

    /// <inheritdoc/>
    public Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default)
    {
        EvidenceStoreGuards.CheckPayload(payload);
        return CallAsync($"write payload {payload.Digest} to container '{payloads.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            BlobDownloadResult? stored = await payloads.UploadOnceAsync(
                PayloadName(payload.Digest), BinaryData.FromBytes(payload.Content), payload.ContentType, cancellationToken);
            // Content-addressed: a blob already under this digest must hold these very bytes.
            if (stored is not null && !stored.Content.ToMemory().Span.SequenceEqual(payload.Content.Span))
            {
                throw EvidenceConflictException.ForPayload(payload.Digest);
            }
        });
    }

    /// <inheritdoc/>
    public Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(digest);
        return CallAsync($"read payload {digest} from container '{payloads.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            BlobDownloadResult? stored = await payloads.DownloadOrNullAsync(PayloadName(digest), cancellationToken);
            return stored is null ? null : new EvidencePayload(digest, stored.Details.ContentType ?? "application/octet-stream", stored.Content.ToMemory());
        });
    }

    /// <inheritdoc/>
    public Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seal);
        return CallAsync($"write the seal of run '{seal.RunId}' to container '{seals.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            BinaryData content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(seal, EvidenceJson.IndentedOptions));
            BlobDownloadResult? stored = await seals.UploadOnceAsync(SealName(seal.RunId), content, "application/json", cancellationToken);
            EvidenceStoreGuards.ThrowIfOtherSeal(seal, stored?.Content.ToObjectFromJson<RunSeal>(EvidenceJson.Options));
        });
    }

    /// <inheritdoc/>
    public Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        return CallAsync($"read the seal of run '{runId}' from container '{seals.Name}'", async () =>
        {
            await EnsureReadyAsync(cancellationToken);
            BlobDownloadResult? stored = await seals.DownloadOrNullAsync(SealName(runId), cancellationToken);
            return stored?.Content.ToObjectFromJson<RunSeal>(EvidenceJson.Options);
        });
    }

    internal static string PayloadName(string digest) => digest.Replace(':', '/');

    private static string SealName(string runId) => runId + ".seal.json";

    // Every public call goes through here, so a failure the SDK's retries could not mend surfaces as one typed exception.
    private static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (EvidenceStorageException.From(operation, ex) is { } failure)
        {
            throw failure;
        }
    }

    private static async Task CallAsync(string operation, Func<Task> call) => await CallAsync(operation, async () =>
    {
        await call();
        return true;
    });

    private async Task<int> AppendChunkAsync(EvidenceRecord[] chunk, CancellationToken cancellationToken)
    {
        try
        {
            await table.SubmitTransactionAsync(
                [.. chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, TableRecordMapping.ToEntity(r)))], cancellationToken);
            return chunk.Length;
        }
        catch (TableTransactionFailedException ex) when (ex.ErrorCode == TableErrorCode.EntityAlreadyExists)
        {
            // A retry after a lost answer, or a replayed flush: keep what is there when it is the same record.
            EvidenceRecord[] missing = await MissingAsync(chunk, cancellationToken);
            return missing.Length == 0 ? 0 : await AppendChunkAsync(missing, cancellationToken);
        }
    }

    private async Task<EvidenceRecord[]> MissingAsync(EvidenceRecord[] chunk, CancellationToken cancellationToken)
    {
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {chunk[0].RunId} and RowKey ge {TableRecordMapping.RowKey(chunk[0].Sequence)} and RowKey le {TableRecordMapping.RowKey(chunk[^1].Sequence)}");
        Dictionary<long, string> stored = (await QueryAsync(filter, cancellationToken)).ToDictionary(r => r.Sequence, r => r.Hash);
        foreach (EvidenceRecord record in chunk)
        {
            if (stored.TryGetValue(record.Sequence, out string? hash) && hash != record.Hash)
            {
                throw EvidenceConflictException.ForRecord(record, hash);
            }
        }

        return [.. chunk.Where(r => !stored.ContainsKey(r.Sequence))];
    }

    // The SDK follows the service's continuation tokens, so this reads every page of the range.
    private async Task<List<EvidenceRecord>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        List<EvidenceRecord> read = [];
        await foreach (TableEntity entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            read.Add(TableRecordMapping.FromEntity(entity));
        }

        return read;
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
        await table.CreateIfNotExistsAsync();
        await payloads.CreateIfNotExistsAsync();
        await seals.CreateIfNotExistsAsync();
    }
}

/// <summary>Where <see cref="TableEvidenceStore"/> keeps things.</summary>
/// <param name="Table">The records table. Default <c>evidence</c>.</param>
/// <param name="PayloadContainer">The payload container. Default <c>evidence-payloads</c>.</param>
/// <param name="SealContainer">The seal container, the one to lock with an immutability policy. Default <c>evidence-seals</c>.</param>
public sealed record TableEvidenceStoreNames(
    string Table = "evidence", string PayloadContainer = "evidence-payloads", string SealContainer = "evidence-seals");
