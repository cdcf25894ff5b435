using Orchestration.Abstractions;
using Orchestration.Engine.Execution;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// One episode of one run: read its history and inbox, replay, decide, and commit all of it in one savepoint of the
/// group commit. The effects (activities, timers, woken runs) are returned for the caller to start after the commit.
/// </summary>
internal sealed class EpisodeRunner(
    EngineStore store, ActivityResults results, WorkflowExecutor executor, WorkflowRegistry registry, TimeProvider time)
{
    // Enough for every run in flight at a high concurrency; a run not in it is read from the file, as after a restart.
    private readonly HistoryCache histories = new(capacity: 1024);

    public async Task<EpisodeEffects> RunAsync(string instanceId)
    {
        IReadOnlyList<InboxMessage> handedOver = results.Take(instanceId);
        try
        {
            return await RunAsync(instanceId, handedOver);
        }
        catch
        {
            // Not applied: keep the results for the next episode instead of running the activities again.
            results.Return(instanceId, handedOver);
            throw;
        }
    }

    private async Task<EpisodeEffects> RunAsync(string instanceId, IReadOnlyList<InboxMessage> handedOver)
    {
        EpisodeSnapshot? stored = store.LoadEpisode(instanceId, histories);
        if (stored is null || (stored.Inbox.Count == 0 && handedOver.Count == 0))
        {
            return EpisodeEffects.None;
        }

        EpisodeSnapshot snapshot = stored with { Inbox = [.. stored.Inbox, .. handedOver] };
        DateTime now = time.GetUtcNow().UtcDateTime;
        InstanceRow instance = snapshot.Instance;
        InboxPlan plan = InboxPlan.For(snapshot);
        EpisodeCommit commit = instance.Status.IsTerminal()
            ? new EpisodeCommit(instanceId, instance.Generation, now) { ConsumedMessages = [.. stored.Inbox.Select(m => m.Seq)] }
            : plan.Termination is { } termination
                ? Terminate(snapshot, plan, termination, now)
                : plan.Apply.Count == 0
                    ? new EpisodeCommit(instanceId, instance.Generation, now) { ConsumedMessages = plan.Consumed, CompletedActivities = plan.ConsumedActivities }
                    : Execute(snapshot, plan, now);
        if (commit.ConsumedMessages.Count == 0 && commit.CompletedActivities.Count == 0 && commit.AppendedEvents.Count == 0)
        {
            results.Return(instanceId, plan.HeldResults);
            return EpisodeEffects.None;
        }

        IReadOnlyList<string> woken;
        try
        {
            woken = await store.Commits.ExecuteAsync(writer => EngineStore.CommitEpisode(writer, commit));
        }
        catch
        {
            histories.Forget(instanceId);
            throw;
        }

        // Only after the commit: had it failed, the caller puts back every handed-over result, these included.
        results.Return(instanceId, plan.HeldResults);
        Remember(snapshot, commit);
        return new EpisodeEffects(commit.Activities, commit.Timers.Count > 0, woken, commit.Status is not null);
    }

    private void Remember(EpisodeSnapshot snapshot, EpisodeCommit commit)
    {
        string instanceId = snapshot.Instance.InstanceId;
        if (commit.ContinueAsNew is not null || commit.Status is { } status && status.IsTerminal())
        {
            histories.Forget(instanceId);
        }
        else if (commit.AppendedEvents.Count > 0)
        {
            histories.Store(instanceId, snapshot.Instance.Generation, [.. snapshot.History, .. commit.AppendedEvents]);
        }
    }

    private EpisodeCommit Execute(EpisodeSnapshot snapshot, InboxPlan plan, DateTime now)
    {
        InstanceRow instance = snapshot.Instance;
        List<WorkflowHistoryEvent> fresh = Number(snapshot.History.Count, now, plan.Apply);
        EpisodeOutcome outcome = executor.Execute(instance.InstanceId, instance.Name, instance.CustomStatus, snapshot.History, fresh);
        List<ChildStart> children = [];
        List<OutgoingMessage> messages = [];
        foreach (PendingAction child in outcome.NewActions.Where(action => action.Kind == ActionKind.SubWorkflow))
        {
            AddChild(instance, child, now, children, messages);
        }

        if (outcome.Status.IsTerminal() && ToParent(instance, outcome.Status, outcome.Output, outcome.Failure, now) is { } parentMessage)
        {
            messages.Add(parentMessage);
        }

        return new EpisodeCommit(instance.InstanceId, instance.Generation, now)
        {
            ConsumedMessages = plan.Consumed,
            CompletedActivities = plan.ConsumedActivities,
            AppendedEvents = outcome.AppendedEvents,
            Status = outcome.Status,
            Output = outcome.Output,
            Failure = outcome.Failure,
            CustomStatus = outcome.CustomStatus,
            Activities = [.. outcome.NewActions.Where(a => a.Kind == ActionKind.Activity)
                .Select(a => new ActivityWorkItem(instance.InstanceId, instance.Generation, a.TaskId, a.Name, a.Input))],
            Timers = outcome.Finished ? [] : [.. outcome.NewActions.Where(a => a.Kind == ActionKind.Timer)
                .Select(a => new DueTimer(instance.InstanceId, instance.Generation, a.TaskId, a.FireAt))],
            Children = children,
            Messages = messages,
            ContinueAsNew = outcome.ContinueAsNew is { } next
                ? new ContinuedGeneration(instance.Name, next.Input, [.. outcome.CarriedEvents.Select(e => Raised(e.Name, e.Payload, now))])
                : null,
        };
    }

    private static EpisodeCommit Terminate(EpisodeSnapshot snapshot, InboxPlan plan, WorkflowHistoryEvent termination, DateTime now)
    {
        InstanceRow instance = snapshot.Instance;
        List<WorkflowHistoryEvent> appended = Number(snapshot.History.Count, now, [.. plan.Apply, termination]);
        string? output = WorkflowJson.Serialize(termination.Reason);
        WorkflowFailureDetails asChildFailure = new("WorkflowTerminated", $"Workflow run '{instance.InstanceId}' was terminated: {termination.Reason}");
        OutgoingMessage? toParent = ToParent(instance, WorkflowRuntimeStatus.Terminated, output, asChildFailure, now);
        return new EpisodeCommit(instance.InstanceId, instance.Generation, now)
        {
            ConsumedMessages = [.. snapshot.Inbox.Where(m => m.CompletedActivity is null).Select(m => m.Seq)],
            AppendedEvents = appended,
            Status = WorkflowRuntimeStatus.Terminated,
            Output = output,
            CustomStatus = instance.CustomStatus,
            Messages = toParent is null ? [] : [toParent],
        };
    }

    private void AddChild(InstanceRow parent, PendingAction child, DateTime now, List<ChildStart> children, List<OutgoingMessage> messages)
    {
        try
        {
            _ = WorkflowInputReader.Resolve(registry, child.Name, child.Input);
            children.Add(new ChildStart(child.ChildInstanceId!, child.Name, child.Input, child.TaskId));
        }
        catch (WorkflowException refused)
        {
            messages.Add(new OutgoingMessage(parent.InstanceId, parent.Generation, new WorkflowHistoryEvent(0, WorkflowHistoryEventType.SubOrchestrationInstanceFailed, now)
            {
                TaskId = child.TaskId,
                Failure = WorkflowFailureDetails.FromException(refused),
            }));
        }
    }

    private static OutgoingMessage? ToParent(
        InstanceRow child, WorkflowRuntimeStatus status, string? output, WorkflowFailureDetails? failure, DateTime now)
    {
        if (child.ParentInstanceId is null)
        {
            return null;
        }

        bool completed = status == WorkflowRuntimeStatus.Completed;
        WorkflowHistoryEvent message = new(0, completed ? WorkflowHistoryEventType.SubOrchestrationInstanceCompleted : WorkflowHistoryEventType.SubOrchestrationInstanceFailed, now)
        {
            TaskId = child.ParentTaskId,
            InstanceId = child.InstanceId,
            Result = completed ? output : null,
            Failure = completed ? null : failure,
        };
        return new OutgoingMessage(child.ParentInstanceId, child.ParentGeneration, message);
    }

    private static List<WorkflowHistoryEvent> Number(int firstId, DateTime now, IEnumerable<WorkflowHistoryEvent> events)
    {
        List<WorkflowHistoryEvent> numbered = [new WorkflowHistoryEvent(firstId, WorkflowHistoryEventType.OrchestratorStarted, now)];
        foreach (WorkflowHistoryEvent e in events)
        {
            numbered.Add(e with { EventId = firstId + numbered.Count });
        }

        return numbered;
    }

    private static WorkflowHistoryEvent Raised(string name, string? payload, DateTime now) =>
        new(0, WorkflowHistoryEventType.EventRaised, now) { Name = name, Input = payload };
}
