using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class WaitForInstanceTests
{
    [Fact]
    public async Task WaitForInstanceStartAsync_ScheduledRun_ReturnsItNoLongerPending()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        using CancellationTokenSource hangGuard = new(TimeSpan.FromSeconds(30));

        WorkflowMetadata run = await host.Client.WaitForInstanceStartAsync(id, getInputsAndOutputs: true, hangGuard.Token);

        Assert.NotEqual(WorkflowRuntimeStatus.Pending, run.RuntimeStatus);
        Assert.Equal(SampleInvoices.Medium, run.ReadInputAs<Invoice>());
    }

    [Fact]
    public async Task WaitForInstanceCompletionAsync_RunWaitingForEvent_ReturnsOnlyAfterTheEvent()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        Task<WorkflowMetadata> completion = host.WaitForCompletionAsync(id);
        await host.WaitForIdleAsync();
        bool completedBeforeEvent = completion.IsCompleted;

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, new ApprovalDecision(true, RouteToApproverActivity.FinanceManager));
        WorkflowMetadata run = await completion;

        Assert.False(completedBeforeEvent);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal("LEDGER-INV-2026-0100", run.ReadOutputAs<ApprovalOutcome>()?.LedgerEntry);
    }

    [Fact]
    public async Task WaitForInstanceCompletionAsync_CancelledWhileRunWaits_ThrowsOperationCanceled()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        using CancellationTokenSource cancellation = new();

        Task<WorkflowMetadata> waiting = host.Client.WaitForInstanceCompletionAsync(id, cancellation: cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }
}
