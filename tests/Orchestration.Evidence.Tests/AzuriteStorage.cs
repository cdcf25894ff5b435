using Orchestration.Evidence.Storage;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests;

/// <summary>One Azurite for every storage test class; they isolate themselves by table and container names.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteStorage : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";

    public static string UniqueName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..12];

    public static TableEvidenceStoreNames UniqueNames(string tablePrefix) => new(UniqueName(tablePrefix), UniqueName("pay-"), UniqueName("seal-"));

    /// <summary>The store on this Azurite, made by the product's factory from a connection string.</summary>
    public static TableEvidenceStore Store(AzuriteFixture azurite, TableEvidenceStoreNames names) =>
        Store(azurite.Server.ConnectionString, names);

    public static TableEvidenceStore Store(string connectionString, TableEvidenceStoreNames names) => EvidenceStoreFactory.CreateTableStore(new EvidenceOptions
    {
        Store = EvidenceStoreKind.Table,
        ConnectionString = connectionString,
        TableName = names.Table,
        PayloadContainer = names.PayloadContainer,
        SealContainer = names.SealContainer,
        // Transient failures are retried once, quickly: enough to exercise the SDK's retries, short when a port is closed.
        MaxRetries = 1,
        RetryDelay = TimeSpan.FromMilliseconds(10),
    });
}
