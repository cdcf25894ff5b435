using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using static Orchestration.Functions.TestKit.Replay.HandBuiltHistory;

namespace Orchestration.Conformance.Tests.Replay;

/// <summary>
/// Where the runtimes record or decide differently on the same history, shown by replaying one hand-built history,
/// as the engine records it, on both: the engine's replayer and the Durable Task SDK's orchestrator runner (Durable
/// Task 1.28.0 over DurableTask.Core 3.11.3). No checked-in golden history has these shapes.
/// </summary>
public sealed class HistoryDifferencesTests
{
    private static readonly WorkflowRetryPolicy TwoAttempts = new(maxNumberOfAttempts: 2, TimeSpan.FromMinutes(1));

    private static readonly WorkflowRegistry Registry = new WorkflowRegistry()
        .AddWorkflow<string, string>("WaitAWeek", async (context, input) =>
        {
            await context.CreateTimer(context.CurrentUtcDateTime.AddDays(7), CancellationToken.None);
            return input;
        })
        .AddWorkflow<string, string>("PostTwice", (context, input) =>
            context.CallActivityAsync<string>("Post", input, WorkflowTaskOptions.FromRetryPolicy(TwoAttempts)))
        .AddActivity<string, string>("Post", (_, input) => Task.FromResult(input))
        .AddWorkflow<object?, string>("DecideWithinAnHour", async (context, _) =>
        {
            try
            {
                return await context.WaitForExternalEvent<string>("Decision", TimeSpan.FromHours(1));
            }
            catch (TaskCanceledException)
            {
                return await context.WaitForExternalEvent<string>("Decision");
            }
        });

    [Fact]
    [ShowsDifference("long-timers-split")]
    public void Replay_TimerLongerThanThreeDays_DurableTaskSplitsItAtItsMaximumTimerInterval()
    {
        WorkflowHistoryDocument engine = Document(
            "WaitAWeek",
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Started("WaitAWeek", "\"x\""),
            Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 0, FireAt = At.AddDays(7) });

        Assert.True(WorkflowReplayer.Replay(Registry, engine).Succeeded);
        Assert.Equal(
            "step #0: Durable Task set a durable timer for 2026-01-08T09:00:00.0000000Z where the history has one for 2026-01-12T09:00:00.0000000Z.",
            DurableHistoryReplayer.Replay(Registry, engine).Divergence);
    }

    [Fact]
    public void Replay_RetriesExhausted_BothFailTheRunAtTheLastFailedAttempt()
    {
        WorkflowHistoryDocument engine = Document(
            "PostTwice",
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Started("PostTwice", "\"x\""),
            Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = 0, Name = "Post", Input = "\"x\"" },
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Event(WorkflowHistoryEventType.TaskFailed) with { TaskId = 0, Name = "Post", Failure = TimedOut },
            Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 1, FireAt = At.AddMinutes(1) },
            Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddMinutes(1)),
            Event(WorkflowHistoryEventType.TimerFired, At.AddMinutes(1)) with { TaskId = 1, FireAt = At.AddMinutes(1) },
            Event(WorkflowHistoryEventType.TaskScheduled, At.AddMinutes(1)) with { TaskId = 2, Name = "Post", Input = "\"x\"" },
            Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddMinutes(1)),
            Event(WorkflowHistoryEventType.TaskFailed, At.AddMinutes(1)) with { TaskId = 2, Name = "Post", Failure = TimedOut },
            Event(WorkflowHistoryEventType.ExecutionCompleted, At.AddMinutes(1)) with
            {
                Status = WorkflowRuntimeStatus.Failed,
                Failure = WorkflowFailureDetails.FromException(new WorkflowTaskFailedException("Post", 2, TimedOut)) with { StackTrace = null },
            });

        Assert.True(WorkflowReplayer.Replay(Registry, engine).Succeeded);

        // DurableTask.Core's own retries wait once more after the last attempt; the adapter's retry handler, on the
        // engine's policy, does not.
        Assert.Null(DurableHistoryReplayer.Replay(Registry, engine).Divergence);
    }

    [Fact]
    public void Replay_DecisionInTheSameBatchAsItsTimeout_GoesToTheNextWaitOnBoth()
    {
        WorkflowHistoryDocument engine = Document(
            "DecideWithinAnHour",
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Started("DecideWithinAnHour", null),
            Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 0, FireAt = At.AddHours(1) },
            Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddHours(1)),
            Event(WorkflowHistoryEventType.TimerFired, At.AddHours(1)) with { TaskId = 0, FireAt = At.AddHours(1) },
            Event(WorkflowHistoryEventType.EventRaised, At.AddHours(1)) with { Name = "Decision", Input = "\"approved at the deadline\"" },
            Completed("\"approved at the deadline\"") with { Timestamp = At.AddHours(1) });

        Assert.True(WorkflowReplayer.Replay(Registry, engine).Succeeded);
        Assert.Null(DurableHistoryReplayer.Replay(Registry, engine).Divergence);
    }
}
