using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Orchestration.Abstractions;
using Orchestration.TestKit;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>The embedded engine, on a fresh SQLite file and a manual clock.</summary>
internal sealed class EngineRuntime : IWorkflowRuntime
{
    private readonly WorkflowTestHost host;
    private readonly ILoggerFactory loggers;

    private EngineRuntime(WorkflowTestHost host, ILoggerFactory loggers, FakeLogCollector logs)
    {
        this.host = host;
        this.loggers = loggers;
        Logs = logs;
    }

    public IWorkflowClient Client => host.Client;

    public FakeLogCollector Logs { get; }

    public static async Task<IWorkflowRuntime> StartAsync(Action<WorkflowRegistry> register)
    {
        FakeLogCollector logs = new();
        ILoggerFactory loggers = LoggerFactory.Create(logging => logging.AddProvider(new FakeLoggerProvider(logs)));
        WorkflowTestHost host = await WorkflowTestHost.StartAsync(register, options => options.LoggerFactory = loggers);
        return new EngineRuntime(host, loggers, logs);
    }

    public bool Has(RuntimeDifference difference) => false;

    public Task LetTimePassAsync(TimeSpan span) => host.AdvanceTimeAsync(span);

    public Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId) => host.WaitForCompletionAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        loggers.Dispose();
    }
}
