using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class ChainingTests
{
    [Fact]
    public async Task CallActivityAsync_ThreeChainedActivities_OutputFlowsThroughEachStep()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Messy);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        RoutedInvoice? routed = run.ReadOutputAs<RoutedInvoice>();
        Assert.NotNull(routed);
        Assert.Equal(new Invoice("INV-2026-0042", "Northwind Traders", 1_250.00m, "USD"), routed.Priced.Invoice);
        Assert.Equal(1_150.00m, routed.Priced.AmountEur);
        Assert.Equal(RouteToApproverActivity.FinanceManager, routed.Approver);
    }

    [Fact]
    public async Task GetHistoryAsync_CompletedChain_RecordsEachActivityOnceInCallOrder()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Messy);
        await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        string[] scheduled = [.. history.Where(e => e.EventType == WorkflowHistoryEventType.TaskScheduled).Select(e => e.Name ?? "?")];
        Assert.Equal([nameof(NormalizeInvoiceActivity), nameof(ConvertToEurActivity), nameof(RouteToApproverActivity)], scheduled);
        Assert.Equal(3, history.Count(e => e.EventType == WorkflowHistoryEventType.TaskCompleted));
        Assert.Equal(WorkflowRuntimeStatus.Completed, history[^1].Status);
        Assert.Equal((1, 1, 1), (catalog.Normalize.Executions, catalog.ConvertToEur.Executions, catalog.RouteToApprover.Executions));
    }

    [Fact]
    public async Task GetHistoryAsync_CompletedChain_EventIdsNumberTheHistoryFromZero()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small);
        await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        Assert.Equal(Enumerable.Range(0, history.Count), history.Select(e => e.EventId));
        Assert.Equal(WorkflowHistoryEventType.ExecutionCompleted, history[^1].EventType);
    }
}
