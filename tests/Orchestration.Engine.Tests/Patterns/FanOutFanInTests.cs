using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class FanOutFanInTests
{
    [Fact]
    public async Task WhenAll_TwentySupplierScores_SummaryAggregatesEveryResult()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        IReadOnlyList<string> suppliers = SampleInvoices.TwentySuppliers;

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(SupplierRiskReviewWorkflow), new SupplierRiskReviewRequest(suppliers));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        string riskiest = suppliers.OrderByDescending(ScoreSupplierRiskActivity.Score).ThenBy(s => s, StringComparer.Ordinal).First();
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(new SupplierRiskSummary(20, suppliers.Sum(ScoreSupplierRiskActivity.Score), riskiest), run.ReadOutputAs<SupplierRiskSummary>());
        Assert.Equal(20, catalog.ScoreSupplierRisk.Executions);
    }

    [Fact]
    public async Task WhenAll_TwentySupplierScores_AllScheduledBeforeAnyCompletes()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(
            nameof(SupplierRiskReviewWorkflow), new SupplierRiskReviewRequest(SampleInvoices.TwentySuppliers));
        await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        int firstCompleted = history.ToList().FindIndex(e => e.EventType == WorkflowHistoryEventType.TaskCompleted);
        Assert.Equal(20, history.Take(firstCompleted).Count(e => e.EventType == WorkflowHistoryEventType.TaskScheduled));
        Assert.Equal(20, history.Count(e => e.EventType == WorkflowHistoryEventType.TaskCompleted));
    }

    [Fact]
    public async Task WhenAll_OneActivityAtATime_StillCompletesEveryScore()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register, options => options.MaxConcurrentActivities = 1);

        string id = await host.Client.ScheduleNewWorkflowAsync(
            nameof(SupplierRiskReviewWorkflow), new SupplierRiskReviewRequest(SampleInvoices.TwentySuppliers));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(20, run.ReadOutputAs<SupplierRiskSummary>()?.SuppliersReviewed);
        Assert.Equal(20, catalog.ScoreSupplierRisk.Executions);
    }
}
