using Orchestration.Functions.TestKit;
using Orchestration.Functions.TestKit.Backends;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// One Azurite for every test on the Azure Storage backend; each host has a task hub of its own. The tests run one
/// after another (one collection), so a 2-core machine polls one task hub's queues at a time.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AzureStorageTaskHubs : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Durable Task on Azure Storage";

    /// <summary>Gets host options on a fresh task hub of <paramref name="azurite"/>; a wait fails after the default 60 s.</summary>
    public static DurableWorkflowTestHostOptions On(AzuriteFixture azurite) => new() { Backend = AzureStorageBackend.On(azurite.Server) };
}
