using Orchestration.Evidence.Rest;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests;

/// <summary>One Azurite for every storage test class; they isolate themselves by table and container names.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteStorage : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";

    public static StorageAccount Account(AzuriteFixture azurite) => StorageAccount.ForAzurite(azurite.Server.TableRoot, azurite.Server.BlobRoot);

    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    // Transient failures are retried once, quickly: enough to exercise the pipeline, short when a port is closed.
    public static StorageClientOptions FastRetries()
    {
        StorageClientOptions options = new();
        options.Retry.MaxRetries = 1;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        return options;
    }
}
