using Orchestration.Abstractions;
using Orchestration.Governance.KillSwitch;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Invoices;

public sealed class InvoiceGovernanceTests
{
    [Fact]
    public async Task RunAsync_RequesterApprovesOwnInvoice_KeepsWaitingAndPostsNothing()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, ApproveOwnInvoice);
        WorkflowMetadata run = await host.GetRequiredInstanceAsync(id);

        Assert.Equal((WorkflowRuntimeStatus.Running, 0), (run.RuntimeStatus, systems.Erp.PostingCalls));
    }

    [Fact]
    public async Task RunAsync_RequesterThenApproverAnswer_PostsApprovedByTheApproverOnly()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleInvoices.LaptopInvoice);

        await ApproveAsync(host, systems, id, ApproveOwnInvoice);
        await AnswerAsync(host, id, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"), run);
    }

    [Fact]
    public async Task RunAsync_SanctionedSupplier_RefusesWithThePolicyReasonAndPostsNothing()
    {
        using GovernedInvoiceSystems systems = new();
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SanctionedInvoice);

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        AssertOutcome(
            new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Refused, ["Supplier SUP-6666 (Northwind Shadow Trading LLC) is on the sanctions list."]),
            run);
        Assert.Equal(0, systems.Erp.PostingCalls);
    }

    [Fact]
    public async Task RunAsync_AboveOneMillion_EscalatesToTheTreasuryRiskCommittee()
    {
        using GovernedInvoiceSystems systems = new();
        systems.Erp.AddPurchaseOrder("PO-2025-9001", [new PurchaseOrderLine("DC-RACK", 100, 15_000.00m)]);
        systems.Erp.AddGoodsReceipt("PO-2025-9001", new Dictionary<string, int> { ["DC-RACK"] = 100 });
        await using WorkflowTestHost host = await StartHostAsync(systems);
        InvoiceSubmission large = SmallInvoice with { PurchaseOrderNumber = "PO-2025-9001", Amount = 1_500_000.00m, Lines = [new InvoiceLine("DC-RACK", 100, 15_000.00m)] };
        await StartAsync(host, large);

        ApprovalRequest request = await RequestedApprovalAsync(host, systems);

        Assert.Equal(("treasury-risk-committee", 1), (request.Role, request.Approvers));
    }

    [Fact]
    public async Task RunAsync_ErpPosterKillSwitchEngaged_RefusesWithTheGovernanceCode()
    {
        using GovernedInvoiceSystems systems = new();
        await systems.Get<KillSwitchService>().EngageAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "ERP cut-over", suspendRunning: false);
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SmallInvoice);

        InvoiceOutcome? outcome = (await host.WaitForCompletionAsync(id)).ReadOutputAs<InvoiceOutcome>();

        Assert.Equal(InvoiceStatus.Refused, outcome?.Status);
        Assert.StartsWith("PostInvoiceActivity was refused by governance (kill-switch-engaged)", Assert.Single(outcome!.Reasons), StringComparison.Ordinal);
    }
}
