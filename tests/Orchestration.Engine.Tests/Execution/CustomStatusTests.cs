using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Execution;

public sealed class CustomStatusTests
{
    [Fact]
    public async Task SetCustomStatus_WhileAwaitingApproval_VisibleThroughGetInstance()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Large);

        await host.WaitForIdleAsync();
        WorkflowMetadata? run = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Equal(new ApprovalStatus(ApprovalStages.AwaitingApproval, RouteToApproverActivity.Cfo), run?.ReadCustomStatusAs<ApprovalStatus>());
    }

    [Fact]
    public async Task SetCustomStatus_LastValueBeforeCompletion_KeptOnFinishedRun()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Large);

        await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalWindow);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new ApprovalStatus(ApprovalStages.Escalated, RouteToApproverActivity.Cfo), run.ReadCustomStatusAs<ApprovalStatus>());
    }

    [Fact]
    public async Task GetInstanceAsync_WithoutInputsAndOutputs_OmitsCustomStatusAndInput()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Large);

        await host.WaitForIdleAsync();
        WorkflowMetadata? run = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: false);

        Assert.NotNull(run);
        Assert.Equal(WorkflowRuntimeStatus.Running, run.RuntimeStatus);
        Assert.Null(run.SerializedCustomStatus);
        Assert.Null(run.SerializedInput);
    }

    [Fact]
    public async Task GetInstanceAsync_WithInputsAndOutputs_ReturnsTheInputAsGiven()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Large);
        WorkflowMetadata? run = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Equal(SampleInvoices.Large, run?.ReadInputAs<Invoice>());
        Assert.Equal(nameof(InvoiceApprovalWorkflow), run?.Name);
    }
}
