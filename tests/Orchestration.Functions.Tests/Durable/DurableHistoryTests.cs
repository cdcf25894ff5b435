using DurableTask.Core;
using DurableTask.Core.History;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;

namespace Orchestration.Functions.Tests.Durable;

/// <summary>
/// A Durable Task history read as the seam's. The Durable Task runtimes these tests can run serve no history through
/// their client (see the conformance suite's differences), so the events are built here as the Azure Storage backend
/// keeps them.
/// </summary>
public sealed class DurableHistoryTests
{
    private static readonly DateTime At = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<WorkflowHistoryEvent> Approval() => DurableHistory.ToWorkflowHistory(
    [
        new OrchestratorStartedEvent(-1) { Timestamp = At },
        new ExecutionStartedEvent(-1, "{\"invoiceNumber\":\"INV-1\"}") { Name = "InvoiceApprovalWorkflow", Timestamp = At },
        new TaskScheduledEvent(0, "ValidateInvoiceActivity", version: null, input: "{\"invoiceNumber\":\"INV-1\"}") { Timestamp = At },
        new OrchestratorCompletedEvent(-1) { Timestamp = At },
        new OrchestratorStartedEvent(-1) { Timestamp = At.AddSeconds(1) },
        new TaskCompletedEvent(-1, 0, "{\"isValid\":true}") { Timestamp = At.AddSeconds(1) },
        new TimerCreatedEvent(1, At.AddDays(3)) { Timestamp = At.AddSeconds(1) },
        new OrchestratorStartedEvent(-1) { Timestamp = At.AddHours(2) },
        new EventRaisedEvent(-1, "{\"approved\":true}") { Name = "InvoiceApproval", Timestamp = At.AddHours(2) },
        new TaskScheduledEvent(2, "PostInvoiceActivity") { Timestamp = At.AddHours(2) },
        new OrchestratorStartedEvent(-1) { Timestamp = At.AddHours(2) },
        new TaskFailedEvent(-1, 2, reason: null, details: null, new FailureDetails("System.TimeoutException", "ERP down", null, null, false)) { Timestamp = At.AddHours(2) },
        new ExecutionCompletedEvent(-1, "ignored", OrchestrationStatus.Failed, new FailureDetails("Orchestration.Abstractions.WorkflowTaskFailedException", "Task failed", null, null, false)) { Timestamp = At.AddHours(2) },
    ]);

    [Fact]
    public void ToWorkflowHistory_BookkeepingEvents_AreLeftOutAndPositionsCountFromZero()
    {
        IReadOnlyList<WorkflowHistoryEvent> history = Approval();

        Assert.Equal(Enumerable.Range(0, 12), history.Select(e => e.EventId));
        Assert.DoesNotContain(history, e => e.Name == "OrchestratorCompleted");
    }

    [Fact]
    public void ToWorkflowHistory_Completion_CarriesItsStepAndTheScheduledName()
    {
        WorkflowHistoryEvent completed = Approval().Single(e => e.EventType == WorkflowHistoryEventType.TaskCompleted);

        Assert.Equal((0, "ValidateInvoiceActivity", "{\"isValid\":true}"), (completed.TaskId, completed.Name, completed.Result));
    }

    [Fact]
    public void ToWorkflowHistory_Timer_CarriesItsStepAndFireTime()
    {
        WorkflowHistoryEvent timer = Approval().Single(e => e.EventType == WorkflowHistoryEventType.TimerCreated);

        Assert.Equal((1, At.AddDays(3)), (timer.TaskId, timer.FireAt));
    }

    [Fact]
    public void ToWorkflowHistory_Event_CarriesItsNameAndPayload()
    {
        WorkflowHistoryEvent raised = Approval().Single(e => e.EventType == WorkflowHistoryEventType.EventRaised);

        Assert.Equal(("InvoiceApproval", "{\"approved\":true}"), (raised.Name, raised.Input));
    }

    [Fact]
    public void ToWorkflowHistory_FailedTask_CarriesItsFailureDetails()
    {
        WorkflowHistoryEvent failed = Approval().Single(e => e.EventType == WorkflowHistoryEventType.TaskFailed);

        Assert.Equal("PostInvoiceActivity", failed.Name);
        Assert.Equal(new WorkflowFailureDetails("System.TimeoutException", "ERP down"), failed.Failure);
    }

    [Fact]
    public void ToWorkflowHistory_FailedRun_EndsWithItsStatusAndFailureNotAResult()
    {
        WorkflowHistoryEvent end = Approval()[^1];

        Assert.Equal((WorkflowHistoryEventType.ExecutionCompleted, WorkflowRuntimeStatus.Failed), (end.EventType, end.Status));
        Assert.Equal("Orchestration.Abstractions.WorkflowTaskFailedException", end.Failure?.ErrorType);
        Assert.Null(end.Result);
    }

    [Fact]
    public void ToWorkflowHistory_Start_CarriesTheWorkflowAndItsInput()
    {
        WorkflowHistoryEvent started = Approval()[1];

        Assert.Equal(("InvoiceApprovalWorkflow", "{\"invoiceNumber\":\"INV-1\"}"), (started.Name, started.Input));
    }
}
