using Microsoft.Extensions.Logging.Testing;
using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// The Durable Task SDK, in process on its in-memory backend, running the workflows through the Functions app's
/// orchestrator and activity function code and managed through its <c>DurableWorkflowClient</c>.
/// </summary>
internal sealed class DurableTaskRuntime(DurableWorkflowTestHost host, RuntimeLogs logs) : IWorkflowRuntime
{
    private static readonly HashSet<RuntimeDifference> Differences = [.. RuntimeDifferences.All];

    public IWorkflowClient Client => host.Client;

    public FakeLogCollector Logs => logs.Collector;

    public static async Task<IWorkflowRuntime> StartAsync(Action<WorkflowRegistry> register)
    {
        RuntimeLogs logs = new();
        return new DurableTaskRuntime(
            await DurableWorkflowTestHost.StartAsync(register, new DurableWorkflowTestHostOptions { LoggerFactory = logs.Factory }), logs);
    }

    public bool Has(RuntimeDifference difference) => Differences.Contains(difference);

    public Task LetTimePassAsync(TimeSpan span) => Task.CompletedTask;

    public Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId) => host.WaitForCompletionAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        logs.Dispose();
    }
}
