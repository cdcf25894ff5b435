using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class MonitorTests
{
    private const string InvoiceNumber = "INV-2026-0100";

    [Fact]
    public async Task ContinueAsNew_PollsHourlyUntilPaid_CompletesWithLastGenerationOutput()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        DateTime start = host.Time.GetUtcNow().UtcDateTime;
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentMonitorWorkflow), new PaymentMonitorState(InvoiceNumber, 1));

        for (int generation = 1; generation < catalog.CheckPaymentStatus.PaidFromCheck; generation++)
        {
            await host.AdvanceTimeAsync(PaymentMonitorWorkflow.PollInterval);
        }

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(new PaymentMonitorResult(InvoiceNumber, 4, start.AddHours(3)), run.ReadOutputAs<PaymentMonitorResult>());
        Assert.Equal(4, catalog.CheckPaymentStatus.Executions);
    }

    [Fact]
    public async Task ContinueAsNew_EachGeneration_HistoryHoldsOnlyThatGeneration()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentMonitorWorkflow), new PaymentMonitorState(InvoiceNumber, 1));
        await host.WaitForIdleAsync();
        List<(int Started, int Scheduled, int InputCheck)> generations = [await DescribeHistoryAsync(host, id)];

        for (int check = 2; check <= 4; check++)
        {
            await host.AdvanceTimeAsync(PaymentMonitorWorkflow.PollInterval);
            generations.Add(await DescribeHistoryAsync(host, id));
        }

        Assert.Equal([(1, 1, 1), (1, 1, 2), (1, 1, 3), (1, 1, 4)], generations);
        Assert.Equal(WorkflowRuntimeStatus.Completed, (await host.GetRequiredInstanceAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task ContinueAsNew_WhileWaitingBetweenChecks_CustomStatusShowsLastCheck()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(PaymentMonitorWorkflow), new PaymentMonitorState(InvoiceNumber, 1));

        await host.AdvanceTimeAsync(PaymentMonitorWorkflow.PollInterval);
        WorkflowMetadata run = await host.GetRequiredInstanceAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Running, run.RuntimeStatus);
        Assert.Equal(new PaymentCheck(InvoiceNumber, 2), run.ReadCustomStatusAs<PaymentCheck>());
    }

    [Fact]
    public async Task ContinueAsNew_PreservingEvents_EventRaisedInFirstGenerationReachesSecond()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDisputeWorkflow), new DisputeWatch("Northwind Traders", 1, PreserveEvents: true));
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Dispute, "Quantity on line 3 is wrong");
        await host.AdvanceTimeAsync(SupplierDisputeWorkflow.CoolingOff);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal("Northwind Traders (generation 2): Quantity on line 3 is wrong", run.ReadOutputAs<string>());
    }

    [Fact]
    public async Task ContinueAsNew_NotPreservingEvents_EventRaisedInFirstGenerationIsDropped()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDisputeWorkflow), new DisputeWatch("Northwind Traders", 1, PreserveEvents: false));
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, ApprovalEvents.Dispute, "dropped with generation 1");
        await host.AdvanceTimeAsync(SupplierDisputeWorkflow.CoolingOff);
        WorkflowRuntimeStatus secondGeneration = (await host.GetRequiredInstanceAsync(id)).RuntimeStatus;
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Dispute, "raised in generation 2");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Running, secondGeneration);
        Assert.Equal("Northwind Traders (generation 2): raised in generation 2", run.ReadOutputAs<string>());
    }

    private static async Task<(int Started, int Scheduled, int InputCheck)> DescribeHistoryAsync(WorkflowTestHost host, string id)
    {
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);
        WorkflowHistoryEvent[] started = [.. history.Where(e => e.EventType == WorkflowHistoryEventType.ExecutionStarted)];
        int inputCheck = started.Length == 0 ? 0 : WorkflowJson.Deserialize<PaymentMonitorState>(started[0].Input)!.Check;
        return (started.Length, history.Count(e => e.EventType == WorkflowHistoryEventType.TaskScheduled), inputCheck);
    }
}
