using System.Net;
using System.Net.Sockets;
using Orchestration.Evidence.Blobs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Rest;
using Orchestration.Evidence.Storage;
using Orchestration.Evidence.Tables;

namespace Orchestration.Evidence.Tests.Tables;

public sealed class UnreachableAccountTests
{
    private static readonly StorageAccount ClosedAccount = ClosedPortAccount();

    [Fact]
    public async Task InsertAsync_ClosedPort_ThrowsUnavailableNamingOperation()
    {
        TableRestClient client = new(ClosedAccount, AzuriteStorage.FastRetries());

        StorageUnavailableException error = await Assert.ThrowsAsync<StorageUnavailableException>(() => client.InsertAsync("evidence", new TableEntity("p", "r")));

        Assert.Equal((0, true), (error.Status, error.Message.StartsWith("Storage could not be reached to insert entity into 'evidence'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AppendAsync_ClosedPort_ThrowsUnavailable()
    {
        TableEvidenceStore store = new(new TableRestClient(ClosedAccount, AzuriteStorage.FastRetries()), new BlobRestClient(ClosedAccount, AzuriteStorage.FastRetries()));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.AppendAsync(SampleLedger.Chain("run-x", 3)));
    }

    [Fact]
    public async Task WriteSealAsync_ClosedPort_ThrowsUnavailable()
    {
        TableEvidenceStore store = new(new TableRestClient(ClosedAccount, AzuriteStorage.FastRetries()), new BlobRestClient(ClosedAccount, AzuriteStorage.FastRetries()));
        RunSeal seal = SampleLedger.Sealed("run-x", 2).Seal;

        await Assert.ThrowsAsync<StorageUnavailableException>(() => store.WriteSealAsync(seal));
    }

    // A port taken from the OS and released: nothing listens there, so connections are refused at once.
    private static StorageAccount ClosedPortAccount()
    {
        TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Uri root = new($"http://127.0.0.1:{port}");
        return StorageAccount.ForAzurite(root, root);
    }
}
