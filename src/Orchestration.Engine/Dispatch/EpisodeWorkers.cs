using Microsoft.Extensions.Logging;

namespace Orchestration.Engine.Dispatch;

/// <summary>Takes ready runs off the <see cref="EpisodeQueue"/> and runs their episodes, then starts what they decided.</summary>
internal sealed class EpisodeWorkers(
    EpisodeQueue queue, EpisodeRunner runner, ActivityWorkers activities, TimerScheduler timers, InstanceWatchers watchers, ILogger logger)
{
    private readonly InFlight commits = new();
    private Task[] workers = [];

    public void Start(int concurrency) =>
        workers = [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(RunAsync, CancellationToken.None))];

    public async Task StopAsync()
    {
        queue.Complete();
        await Task.WhenAll(workers);
        await commits.WhenAllAsync();
    }

    private async Task RunAsync()
    {
        await foreach (string instanceId in queue.Reader.ReadAllAsync(CancellationToken.None))
        {
            queue.BeginEpisode(instanceId);

            // The replay runs here, inline; only the wait for its commit leaves the slot.
            commits.Add(RunEpisodeAsync(instanceId));
        }
    }

    private async Task RunEpisodeAsync(string instanceId)
    {
        try
        {
            Apply(instanceId, await runner.RunAsync(instanceId));
        }
        catch (ObjectDisposedException)
        {
            // The engine is stopping; the run's messages stay stored and are processed at the next start.
        }
        catch (Exception failure)
        {
            logger.LogEpisodeFailed(failure, instanceId);
        }
        finally
        {
            queue.EndEpisode(instanceId);
        }
    }

    private void Apply(string instanceId, EpisodeEffects effects)
    {
        foreach (Storage.ActivityWorkItem item in effects.Activities)
        {
            activities.Enqueue(item);
        }

        if (effects.TimersAdded)
        {
            timers.Nudge();
        }

        foreach (string woken in effects.Woken)
        {
            queue.MarkReady(woken);
        }

        if (effects.Changed)
        {
            watchers.Notify(instanceId);
        }
    }
}
