using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// The Durable Task SDK, in process on its in-memory backend, running the workflows through the Functions app's
/// orchestrator and activity function code and managed through its <c>DurableWorkflowClient</c>.
/// </summary>
internal sealed class DurableTaskRuntime : IWorkflowRuntime
{
    private static readonly HashSet<RuntimeDifference> Differences = [.. RuntimeDifferences.All];
    private readonly DurableWorkflowTestHost host;
    private readonly ILoggerFactory loggers;

    private DurableTaskRuntime(DurableWorkflowTestHost host, ILoggerFactory loggers, FakeLogCollector logs)
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

        // Warnings and above from the SDK itself (it logs every gRPC call at Information); everything from the workflows.
        ILoggerFactory loggers = LoggerFactory.Create(logging => logging
            .AddProvider(new FakeLoggerProvider(logs))
            .AddFilter((category, level) => level >= LogLevel.Warning || !category!.StartsWith("Microsoft.", StringComparison.Ordinal)));
        DurableWorkflowTestHost host = await DurableWorkflowTestHost.StartAsync(register, new DurableWorkflowTestHostOptions { LoggerFactory = loggers });
        return new DurableTaskRuntime(host, loggers, logs);
    }

    public bool Has(RuntimeDifference difference) => Differences.Contains(difference);

    public Task LetTimePassAsync(TimeSpan span) => Task.CompletedTask;

    public Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId) => host.WaitForCompletionAsync(instanceId);

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        loggers.Dispose();
    }
}
