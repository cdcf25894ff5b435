using Orchestration.Abstractions;
using Orchestration.Functions.TestKit.Replay;
using static Orchestration.Functions.TestKit.Replay.HandBuiltHistory;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>The events of the run itself (its episodes, start, events, suspension, end) as the protobuf history events Durable Task records.</summary>
public sealed class DurableHistoryConverterRunTests
{
    [Fact]
    public void ToHistoryEvent_OrchestratorStarted_KeepsItsTimeAndHasNoEventId()
    {
        P.HistoryEvent converted = Converted(Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddHours(2)));

        Assert.NotNull(converted.OrchestratorStarted);
        Assert.Equal(At.AddHours(2), converted.Timestamp.ToDateTime());
        Assert.Equal(DurableHistoryConverter.NoEventId, converted.EventId);
    }

    [Fact]
    public void ToHistoryEvent_ExecutionStarted_NamesWorkflowInstanceAndInput()
    {
        P.ExecutionStartedEvent started = Converted(Started("Greet", "\"ada\"")).ExecutionStarted;

        Assert.Equal(("Greet", "\"ada\"", InstanceId), (started.Name, started.Input, started.OrchestrationInstance.InstanceId));
        Assert.Null(started.ParentInstance);
    }

    [Fact]
    public void ToHistoryEvent_ExecutionStartedOfChild_NamesParentInstance()
    {
        P.ExecutionStartedEvent started = Converted(Started("Greet", null) with { InstanceId = "parent-1" }).ExecutionStarted;

        Assert.Equal("parent-1", started.ParentInstance.OrchestrationInstance.InstanceId);
    }

    [Fact]
    public void ToHistoryEvent_EventRaised_KeepsNameAndPayload()
    {
        P.EventRaisedEvent raised = Converted(Event(WorkflowHistoryEventType.EventRaised) with { Name = "Approval", Input = "true" }).EventRaised;

        Assert.Equal(("Approval", "true"), (raised.Name, raised.Input));
    }

    [Fact]
    public void ToHistoryEvent_ExecutionSuspended_CarriesTheReason()
    {
        Assert.Equal("audit", Converted(Event(WorkflowHistoryEventType.ExecutionSuspended) with { Reason = "audit" }).ExecutionSuspended.Input);
    }

    [Fact]
    public void ToHistoryEvent_ExecutionResumed_CarriesTheReason()
    {
        Assert.Equal("done", Converted(Event(WorkflowHistoryEventType.ExecutionResumed) with { Reason = "done" }).ExecutionResumed.Input);
    }

    [Fact]
    public void ToHistoryEvent_ExecutionTerminated_CarriesTheReasonAsJson()
    {
        Assert.Equal("\"stop\"", Converted(Event(WorkflowHistoryEventType.ExecutionTerminated) with { Reason = "stop" }).ExecutionTerminated.Input);
    }

    [Fact]
    public void ToHistoryEvent_ContinuedAsNew_CarriesTheNextInput()
    {
        Assert.Equal("{\"check\":2}", Converted(Event(WorkflowHistoryEventType.ContinuedAsNew) with { Input = "{\"check\":2}" }).ContinueAsNew.Input);
    }

    [Fact]
    public void ToHistoryEvent_ExecutionCompletedFailed_CarriesStatusAndFailure()
    {
        P.ExecutionCompletedEvent completed = Converted(
            Event(WorkflowHistoryEventType.ExecutionCompleted) with { Status = WorkflowRuntimeStatus.Failed, Failure = TimedOut }).ExecutionCompleted;

        Assert.Equal(P.OrchestrationStatus.Failed, completed.OrchestrationStatus);
        Assert.Equal("System.TimeoutException", completed.FailureDetails.ErrorType);
    }
}
