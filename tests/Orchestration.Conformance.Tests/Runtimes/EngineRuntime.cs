using Microsoft.Extensions.Logging.Testing;
using Orchestration.Abstractions;
using Orchestration.TestKit;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>The embedded engine, on a fresh SQLite file and a manual clock.</summary>
internal sealed class EngineRuntime(WorkflowTestHost host, RuntimeLogs logs) : IWorkflowRuntime
{
    public IWorkflowClient Client => host.Client;

    public FakeLogCollector Logs => logs.Collector;

    public static async Task<IWorkflowRuntime> StartAsync(Action<WorkflowRegistry> register)
    {
        RuntimeLogs logs = new();
        return new EngineRuntime(await WorkflowTestHost.StartAsync(register, options => options.LoggerFactory = logs.Factory), logs);
    }

    public bool Has(RuntimeDifference difference) => false;

    public Task LetTimePassAsync(TimeSpan span) => host.AdvanceTimeAsync(span);

    public Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId) => host.WaitForCompletionAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        logs.Dispose();
    }
}
