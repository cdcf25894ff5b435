using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Runs activities with bounded concurrency. The result is recorded in the same transaction that deletes the work
/// item, so a completed activity never runs again; one whose result was not yet committed when the process died
/// runs again on restart.
/// </summary>
internal sealed class ActivityWorkers(
    WorkflowRegistry registry, ActivityResults results, EpisodeQueue episodes, IdleTracker idle, TimeProvider time, ILogger logger)
{
    private readonly Channel<ActivityWorkItem> work = Channel.CreateUnbounded<ActivityWorkItem>();
    private Task[] workers = [];

    public void Start(int concurrency, CancellationToken stopping) =>
        workers = [.. Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => RunAsync(stopping), CancellationToken.None))];

    public void Enqueue(ActivityWorkItem item)
    {
        idle.Enter();
        if (!work.Writer.TryWrite(item))
        {
            idle.Exit();
        }
    }

    public async Task StopAsync()
    {
        work.Writer.TryComplete();
        await Task.WhenAll(workers);
    }

    private async Task RunAsync(CancellationToken stopping)
    {
        await foreach (ActivityWorkItem item in work.Reader.ReadAllAsync(CancellationToken.None))
        {
            try
            {
                if (!stopping.IsCancellationRequested && await ExecuteAsync(item, stopping) is { } result)
                {
                    // Recorded by the run's next episode, in the commit that also deletes the work item.
                    results.Add(item, result);
                    episodes.MarkReady(item.InstanceId);
                }
            }
            finally
            {
                idle.Exit();
            }
        }
    }

    private async Task<WorkflowHistoryEvent?> ExecuteAsync(ActivityWorkItem item, CancellationToken stopping)
    {
        try
        {
            if (!registry.TryCreateActivity(item.Name, out IWorkflowActivity? activity))
            {
                throw new InvalidOperationException($"No activity named '{item.Name}' is registered.");
            }

            object? input = ReadInput(item, activity!.InputType);
            object? output = await registry.DispatchActivityAsync(activity, new WorkflowActivityContext(item.Name, item.InstanceId, stopping), input);
            return Recorded(WorkflowHistoryEventType.TaskCompleted, item) with { Result = WorkflowJson.Serialize(output) };
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception failure)
        {
            logger.LogActivityFailed(failure, item.Name, item.InstanceId, item.TaskId);
            return Recorded(WorkflowHistoryEventType.TaskFailed, item) with { Failure = WorkflowFailureDetails.FromException(failure) };
        }
    }

    private static object? ReadInput(ActivityWorkItem item, Type inputType)
    {
        try
        {
            return WorkflowJson.Deserialize(item.Input, inputType);
        }
        catch (JsonException invalid)
        {
            throw new InvalidOperationException($"The input of activity '{item.Name}' could not be read as {inputType.Name}.", invalid);
        }
    }

    private WorkflowHistoryEvent Recorded(WorkflowHistoryEventType type, ActivityWorkItem item) =>
        new(0, type, time.GetUtcNow().UtcDateTime) { TaskId = item.TaskId, Name = item.Name };
}
