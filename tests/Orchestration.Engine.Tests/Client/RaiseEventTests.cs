using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class RaiseEventTests
{
    [Fact]
    public async Task RaiseEventAsync_UnknownInstance_ThrowsInstanceNotFound()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        WorkflowInstanceNotFoundException error = await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(
            () => host.Client.RaiseEventAsync("approval-nobody-started", ApprovalEvents.Decision, new ApprovalDecision(true, "x")));

        Assert.Equal("approval-nobody-started", error.InstanceId);
    }

    [Fact]
    public async Task RaiseEventAsync_CompletedRun_ThrowsNotRunningWithItsStatus()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small);
        await host.WaitForCompletionAsync(id);

        WorkflowInstanceNotRunningException error = await Assert.ThrowsAsync<WorkflowInstanceNotRunningException>(
            () => host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, new ApprovalDecision(true, "x")));

        Assert.Equal((id, WorkflowRuntimeStatus.Completed), (error.InstanceId, error.Status));
    }

    [Fact]
    public async Task GetInstanceAsync_UnknownInstance_ReturnsNull()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        Assert.Null(await host.Client.GetInstanceAsync("approval-nobody-started"));
    }

    [Fact]
    public async Task GetHistoryAsync_UnknownInstance_ThrowsInstanceNotFound()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => host.Client.GetHistoryAsync("approval-nobody-started"));
    }
}
