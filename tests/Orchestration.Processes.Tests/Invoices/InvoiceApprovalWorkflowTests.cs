using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Invoices;

public sealed class InvoiceApprovalWorkflowTests
{
    private static readonly ApprovalDecision Approve = new(Approved: true, "maria.lopez@contoso.example");

    // Longer than every retry delay of the ERP posting policy (0.2 s, 0.4 s, 0.8 s).
    private static readonly TimeSpan PastNextRetry = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RunAsync_ApprovedAndErpTimesOutTwice_PostsOnThirdCall()
    {
        SampleSystems systems = new(flakyPostings: 2);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, Approve);
        await host.AdvanceTimeAsync(PastNextRetry);
        await host.AdvanceTimeAsync(PastNextRetry);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(
            new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"),
            run);
        Assert.Equal(3, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_AboveThreshold_AsksForApprovalAndWaits()
    {
        SampleSystems systems = new(flakyPostings: 0);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await host.WaitForIdleAsync();
        WorkflowMetadata run = await host.GetRequiredInstanceAsync(id);

        Assert.True(systems.Inbox.TryNext(out ApprovalRequest? request));
        Assert.Equal((id, "INV-2025-0042", 18_450.00m), (request.InstanceId, request.InvoiceNumber, request.Amount));
        Assert.Equal(WorkflowRuntimeStatus.Running, run.RuntimeStatus);
        Assert.Equal(new InvoiceStage("AwaitingApproval"), run.ReadCustomStatusAs<InvoiceStage>());
    }

    [Fact]
    public async Task RunAsync_NoApprovalWithinThreeDays_RejectsWithoutPosting()
    {
        SampleSystems systems = new(flakyPostings: 0);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalTimeout);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(InvoiceStatus.Rejected, run.ReadOutputAs<InvoiceOutcome>()?.Status);
        Assert.Equal(0, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_ApproverRejects_RejectsWithTheirComment()
    {
        SampleSystems systems = new(flakyPostings: 0);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, new ApprovalDecision(false, "cfo@contoso.example", "Budget frozen"));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(
            new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Rejected, ["Budget frozen"], "cfo@contoso.example"),
            run);
        Assert.Equal(0, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_AmountBelowThreshold_PostsWithoutApproval()
    {
        SampleSystems systems = new(flakyPostings: 0);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        InvoiceSubmission small = SampleInvoices.LaptopInvoice with { Amount = 90.00m, Lines = [new InvoiceLine("SETUP-SVC", 1, 90.00m)] };
        string id = await StartAsync(host, small);

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(InvoiceStatus.Posted, run.ReadOutputAs<InvoiceOutcome>()?.Status);
        Assert.False(systems.Inbox.TryNext(out _));
    }

    [Fact]
    public async Task RunAsync_PriceDiffersFromPurchaseOrder_RefusesWithTheDiscrepancy()
    {
        SampleSystems systems = new(flakyPostings: 0);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        InvoiceSubmission overbilled = SampleInvoices.LaptopInvoice with { Amount = 100.00m, Lines = [new InvoiceLine("SETUP-SVC", 1, 100.00m)] };
        string id = await StartAsync(host, overbilled);

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(
            new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Refused, ["SETUP-SVC: billed at 100.00, ordered at 90.00"]),
            run);
    }

    [Fact]
    public async Task RunAsync_ErpTimesOutOnEveryAttempt_FailsWithTheTimeout()
    {
        SampleSystems systems = new(flakyPostings: int.MaxValue);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, Approve);
        for (int retry = 0; retry < 3; retry++)
        {
            await host.AdvanceTimeAsync(PastNextRetry);
        }

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.True(run.FailureDetails?.IsCausedBy<WorkflowTaskFailedException>());
        Assert.Equal(typeof(TimeoutException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(4, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task Replay_ExportedHistoryOfCompletedRun_Succeeds()
    {
        SampleSystems systems = new(flakyPostings: 1);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);
        await ApproveAsync(host, systems, id, Approve);
        await host.AdvanceTimeAsync(PastNextRetry);
        await host.WaitForCompletionAsync(id);

        WorkflowHistoryDocument history = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        ReplayResult result = WorkflowReplayer.Replay(systems.Register(new WorkflowRegistry()), history);

        Assert.True(result.Succeeded, result.Divergence);
    }

    // Records compare lists by reference; their JSON compares them by content.
    private static void AssertOutcome(InvoiceOutcome expected, WorkflowMetadata run) =>
        Assert.Equal(WorkflowJson.Serialize(expected), run.SerializedOutput);

    private static Task<string> StartAsync(WorkflowTestHost host, InvoiceSubmission invoice) =>
        host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), invoice);

    private static async Task ApproveAsync(WorkflowTestHost host, SampleSystems systems, string id, ApprovalDecision decision)
    {
        await host.WaitForIdleAsync();
        Assert.True(systems.Inbox.TryNext(out _), "The run did not ask for approval.");
        await host.Client.RaiseEventAsync(id, InvoiceApprovalWorkflow.ApprovalEvent, decision);
        await host.WaitForIdleAsync();
    }

    private sealed class SampleSystems
    {
        public SampleSystems(int flakyPostings)
        {
            Erp = new SimulatedErp(flakyPostings);
            SampleInvoices.Seed(Erp);
        }

        public SimulatedErp Erp { get; }

        public ApprovalInbox Inbox { get; } = new();

        public WorkflowRegistry Register(WorkflowRegistry registry) =>
            InvoiceProcess.Register(registry, Erp, Inbox, NullLoggerFactory.Instance);
    }
}
