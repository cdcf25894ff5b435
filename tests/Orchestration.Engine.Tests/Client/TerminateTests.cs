using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class TerminateTests
{
    private const string Reason = "Supplier withdrew the invoice";

    [Fact]
    public async Task TerminateInstanceAsync_WhileWaitingForApproval_StatusTerminatedWithReasonAsOutput()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.TerminateInstanceAsync(id, Reason);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Terminated, run.RuntimeStatus);
        Assert.Equal(Reason, run.ReadOutputAs<string>());
    }

    [Fact]
    public async Task RaiseEventAsync_AfterTerminate_ThrowsNotRunning()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.TerminateInstanceAsync(id, Reason);
        await host.WaitForCompletionAsync(id);

        WorkflowInstanceNotRunningException error = await Assert.ThrowsAsync<WorkflowInstanceNotRunningException>(
            () => host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, new ApprovalDecision(true, RouteToApproverActivity.FinanceManager)));

        Assert.Equal(WorkflowRuntimeStatus.Terminated, error.Status);
    }

    [Fact]
    public async Task TerminateInstanceAsync_WhileWaiting_PendingTimerNeverResumesTheRun()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.TerminateInstanceAsync(id, Reason);
        await host.WaitForCompletionAsync(id);
        await host.AdvanceTimeAsync(TimeSpan.FromDays(4));

        Assert.Equal(0, catalog.Escalate.Executions);
        Assert.Equal(WorkflowRuntimeStatus.Terminated, (await host.GetRequiredInstanceAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task TerminateInstanceAsync_WhileWaiting_HistoryRecordsTerminationWithReason()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.TerminateInstanceAsync(id, Reason);
        await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        Assert.Contains(history, e => e.EventType == WorkflowHistoryEventType.ExecutionTerminated && e.Reason == Reason);
    }

    [Fact]
    public async Task TerminateInstanceAsync_WhileSuspended_StatusTerminated()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.SuspendInstanceAsync(id, "Audit");

        await host.Client.TerminateInstanceAsync(id, Reason);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Terminated, run.RuntimeStatus);
        Assert.Equal(Reason, run.ReadOutputAs<string>());
    }
}
