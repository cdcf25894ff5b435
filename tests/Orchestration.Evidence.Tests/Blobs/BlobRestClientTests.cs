using Orchestration.Evidence.Blobs;
using Orchestration.Evidence.Rest;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Blobs;

[Collection(AzuriteStorage.Name)]
public sealed class BlobRestClientTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly BlobRestClient client = new(AzuriteStorage.Account(azurite), AzuriteStorage.FastRetries());
    private readonly string container = AzuriteStorage.UniqueName("c");

    public Task InitializeAsync() => client.CreateContainerIfNotExistsAsync(container);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task UploadIfAbsentAsync_NewBlob_ReturnsTrueAndStoresContent()
    {
        bool written = await client.UploadIfAbsentAsync(container, "sha256/abc", BinaryData.FromString("one"), "text/plain");

        Assert.Equal((true, "one"), (written, (await client.DownloadAsync(container, "sha256/abc"))!.ToString()));
    }

    [Fact]
    public async Task UploadIfAbsentAsync_ExistingBlob_ReturnsFalseAndKeepsFirstContent()
    {
        await client.UploadIfAbsentAsync(container, "seal.json", BinaryData.FromString("first"), "application/json");

        bool written = await client.UploadIfAbsentAsync(container, "seal.json", BinaryData.FromString("second"), "application/json");

        Assert.Equal((false, "first"), (written, (await client.DownloadAsync(container, "seal.json"))!.ToString()));
    }

    [Fact]
    public async Task DownloadAsync_MissingBlob_ReturnsNull()
    {
        Assert.Null(await client.DownloadAsync(container, "absent"));
    }

    [Fact]
    public async Task CreateContainerIfNotExistsAsync_Existing_ReturnsFalse()
    {
        Assert.False(await client.CreateContainerIfNotExistsAsync(container));
    }

    [Fact]
    public async Task UploadIfAbsentAsync_WrongKey_ThrowsAuthorization()
    {
        StorageAccount wrong = StorageAccount.Parse(
            $"AccountName=devstoreaccount1;AccountKey={Convert.ToBase64String(new byte[64])};BlobEndpoint={azurite.Server.BlobRoot}devstoreaccount1");
        BlobRestClient intruder = new(wrong, AzuriteStorage.FastRetries());

        await Assert.ThrowsAsync<StorageAuthorizationException>(() => intruder.UploadIfAbsentAsync(container, "x", BinaryData.FromString("x"), "text/plain"));
    }
}
