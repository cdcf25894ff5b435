using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

public sealed class DurableMappingsTests
{
    // Durable Functions' OrchestrationRuntimeStatus numbers (reference section 2: implicit values 0..7 in this order).
    [Theory]
    [InlineData(0, WorkflowRuntimeStatus.Running)]
    [InlineData(1, WorkflowRuntimeStatus.Completed)]
    [InlineData(2, WorkflowRuntimeStatus.Running)]
    [InlineData(3, WorkflowRuntimeStatus.Failed)]
    [InlineData(4, WorkflowRuntimeStatus.Terminated)]
    [InlineData(5, WorkflowRuntimeStatus.Terminated)]
    [InlineData(6, WorkflowRuntimeStatus.Pending)]
    [InlineData(7, WorkflowRuntimeStatus.Suspended)]
    public void ToWorkflowStatus_EveryDurableStatus_Maps(int durable, WorkflowRuntimeStatus expected)
    {
        Assert.Equal(expected, DurableMappings.ToWorkflowStatus(durable));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(8)]
    public void ToWorkflowStatus_UndefinedNumber_Throws(int durable)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DurableMappings.ToWorkflowStatus(durable));
    }

    [Fact]
    public void ToDurableStatus_EverySeamStatus_RoundTrips()
    {
        foreach (WorkflowRuntimeStatus status in Enum.GetValues<WorkflowRuntimeStatus>())
        {
            Assert.Equal(status, DurableMappings.ToWorkflowStatus(DurableMappings.ToDurableStatus(status)));
        }
    }

    [Theory]
    [InlineData("ExecutionStarted", WorkflowHistoryEventType.ExecutionStarted)]
    [InlineData("ExecutionCompleted", WorkflowHistoryEventType.ExecutionCompleted)]
    [InlineData("ExecutionFailed", WorkflowHistoryEventType.ExecutionCompleted)]
    [InlineData("ExecutionTerminated", WorkflowHistoryEventType.ExecutionTerminated)]
    [InlineData("ExecutionSuspended", WorkflowHistoryEventType.ExecutionSuspended)]
    [InlineData("ExecutionResumed", WorkflowHistoryEventType.ExecutionResumed)]
    [InlineData("TaskScheduled", WorkflowHistoryEventType.TaskScheduled)]
    [InlineData("TaskCompleted", WorkflowHistoryEventType.TaskCompleted)]
    [InlineData("TaskFailed", WorkflowHistoryEventType.TaskFailed)]
    [InlineData("SubOrchestrationInstanceCreated", WorkflowHistoryEventType.SubOrchestrationInstanceCreated)]
    [InlineData("SubOrchestrationInstanceCompleted", WorkflowHistoryEventType.SubOrchestrationInstanceCompleted)]
    [InlineData("SubOrchestrationInstanceFailed", WorkflowHistoryEventType.SubOrchestrationInstanceFailed)]
    [InlineData("TimerCreated", WorkflowHistoryEventType.TimerCreated)]
    [InlineData("TimerFired", WorkflowHistoryEventType.TimerFired)]
    [InlineData("OrchestratorStarted", WorkflowHistoryEventType.OrchestratorStarted)]
    [InlineData("EventRaised", WorkflowHistoryEventType.EventRaised)]
    [InlineData("ContinueAsNew", WorkflowHistoryEventType.ContinuedAsNew)]
    public void ToHistoryEventType_DurableTaskName_Maps(string durable, WorkflowHistoryEventType expected)
    {
        Assert.Equal(expected, DurableMappings.ToHistoryEventType(durable));
    }

    [Theory]
    [InlineData("OrchestratorCompleted")]
    [InlineData("GenericEvent")]
    [InlineData("HistoryState")]
    [InlineData("EventSent")]
    [InlineData("42")]
    public void ToHistoryEventType_BookkeepingEvent_IsNull(string durable)
    {
        Assert.Null(DurableMappings.ToHistoryEventType(durable));
    }
}
