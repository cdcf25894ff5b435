using Orchestration.Evidence.Rest;
using Orchestration.Evidence.Tables;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Tables;

[Collection(AzuriteStorage.Name)]
public sealed class TableRestClientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TableRestClient client = new(AzuriteStorage.Account(azurite), AzuriteStorage.FastRetries());
    private readonly string table = AzuriteStorage.UniqueName("t");

    public Task InitializeAsync() => client.CreateTableIfNotExistsAsync(table);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task GetAsync_InsertedEntity_ReturnsTypedProperties()
    {
        DateTimeOffset at = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);
        TableEntity entity = new("p1", "r'1") { Properties = { ["S"] = "x", ["I"] = 5, ["L"] = 9007199254740993L, ["T"] = at, ["B"] = true, ["Bin"] = new byte[] { 1, 2 } } };

        await client.InsertAsync(table, entity);
        TableEntity? read = await client.GetAsync(table, "p1", "r'1");

        Assert.Equal(["x", 5, 9007199254740993L, at, true], new[] { read!.Properties["S"], read.Properties["I"], read.Properties["L"], read.Properties["T"], read.Properties["B"] });
    }

    [Fact]
    public async Task InsertAsync_ExistingEntity_ThrowsConflictWithServiceCode()
    {
        TableEntity entity = new("p1", "r1");
        await client.InsertAsync(table, entity);

        StorageConflictException error = await Assert.ThrowsAsync<StorageConflictException>(() => client.InsertAsync(table, entity));

        Assert.Equal((409, StorageErrorCodes.EntityAlreadyExists), (error.Status, error.ErrorCode));
    }

    [Fact]
    public async Task UpsertAsync_ExistingEntity_ReplacesProperties()
    {
        await client.InsertAsync(table, new TableEntity("p1", "r1") { Properties = { ["V"] = "old" } });

        await client.UpsertAsync(table, new TableEntity("p1", "r1") { Properties = { ["V"] = "new" } });

        Assert.Equal("new", (await client.GetAsync(table, "p1", "r1"))!.GetString("V"));
    }

    [Fact]
    public async Task GetAsync_MissingEntity_ReturnsNull()
    {
        Assert.Null(await client.GetAsync(table, "p1", "absent"));
    }

    [Fact]
    public async Task CreateTableAsync_ExistingTable_ThrowsConflictTableAlreadyExists()
    {
        StorageConflictException error = await Assert.ThrowsAsync<StorageConflictException>(() => client.CreateTableAsync(table));

        Assert.Equal(StorageErrorCodes.TableAlreadyExists, error.ErrorCode);
    }

    [Fact]
    public async Task QueryPageAsync_MissingTable_ThrowsNotFoundTableNotFound()
    {
        StorageNotFoundException error = await Assert.ThrowsAsync<StorageNotFoundException>(() => client.QueryPageAsync("absent" + table, null));

        Assert.Equal(StorageErrorCodes.TableNotFound, error.ErrorCode);
    }

    [Fact]
    public async Task QueryPageAsync_BadFilter_ThrowsBadRequest()
    {
        await Assert.ThrowsAsync<StorageBadRequestException>(() => client.QueryPageAsync(table, "PartitionKey eq"));
    }

    [Fact]
    public async Task QueryAsync_2500Entities_PagesThroughAllInKeyOrder()
    {
        foreach (TableEntity[] chunk in Enumerable.Range(0, 2500).Select(i => new TableEntity("paged", i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture))).Chunk(100))
        {
            await client.SubmitBatchAsync(table, [.. chunk.Select(e => new TableBatchOperation(TableBatchAction.Insert, e))]);
        }

        List<string> keys = [];
        await foreach (TableEntity entity in client.QueryAsync(table, TableFilter.Partition("paged")))
        {
            keys.Add(entity.RowKey);
        }

        Assert.Equal(Enumerable.Range(0, 2500).Select(i => i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), keys);
    }

    [Fact]
    public async Task QueryPageAsync_MoreThanOnePage_ReturnsContinuation()
    {
        await client.SubmitBatchAsync(table, [.. Enumerable.Range(0, 3).Select(i => new TableBatchOperation(TableBatchAction.Insert, new TableEntity("p", $"r{i}")))]);

        TablePage first = await client.QueryPageAsync(table, TableFilter.Partition("p"), top: 2);
        TablePage second = await client.QueryPageAsync(table, TableFilter.Partition("p"), top: 2, first.Continuation);

        Assert.Equal((2, 1, true, false), (first.Entities.Count, second.Entities.Count, first.Continuation is not null, second.Continuation is not null));
    }
}
