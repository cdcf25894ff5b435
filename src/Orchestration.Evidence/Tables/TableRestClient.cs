using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Orchestration.Evidence.Rest;

namespace Orchestration.Evidence.Tables;

/// <summary>
/// A Table Storage client over Azure.Core's pipeline, for the registry copy here that has no Azure.Data.Tables:
/// create table, insert, upsert, point read, filtered queries with continuation paging and entity-group batches.
/// Refusals throw the <see cref="StorageRequestException"/> leaf of their status.
/// </summary>
public sealed class TableRestClient
{
    private const string JsonMinimalMetadata = "application/json;odata=minimalmetadata";

    private readonly HttpPipeline pipeline;
    private readonly string endpoint;

    /// <summary>Initializes a new instance of the <see cref="TableRestClient"/> class.</summary>
    /// <param name="account">The account: a keyed account signs with SharedKeyLite, a keyless one uses <paramref name="credential"/>.</param>
    /// <param name="options">Retry and transport options; null for defaults.</param>
    /// <param name="credential">The Entra ID credential for a keyless account (managed identity).</param>
    public TableRestClient(StorageAccount account, StorageClientOptions? options = null, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        Account = account;
        endpoint = account.TableEndpoint.AbsoluteUri.TrimEnd('/');
        pipeline = StoragePipeline.Build(options ?? new StorageClientOptions(), account, credential, a => new TableSharedKeyLitePolicy(a));
    }

    /// <summary>Gets the account this client talks to.</summary>
    public StorageAccount Account { get; }

    /// <summary>Creates a table.</summary>
    /// <param name="table">The table name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when the table exists.</returns>
    /// <exception cref="StorageConflictException">The table exists (<c>TableAlreadyExists</c>).</exception>
    public async Task CreateTableAsync(string table, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = Create(RequestMethod.Post, "/Tables");
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["TableName"] = table }));
        await pipeline.SendOrThrowAsync(message, $"create table '{table}'", cancellationToken);
    }

    /// <summary>Creates a table unless it exists.</summary>
    /// <param name="table">The table name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> CreateTableIfNotExistsAsync(string table, CancellationToken cancellationToken = default)
    {
        try
        {
            await CreateTableAsync(table, cancellationToken);
            return true;
        }
        catch (StorageConflictException ex) when (ex.ErrorCode == StorageErrorCodes.TableAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Inserts an entity.</summary>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The new entity's ETag.</returns>
    /// <exception cref="StorageConflictException">The entity exists (<c>EntityAlreadyExists</c>).</exception>
    public async Task<string?> InsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using HttpMessage message = Create(RequestMethod.Post, "/" + table);
        message.Request.Headers.SetValue("Prefer", "return-no-content");
        SetJson(message, TableEntityJson.Write(entity));
        Response response = await pipeline.SendOrThrowAsync(message, $"insert entity into '{table}'", cancellationToken);
        return response.Headers.ETag?.ToString();
    }

    /// <summary>Inserts an entity or replaces the one with its keys.</summary>
    /// <param name="table">The table.</param>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity's new ETag.</returns>
    public async Task<string?> UpsertAsync(string table, TableEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        using HttpMessage message = Create(RequestMethod.Put, TablePaths.Entity(table, entity.PartitionKey, entity.RowKey));
        SetJson(message, TableEntityJson.Write(entity));
        Response response = await pipeline.SendOrThrowAsync(message, $"upsert entity into '{table}'", cancellationToken);
        return response.Headers.ETag?.ToString();
    }

    /// <summary>Reads one entity by its keys.</summary>
    /// <param name="table">The table.</param>
    /// <param name="partitionKey">The partition key.</param>
    /// <param name="rowKey">The row key.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The entity, or null when it does not exist.</returns>
    /// <exception cref="StorageNotFoundException">The table does not exist.</exception>
    public async Task<TableEntity?> GetAsync(string table, string partitionKey, string rowKey, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = Create(RequestMethod.Get, TablePaths.Entity(table, partitionKey, rowKey));
        try
        {
            Response response = await pipeline.SendOrThrowAsync(message, $"read entity from '{table}'", cancellationToken);
            using JsonDocument document = JsonDocument.Parse(response.Content);
            return TableEntityJson.Read(document.RootElement, response.Headers.ETag?.ToString());
        }
        catch (StorageNotFoundException ex) when (ex.ErrorCode == StorageErrorCodes.ResourceNotFound)
        {
            return null;
        }
    }

    /// <summary>Reads one page of a query.</summary>
    /// <param name="table">The table.</param>
    /// <param name="filter">An OData filter, e.g. <c>PartitionKey eq 'run-1'</c> (see <see cref="TableFilter"/>); null for all.</param>
    /// <param name="top">The most entities in the page (at most 1,000); null for the service's page size.</param>
    /// <param name="continuation">Where to continue, from the previous page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page.</returns>
    public async Task<TablePage> QueryPageAsync(
        string table, string? filter, int? top = null, TableContinuation? continuation = null, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = Create(RequestMethod.Get, "/" + table + "()");
        TablePaths.AppendQuery(message.Request.Uri, filter, top, continuation);
        Response response = await pipeline.SendOrThrowAsync(message, $"query '{table}'", cancellationToken);
        using JsonDocument document = JsonDocument.Parse(response.Content);
        List<TableEntity> entities = [.. document.RootElement.GetProperty("value").EnumerateArray().Select(e => TableEntityJson.Read(e))];
        return new TablePage(entities, TablePaths.ReadContinuation(response));
    }

    /// <summary>Reads every entity a query matches, page after page.</summary>
    /// <param name="table">The table.</param>
    /// <param name="filter">An OData filter; null for all.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The entities, in the service's order (partition key, then row key).</returns>
    public async IAsyncEnumerable<TableEntity> QueryAsync(
        string table, string? filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        TableContinuation? continuation = null;
        do
        {
            TablePage page = await QueryPageAsync(table, filter, null, continuation, cancellationToken);
            foreach (TableEntity entity in page.Entities)
            {
                yield return entity;
            }

            continuation = page.Continuation;
        }
        while (continuation is not null);
    }

    /// <summary>Runs up to 100 operations on one partition as one atomic entity-group transaction.</summary>
    /// <param name="table">The table.</param>
    /// <param name="operations">1 to 100 operations, all with the same partition key, each entity at most once.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when every operation is applied.</returns>
    /// <exception cref="StorageRequestException">An operation failed; nothing was applied; <see cref="StorageRequestException.FailedOperationIndex"/> names it.</exception>
    public async Task SubmitBatchAsync(string table, IReadOnlyList<TableBatchOperation> operations, CancellationToken cancellationToken = default)
    {
        TableBatch batch = TableBatch.Create(endpoint, table, operations);
        using HttpMessage message = Create(RequestMethod.Post, "/$batch");
        message.Request.Headers.SetValue("Content-Type", batch.ContentType);
        message.Request.Content = RequestContent.Create(batch.Body);
        string operation = $"run a batch of {operations.Count} on '{table}'";
        Response response = await pipeline.SendOrThrowAsync(message, operation, cancellationToken);
        TableBatch.ThrowIfFailed(response, operation);
    }

    private HttpMessage Create(RequestMethod method, string path)
    {
        HttpMessage message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(endpoint + path));
        message.Request.Headers.SetValue("x-ms-version", StorageClientOptions.TableServiceVersion);
        message.Request.Headers.SetValue("Accept", JsonMinimalMetadata);
        message.Request.Headers.SetValue("DataServiceVersion", "3.0");
        message.Request.Headers.SetValue("MaxDataServiceVersion", "3.0;NetFx");
        return message;
    }

    private static void SetJson(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue("Content-Type", "application/json");
        message.Request.Content = RequestContent.Create(body);
    }
}
