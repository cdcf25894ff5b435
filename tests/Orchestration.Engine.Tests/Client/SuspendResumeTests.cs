using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class SuspendResumeTests
{
    private static readonly ApprovalDecision Approve = new(true, RouteToApproverActivity.FinanceManager);

    [Fact]
    public async Task SuspendInstanceAsync_WhileWaitingForApproval_StatusSuspended()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.SuspendInstanceAsync(id, "Audit of supplier bank details");
        await host.WaitForIdleAsync();

        Assert.Equal(WorkflowRuntimeStatus.Suspended, (await host.GetRequiredInstanceAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task RaiseEventAsync_WhileSuspended_EventHeldUntilResume()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.SuspendInstanceAsync(id, "Audit of supplier bank details");

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        await host.WaitForIdleAsync();
        (WorkflowRuntimeStatus Status, int Posted) whileSuspended = ((await host.GetRequiredInstanceAsync(id)).RuntimeStatus, catalog.PostInvoice.Executions);
        await host.Client.ResumeInstanceAsync(id, "Bank details verified");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal((WorkflowRuntimeStatus.Suspended, 0), whileSuspended);
        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
        Assert.Equal(1, catalog.PostInvoice.Executions);
    }

    [Fact]
    public async Task ResumeInstanceAsync_AfterSuspend_StatusRunningAgain()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.SuspendInstanceAsync(id, "Audit");
        await host.WaitForIdleAsync();

        await host.Client.ResumeInstanceAsync(id, "Audit done");
        await host.WaitForIdleAsync();

        Assert.Equal(WorkflowRuntimeStatus.Running, (await host.GetRequiredInstanceAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task SuspendInstanceAsync_TimerDueWhileSuspended_TimesOutOnlyAfterResume()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.SuspendInstanceAsync(id, "Audit");

        await host.AdvanceTimeAsync(TimeSpan.FromDays(4));
        int escalationsWhileSuspended = catalog.Escalate.Executions;
        await host.Client.ResumeInstanceAsync(id, "Audit done");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(0, escalationsWhileSuspended);
        Assert.Equal(ApprovalResult.TimedOut, run.ReadOutputAs<ApprovalOutcome>()?.Result);
    }
}
