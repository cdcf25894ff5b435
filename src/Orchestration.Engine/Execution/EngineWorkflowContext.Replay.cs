using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>The replay side of the context: history events complete what the code awaits, in history order.</summary>
internal sealed partial class EngineWorkflowContext
{
    private readonly SortedDictionary<int, PendingAction> unconfirmed = [];
    private readonly Dictionary<int, Action<WorkflowHistoryEvent?>> openTasks = [];
    private readonly Dictionary<string, LinkedList<Action<string?>>> eventWaiters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<string?>> bufferedEvents = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PendingAction> newActions = [];
    private readonly List<string> bufferedOrder = [];

    public string? CustomStatus { get; private set; }

    public bool CustomStatusChanged { get; private set; }

    public ContinueAsNewRequest? ContinuedAsNew { get; private set; }

    /// <summary>Gets the actions scheduled after the last history event: the episode's new work.</summary>
    public IReadOnlyList<PendingAction> NewActions => newActions;

    /// <summary>Gets a value indicating whether anything durable could still resume the code.</summary>
    public bool HasOpenWaits => openTasks.Count > 0 || eventWaiters.Values.Any(waiters => waiters.Count > 0);

    public void BeginEpisode(DateTime timestamp, bool replaying)
    {
        CurrentUtcDateTime = timestamp;
        IsReplaying = replaying;
    }

    public void RestoreCustomStatus(string? customStatus) => CustomStatus = customStatus;

    /// <summary>History recorded that a step was scheduled: the code must have scheduled the same thing.</summary>
    public void ConfirmScheduled(WorkflowHistoryEvent recorded)
    {
        int taskId = recorded.TaskId ?? -1;
        string expected = DescribeRecorded(recorded);
        if (!unconfirmed.Remove(taskId, out PendingAction? action))
        {
            throw new NonDeterministicWorkflowException(taskId, expected, "scheduled nothing at that step");
        }

        bool sameKind = PendingAction.ScheduledEventType(action.Kind) == recorded.EventType;
        bool sameName = action.Kind == ActionKind.Timer || string.Equals(action.Name, recorded.Name, StringComparison.OrdinalIgnoreCase);
        if (!sameKind || !sameName)
        {
            throw new NonDeterministicWorkflowException(taskId, expected, $"scheduled {action.Describe()}");
        }
    }

    /// <summary>An episode boundary in history: everything the code scheduled before it must have been recorded.</summary>
    public void EnsureAllConfirmed()
    {
        if (unconfirmed.Count > 0)
        {
            PendingAction first = unconfirmed.Values.First();
            throw new NonDeterministicWorkflowException(first.TaskId, "no such step", $"scheduled {first.Describe()}");
        }
    }

    /// <summary>Moves the actions scheduled since the last history event to the episode's new work.</summary>
    public void TakeNewActions()
    {
        newActions.AddRange(unconfirmed.Values);
        unconfirmed.Clear();
    }

    public void CompleteTask(WorkflowHistoryEvent completion)
    {
        if (completion.TaskId is int taskId && openTasks.Remove(taskId, out Action<WorkflowHistoryEvent?>? complete))
        {
            complete(completion);
        }
    }

    public void DeliverEvent(string name, string? payload)
    {
        // The newest wait takes the event, as in Durable Task (durabletask-dotnet #509), so that a run decides the same
        // on both runtimes, and a wait abandoned in a WhenAny loop never takes the event meant for its successor.
        if (eventWaiters.TryGetValue(name, out LinkedList<Action<string?>>? waiters) && waiters.Last is { } newest)
        {
            waiters.RemoveLast();
            newest.Value(payload);
            return;
        }

        if (!bufferedEvents.TryGetValue(name, out Queue<string?>? queue))
        {
            bufferedEvents[name] = queue = new Queue<string?>();
        }

        queue.Enqueue(payload);
        bufferedOrder.Add(name);
    }

    /// <summary>Events that arrived and no wait consumed, in arrival order: carried over by continue-as-new.</summary>
    public IReadOnlyList<(string Name, string? Payload)> UnconsumedEvents()
    {
        Dictionary<string, Queue<string?>> copy = bufferedEvents.ToDictionary(
            pair => pair.Key, pair => new Queue<string?>(pair.Value), StringComparer.OrdinalIgnoreCase);
        List<(string, string?)> events = [];
        foreach (string name in bufferedOrder)
        {
            if (copy.TryGetValue(name, out Queue<string?>? queue) && queue.TryDequeue(out string? payload))
            {
                events.Add((name, payload));
            }
        }

        return events;
    }

    private Task<TResult> Schedule<TResult>(PendingAction action)
    {
        nextTaskId++;
        unconfirmed[action.TaskId] = action;
        TaskCompletionSource<TResult> completion = new();
        openTasks[action.TaskId] = recorded => Complete(completion, action, recorded);
        return completion.Task;
    }

    private static void Complete<TResult>(TaskCompletionSource<TResult> completion, PendingAction action, WorkflowHistoryEvent? recorded)
    {
        switch (recorded?.EventType)
        {
            case null:
                completion.TrySetCanceled();
                break;
            case WorkflowHistoryEventType.TaskFailed or WorkflowHistoryEventType.SubOrchestrationInstanceFailed:
                WorkflowFailureDetails failure = recorded!.Failure ?? new WorkflowFailureDetails(typeof(Exception).FullName!, "Unknown failure.");
                completion.SetException(new WorkflowTaskFailedException(action.Name, action.TaskId, failure));
                break;
            case WorkflowHistoryEventType.TimerFired:
                completion.SetResult(default!);
                break;
            default:
                SetDeserialized(completion, recorded!.Result);
                break;
        }
    }

    private Task<T> WaitForEvent<T>(string name, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<T>(cancellationToken);
        }

        if (bufferedEvents.TryGetValue(name, out Queue<string?>? queue) && queue.TryDequeue(out string? payload))
        {
            bufferedOrder.Remove(name);
            TaskCompletionSource<T> ready = new();
            SetDeserialized(ready, payload);
            return ready.Task;
        }

        TaskCompletionSource<T> completion = new();
        if (!eventWaiters.TryGetValue(name, out LinkedList<Action<string?>>? waiters))
        {
            eventWaiters[name] = waiters = new LinkedList<Action<string?>>();
        }

        LinkedListNode<Action<string?>> node = waiters.AddLast(json => SetDeserialized(completion, json));
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    waiters.Remove(node);
                }

                completion.TrySetCanceled(cancellationToken);
            });
        }

        return completion.Task;
    }

    private void CancelOpenTask(int taskId)
    {
        // The timer stays in history (it was scheduled); its firing is simply no longer awaited.
        if (openTasks.Remove(taskId, out Action<WorkflowHistoryEvent?>? complete))
        {
            complete(null);
        }
    }

    private static void SetDeserialized<T>(TaskCompletionSource<T> completion, string? json)
    {
        try
        {
            completion.SetResult(WorkflowJson.Deserialize<T>(json)!);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or NotSupportedException or InvalidOperationException)
        {
            completion.SetException(exception);
        }
    }

    private static string DescribeRecorded(WorkflowHistoryEvent recorded) => recorded.EventType switch
    {
        WorkflowHistoryEventType.TaskScheduled => $"activity '{recorded.Name}'",
        WorkflowHistoryEventType.TimerCreated => "a durable timer",
        _ => $"sub-workflow '{recorded.Name}'",
    };
}

/// <summary>The code asked to continue as new with this input.</summary>
internal sealed record ContinueAsNewRequest(string? Input, bool PreserveUnprocessedEvents);
