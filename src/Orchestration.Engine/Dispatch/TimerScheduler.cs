using Microsoft.Extensions.Logging;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Fires durable timers. Holds no timer in memory: it asks the file for the earliest one and sleeps on the
/// engine's <see cref="TimeProvider"/> until then, or until a new timer is committed.
/// </summary>
internal sealed class TimerScheduler(EngineStore store, EpisodeQueue episodes, IdleTracker idle, TimeProvider time, ILogger logger)
    : IDisposable
{
    private const int BatchSize = 256;

    // Task.Delay cannot wait much past 49 days; waking hourly to look again costs nothing.
    private static readonly TimeSpan LongestSleep = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim pass = new(1, 1);
    private readonly Lock gate = new();
    private TaskCompletionSource wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task loop = Task.CompletedTask;

    public void Start(CancellationToken stopping) => loop = Task.Run(() => RunAsync(stopping), CancellationToken.None);

    public Task StopAsync() => loop;

    public void Dispose() => pass.Dispose();

    public void Nudge()
    {
        lock (gate)
        {
            wake.TrySetResult();
        }
    }

    public bool AnyDue() => store.DueTimers(time.GetUtcNow().UtcDateTime, 1).Count > 0;

    /// <summary>Fires every timer due now and wakes their runs.</summary>
    public async Task FireDueAsync(CancellationToken cancellation)
    {
        await pass.WaitAsync(cancellation);
        idle.Enter();
        try
        {
            while (true)
            {
                DateTime now = time.GetUtcNow().UtcDateTime;
                IReadOnlyList<DueTimer> due = store.DueTimers(now, BatchSize);
                if (due.Count == 0)
                {
                    return;
                }

                IReadOnlyList<string> woken = await store.Commits.ExecuteAsync(writer => EngineStore.FireTimers(writer, due, now));
                foreach (string instanceId in woken)
                {
                    episodes.MarkReady(instanceId);
                }
            }
        }
        finally
        {
            idle.Exit();
            pass.Release();
        }
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            Task woken = ResetWake();
            try
            {
                await FireDueAsync(stopping);
                await SleepAsync(woken, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (ObjectDisposedException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception failure)
            {
                logger.LogTimerPassFailed(failure);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stopping);
            }
        }
    }

    private async Task SleepAsync(Task woken, CancellationToken stopping)
    {
        DateTime? next = store.NextTimerDue();
        if (next is null)
        {
            await woken.WaitAsync(stopping);
            return;
        }

        TimeSpan delay = next.Value - time.GetUtcNow().UtcDateTime;
        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using CancellationTokenSource sleeping = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        Task delayed = Task.Delay(delay < LongestSleep ? delay : LongestSleep, time, sleeping.Token);
        await Task.WhenAny(woken, delayed).WaitAsync(stopping);
        await sleeping.CancelAsync();
    }

    private Task ResetWake()
    {
        lock (gate)
        {
            if (wake.Task.IsCompleted)
            {
                wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            return wake.Task;
        }
    }
}
