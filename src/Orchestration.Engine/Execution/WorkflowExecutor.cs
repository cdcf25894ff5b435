using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Execution;

/// <summary>
/// Runs one episode: replays the recorded history into fresh workflow code on the single-threaded scheduler,
/// applies the new events, and reports what the code decided. Pure: no storage, no clock, no threads.
/// </summary>
internal sealed class WorkflowExecutor(WorkflowRegistry registry, ILoggerFactory loggerFactory)
{
    /// <summary>Executes an episode.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="workflowName">The workflow.</param>
    /// <param name="customStatus">The custom status before this episode.</param>
    /// <param name="past">History already recorded (replayed with IsReplaying true).</param>
    /// <param name="fresh">New events, starting with an <see cref="WorkflowHistoryEventType.OrchestratorStarted"/>.</param>
    /// <returns>The outcome.</returns>
    public EpisodeOutcome Execute(
        string instanceId,
        string workflowName,
        string? customStatus,
        IReadOnlyList<WorkflowHistoryEvent> past,
        IReadOnlyList<WorkflowHistoryEvent> fresh)
    {
        SynchronizationContext? previous = SynchronizationContext.Current;
        WorkflowSynchronizationContext scheduler = new();
        SynchronizationContext.SetSynchronizationContext(scheduler);
        try
        {
            Episode episode = new(registry, loggerFactory, instanceId, workflowName, customStatus, scheduler);
            return episode.Run(past, fresh);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private sealed class Episode(
        WorkflowRegistry registry, ILoggerFactory loggerFactory, string instanceId, string workflowName, string? customStatus, WorkflowSynchronizationContext scheduler)
    {
        private EngineWorkflowContext? context;
        private Task<object?>? run;
        private WorkflowFailureDetails? startFailure;
        private bool episodeSeen;
        private bool suspended;

        public EpisodeOutcome Run(IReadOnlyList<WorkflowHistoryEvent> past, IReadOnlyList<WorkflowHistoryEvent> fresh)
        {
            List<WorkflowHistoryEvent> appended = [.. fresh];
            try
            {
                foreach (WorkflowHistoryEvent recorded in past)
                {
                    Apply(recorded, replaying: true);
                }

                foreach (WorkflowHistoryEvent recorded in fresh)
                {
                    Apply(recorded, replaying: false);
                }

                if (fresh.Count == 0)
                {
                    context?.EnsureAllConfirmed();
                }
            }
            catch (NonDeterministicWorkflowException divergence)
            {
                return Fail(appended, past.Count, WorkflowFailureDetails.FromException(divergence)) with { NonDeterminism = divergence };
            }

            return Decide(appended, past.Count);
        }

        private (DateTime Timestamp, bool Replaying) pendingTimestamp;

        private EngineWorkflowContext Context => context
            ?? throw new NonDeterministicWorkflowException(-1, "a step before the run started", "had not started");

        private void Apply(WorkflowHistoryEvent recorded, bool replaying)
        {
            switch (recorded.EventType)
            {
                case WorkflowHistoryEventType.OrchestratorStarted:
                    if (episodeSeen)
                    {
                        context?.EnsureAllConfirmed();
                    }

                    episodeSeen = true;
                    context?.BeginEpisode(recorded.Timestamp, replaying);
                    pendingTimestamp = (recorded.Timestamp, replaying);
                    break;
                case WorkflowHistoryEventType.ExecutionStarted:
                    Start(recorded);
                    break;
                case WorkflowHistoryEventType.TaskScheduled or WorkflowHistoryEventType.TimerCreated
                    or WorkflowHistoryEventType.SubOrchestrationInstanceCreated:
                    Context.ConfirmScheduled(recorded);
                    break;
                case WorkflowHistoryEventType.TaskCompleted or WorkflowHistoryEventType.TaskFailed or WorkflowHistoryEventType.TimerFired
                    or WorkflowHistoryEventType.SubOrchestrationInstanceCompleted or WorkflowHistoryEventType.SubOrchestrationInstanceFailed:
                    context?.CompleteTask(recorded);
                    break;
                case WorkflowHistoryEventType.EventRaised:
                    context?.DeliverEvent(recorded.Name ?? string.Empty, recorded.Input);
                    break;
                case WorkflowHistoryEventType.ExecutionSuspended:
                    suspended = true;
                    break;
                case WorkflowHistoryEventType.ExecutionResumed:
                    suspended = false;
                    break;
                default:
                    break;
            }

            scheduler.RunPending();
        }

        private void Start(WorkflowHistoryEvent started)
        {
            if (context is not null)
            {
                return;
            }

            context = new EngineWorkflowContext(workflowName, instanceId, started.Input, loggerFactory);
            context.BeginEpisode(pendingTimestamp.Timestamp, pendingTimestamp.Replaying);
            context.RestoreCustomStatus(customStatus);
            IWorkflow workflow;
            object? input;
            try
            {
                (workflow, input) = WorkflowInputReader.ResolveRecorded(registry, workflowName, started.Input);
            }
            catch (WorkflowException refused)
            {
                startFailure = WorkflowFailureDetails.FromException(refused);
                return;
            }

            try
            {
                run = workflow.RunAsync(context, input);
            }
            catch (Exception thrown)
            {
                // A workflow whose RunAsync is not async throws here instead of faulting its task.
                run = Task.FromException<object?>(thrown);
            }
        }

        private EpisodeOutcome Decide(List<WorkflowHistoryEvent> appended, int pastCount)
        {
            if (startFailure is not null)
            {
                return Fail(appended, pastCount, startFailure);
            }

            if (run is null || context is null)
            {
                return Fail(appended, pastCount, new WorkflowFailureDetails(
                    typeof(InvalidOperationException).FullName!, "The history has no ExecutionStarted event."));
            }

            context.TakeNewActions();
            AppendScheduled(appended, pastCount);
            if (run.IsCompletedSuccessfully && context.ContinuedAsNew is { } next)
            {
                appended.Add(new WorkflowHistoryEvent(pastCount + appended.Count, WorkflowHistoryEventType.ContinuedAsNew, context.CurrentUtcDateTime)
                {
                    Input = next.Input,
                });
                return Outcome(appended, WorkflowRuntimeStatus.Running) with
                {
                    ContinueAsNew = next,
                    CarriedEvents = next.PreserveUnprocessedEvents ? context.UnconsumedEvents() : [],
                };
            }

            if (run.IsCompletedSuccessfully)
            {
                string? output = WorkflowJson.Serialize(run.Result);
                appended.Add(Completed(pastCount + appended.Count, WorkflowRuntimeStatus.Completed) with { Result = output });
                return Outcome(appended, WorkflowRuntimeStatus.Completed) with { Output = output };
            }

            if (run.IsFaulted || run.IsCanceled)
            {
                Exception cause = run.Exception?.InnerException ?? new TaskCanceledException("The workflow was cancelled.");
                return Fail(appended, pastCount, WorkflowFailureDetails.FromException(cause));
            }

            if (scheduler.ForeignPostSeen || (!context.HasOpenWaits && context.NewActions.Count == 0))
            {
                return Fail(appended, pastCount, new WorkflowFailureDetails(
                    typeof(InvalidOperationException).FullName!,
                    "Workflow code awaited something that is not durable (Task.Delay, I/O, Task.Run or ConfigureAwait(false)); "
                    + "await only IWorkflowContext operations."));
            }

            return Outcome(appended, suspended ? WorkflowRuntimeStatus.Suspended : WorkflowRuntimeStatus.Running);
        }

        private void AppendScheduled(List<WorkflowHistoryEvent> appended, int pastCount)
        {
            foreach (PendingAction action in context!.NewActions)
            {
                appended.Add(action.ToHistoryEvent(pastCount + appended.Count, context.CurrentUtcDateTime));
            }
        }

        private EpisodeOutcome Fail(List<WorkflowHistoryEvent> appended, int pastCount, WorkflowFailureDetails failure)
        {
            appended.Add(Completed(pastCount + appended.Count, WorkflowRuntimeStatus.Failed) with { Failure = failure });
            return Outcome(appended, WorkflowRuntimeStatus.Failed) with { Failure = failure };
        }

        private WorkflowHistoryEvent Completed(int eventId, WorkflowRuntimeStatus status) =>
            new(eventId, WorkflowHistoryEventType.ExecutionCompleted, context?.CurrentUtcDateTime ?? pendingTimestamp.Timestamp)
            {
                Status = status,
            };

        private EpisodeOutcome Outcome(List<WorkflowHistoryEvent> appended, WorkflowRuntimeStatus status) => new()
        {
            AppendedEvents = appended,

            // A failed run starts no more work; what it scheduled stays in history as evidence.
            NewActions = status == WorkflowRuntimeStatus.Failed ? [] : context?.NewActions ?? [],
            Status = status,
            CustomStatus = context?.CustomStatus ?? customStatus,
        };
    }
}
