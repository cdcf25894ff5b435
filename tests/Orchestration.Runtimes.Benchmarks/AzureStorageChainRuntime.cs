using Orchestration.Abstractions;
using Orchestration.Engine.Benchmarks;
using Orchestration.Functions.TestKit;
using Orchestration.Functions.TestKit.Backends;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Runtimes.Benchmarks;

/// <summary>
/// The chain on Durable Functions' runtime: the Functions app's orchestrator and activity code over the Durable Task
/// SDK and its sidecar, on the Azure Storage backend with Durable Functions' defaults (30 s queue polling at most,
/// 10 orchestrations and 10 activities per core at once) over Azurite.
/// </summary>
/// <remarks>
/// A run counts as finished when the backend has committed its completion. Azure Storage's own completion wait reads
/// the run every 2 s, so a client waiting that way (WaitForInstanceCompletionAsync) sees up to 2 s more.
/// </remarks>
internal sealed class AzureStorageChainRuntime(DurableWorkflowTestHost host, ActivityCounter counter) : IChainRuntime
{
    public string Name => "Durable Task, Azure Storage on Azurite";

    public long Steps => counter.Value;

    public static async Task<IChainRuntime> StartAsync(AzuriteServer azurite)
    {
        ActivityCounter counter = new();
        DurableWorkflowTestHost host = await DurableWorkflowTestHost.StartAsync(BenchmarkEngine.Registry(counter), new DurableWorkflowTestHostOptions
        {
            Backend = AzureStorageBackend.On(azurite, settings => settings.MaxQueuePollingInterval = AzureStorageSettings.DurableFunctionsMaxQueuePollingInterval),
            Concurrency = 10 * Environment.ProcessorCount,
            HangTimeout = TimeSpan.FromMinutes(2),
        });
        return new AzureStorageChainRuntime(host, counter);
    }

    public Task StartAsync(string instanceId, int length) =>
        host.Client.ScheduleNewWorkflowAsync(nameof(ChainWorkflow), length, new StartWorkflowOptions(instanceId));

    public Task WaitForFinishAsync(string instanceId) => host.WaitForCommitAsync(instanceId, run => run.IsFinished);

    public async Task<int> ReadOutputAsync(string instanceId) => ChainOutput.Of(await host.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true));

    public ValueTask DisposeAsync() => host.DisposeAsync();
}
