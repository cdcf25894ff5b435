using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;

namespace Orchestration.Functions.TestKit.Backends;

/// <summary>
/// The Azure Storage backend's settings as Durable Functions sets them by default (host.json's
/// <c>extensions.durableTask.storageProvider</c> left alone), with the one deviation the tests need.
/// </summary>
public static class AzureStorageSettings
{
    /// <summary>
    /// How long an idle queue is left before it is polled again, at most. Durable Functions waits up to 30 s, so that
    /// an idle app costs few storage transactions; a test would wait that long for the first message after a pause
    /// (an event raised into a waiting run, a timer firing), so here an idle queue is polled at least every second.
    /// Under load the backend polls as often either way: the interval only grows while queues stay empty.
    /// </summary>
    public static readonly TimeSpan TestMaxQueuePollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>Durable Functions' default for <see cref="AzureStorageOrchestrationServiceSettings.MaxQueuePollingInterval"/>.</summary>
    public static readonly TimeSpan DurableFunctionsMaxQueuePollingInterval = TimeSpan.FromSeconds(30);

    /// <summary>Builds the settings for a task hub on a storage account.</summary>
    /// <param name="connectionString">The storage account (Azurite's, here).</param>
    /// <param name="taskHubName">The task hub.</param>
    /// <param name="loggers">Where the backend logs.</param>
    /// <returns>The settings.</returns>
    public static AzureStorageOrchestrationServiceSettings For(string connectionString, string taskHubName, ILoggerFactory loggers)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        ArgumentException.ThrowIfNullOrEmpty(taskHubName);
        ArgumentNullException.ThrowIfNull(loggers);
        return new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = taskHubName,
            StorageAccountClientProvider = new StorageAccountClientProvider(connectionString),
            LoggerFactory = loggers,

            // Durable Functions' defaults, named so that a change of the backend's own defaults shows here: four
            // control queues (partitions) managed in a table, messages over the queue limit kept in blobs and read
            // back for status queries, no extended sessions.
            PartitionCount = 4,
            UseTablePartitionManagement = true,
            FetchLargeMessageDataEnabled = true,
            ExtendedSessionsEnabled = false,
            MaxQueuePollingInterval = TestMaxQueuePollingInterval,
        };
    }
}
