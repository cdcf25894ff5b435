using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;

namespace Orchestration.LocalHost.DevServer;

/// <summary>
/// Starts the scheduled workflows on the embedded engine, as the Functions app's timer functions do in Azure: at
/// start-up for each schedule's latest occurrence, whose runs it waits for (so the reference data gates are satisfied
/// right after <c>dotnet run</c>), then at every occurrence. Every start is one run per occurrence
/// (<see cref="ScheduledWorkflow.StartAsync"/>): a restart within an occurrence, or a second server on the same data
/// folder, starts nothing twice.
/// </summary>
/// <param name="client">The engine's client, available once the engine has started.</param>
/// <param name="schedules">The scheduled workflows.</param>
/// <param name="time">The clock the occurrences are read from.</param>
/// <param name="logger">Where starts and failures are reported.</param>
public sealed class WorkflowScheduler(Func<IWorkflowClient> client, ScheduledWorkflows schedules, TimeProvider time, ILogger<WorkflowScheduler> logger)
    : IHostedService, IDisposable
{
    /// <summary>How long start-up waits for its runs before the server starts anyway.</summary>
    public static readonly TimeSpan StartupWait = TimeSpan.FromSeconds(30);

    // Task.Delay takes at most about 49 days; a sparser schedule waits in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    private readonly CancellationTokenSource stopping = new();
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTime> handled = new(StringComparer.OrdinalIgnoreCase);
    private TaskCompletionSource progressed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task loops = Task.CompletedTask;
    private int disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        DateTime now = time.GetUtcNow().UtcDateTime;
        List<(ScheduledWorkflow Scheduled, DateTime Occurrence)> latest = [.. schedules.All.Select(scheduled => (scheduled, scheduled.Cron.LatestAtOrBefore(now)))];
        List<string> runs = [];
        foreach ((ScheduledWorkflow scheduled, DateTime occurrence) in latest)
        {
            runs.AddRange(await StartOnceAsync(scheduled, occurrence, cancellationToken) is { } id ? [id] : []);
        }

        await WaitForStartupRunsAsync(runs, cancellationToken);
        loops = Task.WhenAll(latest.Select(start => RunAsync(start.Scheduled, start.Occurrence, stopping.Token)));
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host disposed before it is stopped (WebApplicationFactory disposing twice) has nothing left to stop.
        if (Volatile.Read(ref disposed) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        try
        {
            await loops.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The loops end by cancellation.
        }
    }

    /// <summary>Waits until an occurrence of a workflow, or a later one, has been started or found started (tests wait on this, never on a clock).</summary>
    /// <param name="workflowName">The scheduled workflow.</param>
    /// <param name="occurrence">The occurrence (UTC).</param>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>A task that completes when the occurrence is handled.</returns>
    public async Task WaitForOccurrenceAsync(string workflowName, DateTime occurrence, CancellationToken cancellation = default)
    {
        while (true)
        {
            Task changed;
            lock (gate)
            {
                if (handled.TryGetValue(workflowName, out DateTime last) && last >= occurrence)
                {
                    return;
                }

                changed = progressed.Task;
            }

            await changed.WaitAsync(cancellation);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            // Disposed without a stop: the loops still end.
            stopping.Cancel();
            stopping.Dispose();
        }
    }

    private async Task RunAsync(ScheduledWorkflow scheduled, DateTime last, CancellationToken cancellation)
    {
        while (true)
        {
            TimeSpan due = scheduled.Cron.NextAfter(last) - time.GetUtcNow().UtcDateTime;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due < LongestWait ? due : LongestWait, time, cancellation);
            }

            // A server that slept through several occurrences owes one run, the latest, as a past-due timer trigger does.
            DateTime occurrence = scheduled.Cron.LatestAtOrBefore(time.GetUtcNow().UtcDateTime);
            if (occurrence > last)
            {
                await StartOnceAsync(scheduled, occurrence, cancellation);
                last = occurrence;
            }
        }
    }

    private async Task<string?> StartOnceAsync(ScheduledWorkflow scheduled, DateTime occurrence, CancellationToken cancellation)
    {
        string workflow = scheduled.Schedule.WorkflowName;
        try
        {
            (string instanceId, bool started) = await scheduled.StartAsync(client(), occurrence, cancellation);
            Logs.ScheduledRun(logger, workflow, occurrence, instanceId, started);
            return instanceId;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // The next occurrence tries again; a failed start must not end the schedule.
            Logs.ScheduledStartFailed(logger, workflow, occurrence, error);
            return null;
        }
        finally
        {
            Handled(workflow, occurrence);
        }
    }

    private async Task WaitForStartupRunsAsync(List<string> runs, CancellationToken cancellation)
    {
        using CancellationTokenSource timeout = new(StartupWait, time);
        using CancellationTokenSource waiting = CancellationTokenSource.CreateLinkedTokenSource(cancellation, timeout.Token);
        foreach (string instanceId in runs)
        {
            try
            {
                WorkflowMetadata run = await client().WaitForInstanceCompletionAsync(instanceId, cancellation: waiting.Token);
                if (run.RuntimeStatus != WorkflowRuntimeStatus.Completed)
                {
                    Logs.StartupRunNotCompleted(logger, instanceId, run.RuntimeStatus.ToString());
                }
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellation.IsCancellationRequested)
            {
                Logs.StartupRunNotCompleted(logger, instanceId, $"still running after {StartupWait.TotalSeconds} s");
                return;
            }
        }
    }

    private void Handled(string workflowName, DateTime occurrence)
    {
        TaskCompletionSource done;
        lock (gate)
        {
            handled[workflowName] = occurrence;
            done = progressed;
            progressed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.SetResult();
    }
}
