using Orchestration.Abstractions;
using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Sorts a run's inbox into what this episode applies, what it drops (stale generations, duplicates) and what it
/// holds (anything but resume or terminate while the run is suspended).
/// </summary>
internal sealed class InboxPlan
{
    private readonly List<InboxMessage> held = [];

    private InboxPlan()
    {
    }

    public List<long> Consumed { get; } = [];

    public List<ActivityWorkItem> ConsumedActivities { get; } = [];

    /// <summary>Gets in-memory activity results held by a suspension; they go back to wait for the resume.</summary>
    public IReadOnlyList<InboxMessage> HeldResults => [.. held.Where(message => message.CompletedActivity is not null)];

    public List<WorkflowHistoryEvent> Apply { get; } = [];

    public WorkflowHistoryEvent? Termination { get; private set; }

    public static InboxPlan For(EpisodeSnapshot snapshot)
    {
        InboxPlan plan = new();
        InstanceRow instance = snapshot.Instance;
        bool suspended = instance.Status == WorkflowRuntimeStatus.Suspended;
        bool started = snapshot.History.Count > 0;
        foreach (InboxMessage message in snapshot.Inbox)
        {
            if (plan.Termination is not null || (message.Generation is int generation && generation != instance.Generation))
            {
                plan.Consume(message);
                continue;
            }

            plan.Take(message, ref suspended, ref started);
        }

        // ExecutionStarted opens the episode even if an event of the new generation was queued before it.
        int start = plan.Apply.FindIndex(e => e.EventType == WorkflowHistoryEventType.ExecutionStarted);
        if (start > 0)
        {
            WorkflowHistoryEvent first = plan.Apply[start];
            plan.Apply.RemoveAt(start);
            plan.Apply.Insert(0, first);
        }

        return plan;
    }

    private void Consume(InboxMessage message)
    {
        if (message.CompletedActivity is { } activity)
        {
            ConsumedActivities.Add(activity);
        }
        else
        {
            Consumed.Add(message.Seq);
        }
    }

    private void Take(InboxMessage message, ref bool suspended, ref bool started)
    {
        WorkflowHistoryEvent e = message.Event;
        switch (e.EventType)
        {
            case WorkflowHistoryEventType.ExecutionTerminated:
                Consume(message);
                Termination = e;
                return;
            case WorkflowHistoryEventType.ExecutionStarted:
                Consume(message);
                if (!started)
                {
                    started = true;
                    Apply.Add(e);
                }

                return;
            case WorkflowHistoryEventType.ExecutionSuspended or WorkflowHistoryEventType.ExecutionResumed:
                Consume(message);
                bool suspend = e.EventType == WorkflowHistoryEventType.ExecutionSuspended;
                if (suspend != suspended)
                {
                    suspended = suspend;
                    Apply.Add(e);
                }

                if (!suspended)
                {
                    // What arrived during the suspension is delivered right after the resume, in arrival order.
                    InboxMessage[] released = [.. held];
                    held.Clear();
                    foreach (InboxMessage waiting in released)
                    {
                        Take(waiting, ref suspended, ref started);
                    }
                }

                return;
            default:
                if (suspended)
                {
                    held.Add(message);
                    return;
                }

                Consume(message);
                Apply.Add(e);
                return;
        }
    }
}
