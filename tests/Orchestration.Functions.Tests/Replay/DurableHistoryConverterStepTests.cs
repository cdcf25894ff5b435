using Orchestration.Abstractions;
using static Orchestration.Functions.TestKit.Replay.HandBuiltHistory;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>The events of a step (activity, durable timer, sub-workflow) as the protobuf history events Durable Task records: numbered by the step.</summary>
public sealed class DurableHistoryConverterStepTests
{
    [Fact]
    public void ToHistoryEvent_TaskScheduled_IsNumberedByStepWithInputWrappedAsDurableTaskSchedulesIt()
    {
        P.HistoryEvent converted = Converted(Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = 3, Name = "Shout", Input = "\"ada\"" });

        Assert.Equal(3, converted.EventId);
        Assert.Equal(("Shout", "[\"ada\"]"), (converted.TaskScheduled.Name, converted.TaskScheduled.Input));
    }

    [Fact]
    public void ToHistoryEvent_TaskCompleted_RefersToStepWithResult()
    {
        P.TaskCompletedEvent completed = Converted(Event(WorkflowHistoryEventType.TaskCompleted) with { TaskId = 3, Result = "\"ADA\"" }).TaskCompleted;

        Assert.Equal((3, "\"ADA\""), (completed.TaskScheduledId, completed.Result));
    }

    [Fact]
    public void ToHistoryEvent_TaskFailed_RefersToStepWithFailureChain()
    {
        P.TaskFailedEvent failed = Converted(Event(WorkflowHistoryEventType.TaskFailed) with { TaskId = 3, Failure = TimedOut }).TaskFailed;

        Assert.Equal(3, failed.TaskScheduledId);
        Assert.Equal(("System.TimeoutException", "No answer."), (failed.FailureDetails.ErrorType, failed.FailureDetails.ErrorMessage));
        Assert.Equal("System.IO.IOException", failed.FailureDetails.InnerFailure.ErrorType);
    }

    [Fact]
    public void ToHistoryEvent_TimerCreated_IsNumberedByStepWithFireTime()
    {
        P.HistoryEvent converted = Converted(Event(WorkflowHistoryEventType.TimerCreated) with { TaskId = 4, FireAt = At.AddDays(3) });

        Assert.Equal(4, converted.EventId);
        Assert.Equal(At.AddDays(3), converted.TimerCreated.FireAt.ToDateTime());
    }

    [Fact]
    public void ToHistoryEvent_TimerFired_RefersToTimerWithFireTime()
    {
        P.TimerFiredEvent fired = Converted(Event(WorkflowHistoryEventType.TimerFired) with { TaskId = 4, FireAt = At.AddDays(3) }).TimerFired;

        Assert.Equal((4, At.AddDays(3)), (fired.TimerId, fired.FireAt.ToDateTime()));
    }

    [Fact]
    public void ToHistoryEvent_SubOrchestrationInstanceCreated_IsNumberedWithNameInstanceIdAndInput()
    {
        P.HistoryEvent converted = Converted(Event(WorkflowHistoryEventType.SubOrchestrationInstanceCreated) with
        {
            TaskId = 5, Name = "Child", InstanceId = "child-1", Input = "{\"n\":1}",
        });

        Assert.Equal(5, converted.EventId);
        P.SubOrchestrationInstanceCreatedEvent created = converted.SubOrchestrationInstanceCreated;
        Assert.Equal(("Child", "child-1", "{\"n\":1}"), (created.Name, created.InstanceId, created.Input));
    }

    [Fact]
    public void ToHistoryEvent_SubOrchestrationInstanceCompleted_RefersToStepWithResult()
    {
        P.SubOrchestrationInstanceCompletedEvent completed = Converted(
            Event(WorkflowHistoryEventType.SubOrchestrationInstanceCompleted) with { TaskId = 5, Result = "2" }).SubOrchestrationInstanceCompleted;

        Assert.Equal((5, "2"), (completed.TaskScheduledId, completed.Result));
    }

    [Fact]
    public void ToHistoryEvent_SubOrchestrationInstanceFailed_RefersToStepWithFailure()
    {
        P.SubOrchestrationInstanceFailedEvent failed = Converted(
            Event(WorkflowHistoryEventType.SubOrchestrationInstanceFailed) with { TaskId = 5, Failure = TimedOut }).SubOrchestrationInstanceFailed;

        Assert.Equal((5, "No answer."), (failed.TaskScheduledId, failed.FailureDetails.ErrorMessage));
    }

    [Fact]
    public void ToHistoryEvent_ScheduledEventWithoutStep_Throws()
    {
        Assert.Throws<NotSupportedException>(() => Converted(Event(WorkflowHistoryEventType.TaskScheduled) with { Name = "Shout" }));
    }
}
