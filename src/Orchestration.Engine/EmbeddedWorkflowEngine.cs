using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Engine.Client;
using Orchestration.Engine.Dispatch;
using Orchestration.Engine.Execution;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine;

/// <summary>
/// The embedded durable engine: runs workflows from a <see cref="WorkflowRegistry"/> with their state in one SQLite
/// file. On start it resumes everything earlier processes left: queued messages, activities, timers.
/// </summary>
public sealed class EmbeddedWorkflowEngine : IAsyncDisposable
{
    private readonly EngineStore store;
    private readonly EpisodeQueue episodes;
    private readonly EpisodeWorkers episodeWorkers;
    private readonly ActivityWorkers activityWorkers;
    private readonly TimerScheduler timers;
    private readonly IdleTracker idle = new();
    private readonly CancellationTokenSource stopping = new();
    private int disposed;

    private EmbeddedWorkflowEngine(WorkflowRegistry registry, EmbeddedEngineOptions options)
    {
        ILogger logger = options.LoggerFactory.CreateLogger("Orchestration.Engine");
        store = EngineStore.Open(options.DatabasePath, options.MaxCommitBatch);
        episodes = new EpisodeQueue(idle);
        InstanceWatchers watchers = new();
        ActivityResults results = new();
        activityWorkers = new ActivityWorkers(registry, results, episodes, idle, options.TimeProvider, logger);
        timers = new TimerScheduler(store, episodes, idle, options.TimeProvider, logger);
        EpisodeRunner runner = new(store, results, new WorkflowExecutor(registry, options.LoggerFactory), registry, options.TimeProvider);
        episodeWorkers = new EpisodeWorkers(episodes, runner, activityWorkers, timers, watchers, logger);
        Client = new EmbeddedWorkflowClient(store, registry, episodes, watchers, options.TimeProvider);
    }

    /// <summary>Gets the client for starting and managing runs.</summary>
    public IWorkflowClient Client { get; }

    /// <summary>Opens (or creates) the file and starts the workers, resuming every run that has work pending.</summary>
    /// <param name="registry">The workflows and activities this process can run.</param>
    /// <param name="options">The file, concurrency and clock.</param>
    /// <param name="cancellation">Cancels the start.</param>
    /// <returns>The running engine.</returns>
    public static Task<EmbeddedWorkflowEngine> StartAsync(
        WorkflowRegistry registry, EmbeddedEngineOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        cancellation.ThrowIfCancellationRequested();
        EmbeddedWorkflowEngine engine = new(registry, options);
        engine.Resume(options);
        return Task.FromResult(engine);
    }

    /// <summary>Waits until no episode or activity is in flight and no durable timer is due at the clock's current time.</summary>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>A task that completes when the engine is idle.</returns>
    public async Task WaitForIdleAsync(CancellationToken cancellation = default)
    {
        while (true)
        {
            await idle.WhenIdle().WaitAsync(cancellation);
            if (!timers.AnyDue())
            {
                return;
            }

            await timers.FireDueAsync(cancellation);
        }
    }

    /// <summary>Stops the workers. Work in flight stays stored and resumes at the next start.</summary>
    /// <returns>A task that completes when everything has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        await timers.StopAsync();
        await activityWorkers.StopAsync();
        await episodeWorkers.StopAsync();
        store.Dispose();
        timers.Dispose();
        stopping.Dispose();
    }

    private void Resume(EmbeddedEngineOptions options)
    {
        activityWorkers.Start(options.MaxConcurrentActivities, stopping.Token);
        episodeWorkers.Start(options.MaxConcurrentEpisodes);
        timers.Start(stopping.Token);
        IReadOnlyList<string> runs = store.InstancesWithInbox();
        foreach (string instanceId in runs)
        {
            episodes.MarkReady(instanceId);
        }

        IReadOnlyList<ActivityWorkItem> pending = store.PendingActivities();
        foreach (ActivityWorkItem item in pending)
        {
            activityWorkers.Enqueue(item);
        }

        options.LoggerFactory.CreateLogger("Orchestration.Engine").LogEngineStarted(options.DatabasePath, runs.Count, pending.Count);
    }
}
