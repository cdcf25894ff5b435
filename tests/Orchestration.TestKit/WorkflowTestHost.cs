using Orchestration.Abstractions;
using Orchestration.Engine;

namespace Orchestration.TestKit;

/// <summary>
/// The embedded engine in-process, on a fresh SQLite file and a manual clock: the shape of durabletask-dotnet's
/// <c>DurableTaskTestHost</c>. <c>await using var host = await WorkflowTestHost.StartAsync(registry => ...)</c>.
/// Every wait is on a signal; <see cref="WorkflowTestHostOptions.HangTimeout"/> only turns a hang into a failure.
/// </summary>
public sealed class WorkflowTestHost : IAsyncDisposable
{
    private readonly WorkflowTestHostOptions options;
    private readonly string directory;
    private Action<WorkflowRegistry> configure;
    private EmbeddedWorkflowEngine? engine;

    private WorkflowTestHost(Action<WorkflowRegistry> configure, WorkflowTestHostOptions options)
    {
        this.configure = configure;
        this.options = options;
        Time = new ManualTimeProvider(options.StartTime);
        directory = Path.Combine(Path.GetTempPath(), "orchestration-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        DatabasePath = Path.Combine(directory, "workflows.db");
    }

    /// <summary>Gets the client of the running engine.</summary>
    public IWorkflowClient Client => Engine.Client;

    /// <summary>Gets the running engine.</summary>
    public EmbeddedWorkflowEngine Engine => engine ?? throw new ObjectDisposedException(nameof(WorkflowTestHost));

    /// <summary>Gets the manual clock the engine runs on.</summary>
    public ManualTimeProvider Time { get; }

    /// <summary>Gets the SQLite file, in a temp folder of its own that disposal deletes.</summary>
    public string DatabasePath { get; }

    /// <summary>Starts a host.</summary>
    /// <param name="configure">Registers the workflows and activities; called again on each restart.</param>
    /// <param name="configureOptions">Changes the host's options.</param>
    /// <returns>The started host.</returns>
    public static async Task<WorkflowTestHost> StartAsync(
        Action<WorkflowRegistry> configure, Action<WorkflowTestHostOptions>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        WorkflowTestHostOptions options = new();
        configureOptions?.Invoke(options);
        WorkflowTestHost host = new(configure, options);
        try
        {
            await host.StartEngineAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits until no episode or activity is in flight and no timer is due.</summary>
    /// <returns>A task that completes when the engine is idle.</returns>
    public Task WaitForIdleAsync() => Guard("become idle", token => Engine.WaitForIdleAsync(token));

    /// <summary>Waits for idle, moves the clock, and waits for idle again: whatever the move made due has run.</summary>
    /// <param name="delta">How far to move the clock.</param>
    /// <returns>A task that completes when the engine is idle at the new time.</returns>
    public async Task AdvanceTimeAsync(TimeSpan delta)
    {
        await WaitForIdleAsync();
        Time.Advance(delta);
        await WaitForIdleAsync();
    }

    /// <summary>Waits until a run has finished.</summary>
    /// <param name="instanceId">The run.</param>
    /// <returns>The final state, with input, output and custom status.</returns>
    public Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId) =>
        Guard($"finish run '{instanceId}'", token => Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, token));

    /// <summary>Reads a run that must exist, with input, output and custom status.</summary>
    /// <param name="instanceId">The run.</param>
    /// <returns>The run's state.</returns>
    public async Task<WorkflowMetadata> GetRequiredInstanceAsync(string instanceId) =>
        await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true)
        ?? throw new InvalidOperationException($"Run '{instanceId}' does not exist.");

    /// <summary>Simulates a process restart: disposes the engine and starts a new one on the same file and clock.</summary>
    /// <param name="reconfigure">The registrations of the new process, when they differ (a deployment); null keeps them.</param>
    /// <param name="downtime">How far the clock moves while no engine runs.</param>
    /// <returns>A task that completes when the new engine has started.</returns>
    public async Task RestartAsync(Action<WorkflowRegistry>? reconfigure = null, TimeSpan downtime = default)
    {
        await StopEngineAsync();
        Time.Advance(downtime);
        configure = reconfigure ?? configure;
        await StartEngineAsync();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await StopEngineAsync();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (a pooled connection on Windows) leaves the temp folder behind; the test stands.
        }
    }

    private async Task StartEngineAsync()
    {
        WorkflowRegistry registry = new();
        configure(registry);
        EmbeddedEngineOptions engineOptions = new()
        {
            DatabasePath = DatabasePath,
            TimeProvider = Time,
            MaxConcurrentActivities = options.MaxConcurrentActivities,
            MaxConcurrentEpisodes = options.MaxConcurrentEpisodes,
            MaxCommitBatch = options.MaxCommitBatch,
            LoggerFactory = options.LoggerFactory,
        };
        engine = await Guard("start", token => EmbeddedWorkflowEngine.StartAsync(registry, engineOptions, token));
    }

    private async Task StopEngineAsync()
    {
        if (engine is { } running)
        {
            engine = null;
            await running.DisposeAsync();
        }
    }

    private async Task Guard(string what, Func<CancellationToken, Task> wait) =>
        await Guard<bool>(what, async token =>
        {
            await wait(token);
            return true;
        });

    private async Task<T> Guard<T>(string what, Func<CancellationToken, Task<T>> wait)
    {
        using CancellationTokenSource hang = new(options.HangTimeout);
        try
        {
            return await wait(hang.Token);
        }
        catch (OperationCanceledException) when (hang.IsCancellationRequested)
        {
            throw new TimeoutException($"The engine did not {what} within {options.HangTimeout.TotalSeconds} s (hang guard).");
        }
    }
}
