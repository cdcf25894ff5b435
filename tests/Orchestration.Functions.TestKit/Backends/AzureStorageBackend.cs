using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.Extensions.Logging;
using Orchestration.Functions.TestKit.Sidecar;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.TestKit.Backends;

/// <summary>
/// The Durable Task Framework's Azure Storage backend, the one Durable Functions uses by default, over an Azurite:
/// a task hub of its own per host (queues, tables and blob containers), created at start and deleted at dispose.
/// </summary>
public sealed class AzureStorageBackend : IDurableBackend
{
    // Long enough for the sidecar to finish its work items and stop the service; past it the hub is deleted anyway.
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly AzureStorageOrchestrationService service;
    private readonly StopSignallingOrchestrationService signalling;

    private AzureStorageBackend(AzureStorageOrchestrationService service, string taskHubName)
    {
        this.service = service;
        TaskHubName = taskHubName;
        signalling = new StopSignallingOrchestrationService(new AzureStorageSidecarEvents(service));
    }

    /// <inheritdoc/>
    public IOrchestrationService Service => signalling;

    /// <inheritdoc/>
    public IOrchestrationServiceClient Client => service;

    /// <summary>Gets the task hub's name: a prefix of its queues, tables and containers.</summary>
    public string TaskHubName { get; }

    /// <summary>Gets what <see cref="DurableWorkflowTestHostOptions.Backend"/> takes to run a host on this backend.</summary>
    /// <param name="azurite">The Azurite the task hub lives in; it outlives the host.</param>
    /// <param name="settings">Adjusts the settings (a test's own polling interval, say); null keeps <see cref="AzureStorageSettings"/>'s.</param>
    /// <returns>The backend factory.</returns>
    public static Func<ILoggerFactory, Task<IDurableBackend>> On(AzuriteServer azurite, Action<AzureStorageOrchestrationServiceSettings>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        return async loggers => await StartAsync(azurite, loggers, settings);
    }

    /// <summary>Creates a fresh task hub on an Azurite.</summary>
    /// <param name="azurite">The Azurite.</param>
    /// <param name="loggers">Where the backend logs.</param>
    /// <param name="adjust">Adjusts the settings; null keeps <see cref="AzureStorageSettings"/>'s.</param>
    /// <returns>The backend, its task hub created.</returns>
    public static async Task<AzureStorageBackend> StartAsync(
        AzuriteServer azurite, ILoggerFactory loggers, Action<AzureStorageOrchestrationServiceSettings>? adjust = null)
    {
        ArgumentNullException.ThrowIfNull(azurite);
        ArgumentNullException.ThrowIfNull(loggers);

        // Task hub names: letters and digits, starting with a letter, 3 to 45 characters.
        string taskHubName = "of" + Guid.NewGuid().ToString("N");
        AzureStorageOrchestrationServiceSettings settings = AzureStorageSettings.For(azurite.ConnectionString, taskHubName, loggers);
        adjust?.Invoke(settings);
        AzureStorageOrchestrationService service = new(settings);
        await service.CreateIfNotExistsAsync();
        return new AzureStorageBackend(service, taskHubName);
    }

    /// <inheritdoc/>
    /// <remarks>Deletes the task hub once the sidecar has stopped the service.</remarks>
    public async ValueTask DisposeAsync()
    {
        await Task.WhenAny(signalling.Stopped, Task.Delay(StopTimeout));
        await service.DeleteAsync();
        service.Dispose();
    }
}
