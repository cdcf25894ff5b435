using Orchestration.Abstractions;
using Orchestration.Engine;

namespace Orchestration.LocalHost.DevServer;

/// <summary>Runs the embedded engine for the life of the host; its client is the API's <see cref="IWorkflowClient"/>.</summary>
public sealed class EmbeddedEngineService(WorkflowRegistry registry, DevServerOptions options, TimeProvider time, ILoggerFactory logging)
    : IHostedService, IAsyncDisposable
{
    private EmbeddedWorkflowEngine? engine;

    /// <summary>Gets the engine's client; available once the host has started.</summary>
    public IWorkflowClient Client => engine?.Client ?? throw new InvalidOperationException("The engine has not started yet.");

    /// <summary>Waits until no episode, activity or due timer is left to run (tests wait on this, never on a clock).</summary>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>A task that completes when the engine is idle.</returns>
    public Task WaitForIdleAsync(CancellationToken cancellation = default) =>
        (engine ?? throw new InvalidOperationException("The engine has not started yet.")).WaitForIdleAsync(cancellation);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.DataDirectory);
        EmbeddedEngineOptions engineOptions = new()
        {
            DatabasePath = Path.Combine(options.DataDirectory, "engine.db"),
            TimeProvider = time,
            LoggerFactory = logging,
        };
        engine = await EmbeddedWorkflowEngine.StartAsync(registry, engineOptions, cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (engine is { } running)
        {
            engine = null;
            await running.DisposeAsync();
        }
    }
}
