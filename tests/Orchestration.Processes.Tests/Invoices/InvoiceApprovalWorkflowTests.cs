using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Invoices;

public sealed class InvoiceApprovalWorkflowTests
{
    [Fact]
    public async Task RunAsync_SmallInvoiceFromCleanSupplier_PostsWithoutApproval()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SmallInvoice);

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(InvoiceStatus.Posted, run.ReadOutputAs<InvoiceOutcome>()?.Status);
        Assert.False(systems.Inbox.TryNext(out _));
    }

    [Fact]
    public async Task RunAsync_AboveTenThousand_AsksOneAccountsPayableApproverAndWaits()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        ApprovalRequest request = await RequestedApprovalAsync(host, systems);
        WorkflowMetadata run = await host.GetRequiredInstanceAsync(id);

        Assert.Equal((id, "ap-approver", 1, SampleInvoices.Requester), (request.InstanceId, request.Role, request.Approvers, request.RequestedBy));
        Assert.Equal(new InvoiceStage("AwaitingApproval"), run.ReadCustomStatusAs<InvoiceStage>());
    }

    [Fact]
    public async Task RunAsync_AboveTenThousandApproved_PostsApprovedByTheApprover()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"), run);
    }

    [Fact]
    public async Task RunAsync_NoApprovalWithinThreeDays_RejectsWithoutPosting()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalTimeout);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Rejected, ["No approval within the approval timeout"]), run);
        Assert.Equal(0, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_ApproverRejects_RejectsWithTheirComment()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, new ApprovalDecision(false, "cfo@contoso.example", "Budget frozen"));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Rejected, ["Budget frozen"], "cfo@contoso.example"), run);
    }

    [Fact]
    public async Task RunAsync_PriceDiffersFromPurchaseOrder_RefusesWithTheDiscrepancy()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SmallInvoice with { Amount = 100.00m, Lines = [new InvoiceLine("SETUP-SVC", 1, 100.00m)] });

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Refused, ["SETUP-SVC: billed at 100.00, ordered at 90.00"]), run);
    }

    [Fact]
    public async Task RunAsync_ApprovedAndErpTimesOutTwice_PostsOnThirdCall()
    {
        using GovernedInvoiceSystems systems = new(flakyPostings: 2);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, Approve);
        await host.AdvanceTimeAsync(PastNextRetry);
        await host.AdvanceTimeAsync(PastNextRetry);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"), run);
        Assert.Equal(3, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_ErpTimesOutOnEveryAttempt_FailsWithTheTimeout()
    {
        using GovernedInvoiceSystems systems = new(flakyPostings: int.MaxValue);
        await using WorkflowTestHost host = await StartHostAsync(systems);

        string id = await StartAndExhaustErpRetriesAsync(host);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.True(run.FailureDetails?.IsCausedBy<WorkflowTaskFailedException>());
        Assert.Equal(typeof(TimeoutException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(4, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task Replay_ExportedHistoryOfCompletedRun_Succeeds()
    {
        using GovernedInvoiceSystems systems = new(flakyPostings: 1);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);
        await ApproveAsync(host, systems, id, Approve);
        await host.AdvanceTimeAsync(PastNextRetry);
        await host.WaitForCompletionAsync(id);

        WorkflowHistoryDocument history = await WorkflowHistoryDocument.ExportAsync(host.Client, id);
        ReplayResult result = WorkflowReplayer.Replay(systems.Register(new WorkflowRegistry()), history);

        Assert.True(result.Succeeded, result.Divergence);
    }
}
