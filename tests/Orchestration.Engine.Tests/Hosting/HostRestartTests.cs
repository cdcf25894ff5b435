using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Hosting;

public sealed class HostRestartTests
{
    private static readonly ApprovalDecision Approve = new(true, RouteToApproverActivity.FinanceManager);

    [Fact]
    public async Task RestartAsync_WhileWaitingForApproval_EventCompletesRunAndNoActivityRunsTwice()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync();
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        await host.WaitForIdleAsync();

        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
        Assert.Equal(
            (1, 1, 1, 1),
            (catalog.ConvertToEur.Executions, catalog.RouteToApprover.Executions, catalog.RequestApproval.Executions, catalog.PostInvoice.Executions));
    }

    [Fact]
    public async Task RestartAsync_WhileApprovalTimerPending_TimerStillFiresAfterRestart()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync();
        await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalWindow);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(ApprovalResult.TimedOut, run.ReadOutputAs<ApprovalOutcome>()?.Result);
        Assert.Equal(1, catalog.Escalate.Executions);
    }

    [Fact]
    public async Task RestartAsync_TimerBecameDueWhileStopped_FiresOnStart()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync(downtime: TimeSpan.FromDays(5));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(ApprovalResult.TimedOut, run.ReadOutputAs<ApprovalOutcome>()?.Result);
    }

    [Fact]
    public async Task RestartAsync_WhileRetryBackoffPending_RetryRunsAfterRestart()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { TransientFailures = 1 } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync();
        await host.AdvanceTimeAsync(LedgerPostingWorkflow.FirstRetryInterval);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal("LEDGER-INV-2026-0100-attempt-2", run.ReadOutputAs<string>());
        Assert.Equal(2, catalog.LedgerPosting.Executions);
    }

    [Fact]
    public async Task RestartAsync_AfterCompletion_RunAndOutputStillReadable()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Large);
        RoutedInvoice? before = (await host.WaitForCompletionAsync(id)).ReadOutputAs<RoutedInvoice>();

        await host.RestartAsync();
        WorkflowMetadata after = await host.GetRequiredInstanceAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, after.RuntimeStatus);
        Assert.Equal(before, after.ReadOutputAs<RoutedInvoice>());
        Assert.Equal(1, catalog.Normalize.Executions);
    }

    [Fact]
    public async Task RestartAsync_EventRaisedThenRestartedBeforeProcessing_EventIsNotLost()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        await host.RestartAsync();
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(ApprovalResult.Approved, run.ReadOutputAs<ApprovalOutcome>()?.Result);
    }
}
