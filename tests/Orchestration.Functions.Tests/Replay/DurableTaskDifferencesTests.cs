using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using static Orchestration.Functions.Tests.Replay.HandBuiltHistory;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>
/// Where Durable Task (SDK 1.28.0 over DurableTask.Core 3.11.3) records a run differently from the engine, found by
/// replaying engine histories: no checked-in history has these shapes. Each fact fails once either runtime changes.
/// </summary>
public sealed class DurableTaskDifferencesTests
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
        .AddActivity<string, string>("Post", (_, input) => Task.FromResult(input));

    [Fact]
    public void Replay_TimerLongerThanThreeDays_DurableTaskSplitsItAtItsMaximumTimerInterval()
    {
        WorkflowHistoryDocument engine = Document(
            "WaitAWeek",
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Started("WaitAWeek", "\"x\""),
            Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 0, FireAt = At.AddDays(7) });

        string? divergence = DurableHistoryReplayer.Replay(Registry, engine).Divergence;

        Assert.Equal("step #0: Durable Task set a durable timer for 2026-01-08T09:00:00.0000000Z where the history has one for 2026-01-12T09:00:00.0000000Z.", divergence);
    }

    [Fact]
    public void Replay_RetriesExhausted_DurableTaskWaitsOneMoreIntervalBeforeFailing()
    {
        WorkflowHistoryDocument engine = Document(
            "PostTwice",
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Started("PostTwice", "\"x\""),
            Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = 0, Name = "Post", Input = "\"x\"" },
            Event(WorkflowHistoryEventType.OrchestratorStarted),
            Event(WorkflowHistoryEventType.TaskFailed) with { TaskId = 0, Failure = TimedOut },
            Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 1, FireAt = At.AddMinutes(1) },
            Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddMinutes(1)),
            Event(WorkflowHistoryEventType.TimerFired, At.AddMinutes(1)) with { TaskId = 1, FireAt = At.AddMinutes(1) },
            Event(WorkflowHistoryEventType.TaskScheduled, At.AddMinutes(1)) with { TaskId = 2, Name = "Post", Input = "\"x\"" },
            Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddMinutes(1)),
            Event(WorkflowHistoryEventType.TaskFailed, At.AddMinutes(1)) with { TaskId = 2, Failure = TimedOut },
            Event(WorkflowHistoryEventType.ExecutionCompleted, At.AddMinutes(1)) with { Status = WorkflowRuntimeStatus.Failed, Failure = TimedOut });

        string? divergence = DurableHistoryReplayer.Replay(Registry, engine).Divergence;

        // The engine fails the run at the last failed attempt; DurableTask.Core's RetryInterceptor first waits again.
        Assert.Equal("step #3: Durable Task scheduled a durable timer, which the history does not record.", divergence);
    }
}
