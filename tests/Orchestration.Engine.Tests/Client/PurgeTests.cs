using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class PurgeTests
{
    [Fact]
    public async Task PurgeInstanceAsync_CompletedRun_RemovesRunAndHistory()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small);
        await host.WaitForCompletionAsync(id);

        int purged = await host.Client.PurgeInstanceAsync(id);

        Assert.Equal(1, purged);
        Assert.Null(await host.Client.GetInstanceAsync(id));
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => host.Client.GetHistoryAsync(id));
    }

    [Fact]
    public async Task PurgeInstanceAsync_RunningRun_ReturnsZeroAndKeepsTheRun()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        int purged = await host.Client.PurgeInstanceAsync(id);

        Assert.Equal(0, purged);
        Assert.Equal(WorkflowRuntimeStatus.Running, (await host.GetRequiredInstanceAsync(id)).RuntimeStatus);
        Assert.NotEmpty(await host.Client.GetHistoryAsync(id));
    }

    [Fact]
    public async Task PurgeInstanceAsync_UnknownInstance_ReturnsZero()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        Assert.Equal(0, await host.Client.PurgeInstanceAsync("intake-never-started"));
    }

    [Fact]
    public async Task PurgeInstanceAsync_PurgedInstanceId_CanBeStartedAgain()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        StartWorkflowOptions options = new("intake-INV-2026-0007");
        await host.WaitForCompletionAsync(await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, options));
        await host.Client.PurgeInstanceAsync(options.InstanceId!);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, options);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(2, catalog.Normalize.Executions);
    }
}
