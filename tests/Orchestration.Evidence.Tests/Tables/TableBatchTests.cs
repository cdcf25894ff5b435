using Orchestration.Evidence.Rest;
using Orchestration.Evidence.Tables;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Tables;

[Collection(AzuriteStorage.Name)]
public sealed class TableBatchTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly TableRestClient client = new(AzuriteStorage.Account(azurite), AzuriteStorage.FastRetries());
    private readonly string table = AzuriteStorage.UniqueName("b");

    public Task InitializeAsync() => client.CreateTableIfNotExistsAsync(table);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SubmitBatchAsync_100Inserts_AppliesAll()
    {
        await client.SubmitBatchAsync(table, Inserts("p", 100));

        Assert.Equal(100, await CountAsync("p"));
    }

    [Fact]
    public async Task SubmitBatchAsync_101Operations_ThrowsBeforeSending()
    {
        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitBatchAsync(table, Inserts("p", 101)));

        Assert.Contains("1 to 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitBatchAsync_TwoPartitions_ThrowsBeforeSending()
    {
        TableBatchOperation[] operations = [.. Inserts("a", 1), .. Inserts("b", 1)];

        await Assert.ThrowsAsync<ArgumentException>(() => client.SubmitBatchAsync(table, operations));
    }

    [Fact]
    public async Task SubmitBatchAsync_ExistingEntityAtIndexTwo_NamesIndexAndAppliesNothing()
    {
        await client.InsertAsync(table, new TableEntity("p", "r2"));

        StorageConflictException error = await Assert.ThrowsAsync<StorageConflictException>(() => client.SubmitBatchAsync(table, Inserts("p", 5)));

        Assert.Equal((StorageErrorCodes.EntityAlreadyExists, 2, 1), (error.ErrorCode, error.FailedOperationIndex, await CountAsync("p")));
    }

    [Fact]
    public async Task SubmitBatchAsync_UpsertAndDelete_AppliesBoth()
    {
        await client.SubmitBatchAsync(table, Inserts("p", 2));

        await client.SubmitBatchAsync(table, [
            new TableBatchOperation(TableBatchAction.Upsert, new TableEntity("p", "r0") { Properties = { ["V"] = 7 } }),
            new TableBatchOperation(TableBatchAction.Delete, new TableEntity("p", "r1"))]);

        Assert.Equal((7L, 1), ((await client.GetAsync(table, "p", "r0"))!.GetInt64("V"), await CountAsync("p")));
    }

    private static TableBatchOperation[] Inserts(string partition, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new TableBatchOperation(TableBatchAction.Insert, new TableEntity(partition, $"r{i}")))];

    private async Task<int> CountAsync(string partition)
    {
        int count = 0;
        await foreach (TableEntity entity in client.QueryAsync(table, TableFilter.Partition(partition)))
        {
            count++;
        }

        return count;
    }
}
