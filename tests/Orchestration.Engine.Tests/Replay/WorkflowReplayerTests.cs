using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

public sealed class WorkflowReplayerTests
{
    private static readonly ApprovalDecision Approve = new(true, RouteToApproverActivity.FinanceManager);

    [Fact]
    public async Task Replay_ExportedHistoryOfCompletedRun_SucceedsWithIdenticalActions()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await RunApprovedAsync(host);

        WorkflowHistoryDocument document = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        ReplayResult result = WorkflowReplayer.Replay(Registry(catalog.Register), document);

        Assert.Equal(new ReplayResult(true, null), result);
        Assert.Equal(nameof(InvoiceApprovalWorkflow), document.WorkflowName);
    }

    [Fact]
    public async Task Replay_HistoryRoundTrippedThroughJson_Succeeds()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await RunApprovedAsync(host);

        WorkflowHistoryDocument exported = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        WorkflowHistoryDocument reread = WorkflowHistoryDocument.FromJson(exported.ToJson());

        Assert.Equal(exported.Events, reread.Events);
        Assert.True(WorkflowReplayer.Replay(Registry(catalog.Register), reread).Succeeded);
    }

    [Fact]
    public async Task Replay_CompletedRun_RunsNoActivity()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await RunApprovedAsync(host);
        await host.WaitForIdleAsync();
        WorkflowHistoryDocument document = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        int[] before = Counts(catalog);

        WorkflowReplayer.Replay(Registry(catalog.Register), document);

        Assert.Equal(before, Counts(catalog));
    }

    [Fact]
    public async Task Replay_HistoryOfRunStillWaiting_Succeeds()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        ReplayResult result = WorkflowReplayer.Replay(Registry(catalog.Register), await WorkflowHistoryDocument.ExportAsync(host.Client, id));

        Assert.True(result.Succeeded, result.Divergence);
    }

    [Fact]
    public async Task Replay_HistoryOfFailedRunWithRetries_Succeeds()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { TransientFailures = int.MaxValue } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);
        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(2));
        await host.WaitForCompletionAsync(id);

        ReplayResult result = WorkflowReplayer.Replay(Registry(catalog.Register), await WorkflowHistoryDocument.ExportAsync(host.Client, id));

        Assert.True(result.Succeeded, result.Divergence);
    }

    [Fact]
    public async Task Replay_HistoryRecordedByPreviousVersion_FailsNamingStepExpectedAndActual()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.RegisterLegacyApproval);
        string id = await RunApprovedAsync(host);

        WorkflowHistoryDocument document = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        ReplayResult result = WorkflowReplayer.Replay(Registry(catalog.Register), document);

        Assert.False(result.Succeeded);
        Assert.Contains("step #2", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(SendApprovalEmailActivity), result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(RequestApprovalActivity), result.Divergence, StringComparison.Ordinal);
    }

    internal static WorkflowRegistry Registry(Action<WorkflowRegistry> register)
    {
        WorkflowRegistry registry = new();
        register(registry);
        return registry;
    }

    private static async Task<string> RunApprovedAsync(WorkflowTestHost host)
    {
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        return id;
    }

    private static int[] Counts(InvoiceCatalog catalog) =>
    [
        catalog.ConvertToEur.Executions, catalog.RouteToApprover.Executions, catalog.RequestApproval.Executions,
        catalog.PostInvoice.Executions, catalog.Escalate.Executions,
    ];
}
