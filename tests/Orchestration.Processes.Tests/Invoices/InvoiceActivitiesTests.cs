using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Tests.Invoices;

public sealed class InvoiceActivitiesTests
{
    private static readonly WorkflowActivityContext Context = new("activity", "run-1", CancellationToken.None);

    [Fact]
    public async Task ValidateInvoice_LinesDoNotAddUp_ReportsTheAmount()
    {
        InvoiceSubmission invoice = SampleInvoices.LaptopInvoice with { Amount = 18_000.00m };

        InvoiceValidation result = await new ValidateInvoiceActivity().RunAsync(Context, invoice);

        Assert.False(result.IsValid);
        Assert.Equal(["amount: 18000.00 does not equal the sum of the lines, 18450.00"], result.Problems);
    }

    [Fact]
    public async Task ValidateInvoice_SampleInvoice_IsValid()
    {
        InvoiceValidation result = await new ValidateInvoiceActivity().RunAsync(Context, SampleInvoices.LaptopInvoice);

        Assert.True(result.IsValid);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public async Task MatchInvoice_MoreBilledThanReceived_ReportsTheQuantity()
    {
        SimulatedErp erp = SeededErp();
        erp.AddGoodsReceipt(SampleInvoices.PurchaseOrderNumber, new Dictionary<string, int>
        {
            ["LAPTOP-14"] = 10,
            ["DOCK-USB-C"] = 12,
            ["SETUP-SVC"] = 1,
        });

        ThreeWayMatch result = await new MatchInvoiceActivity(erp).RunAsync(Context, SampleInvoices.LaptopInvoice);

        Assert.Equal(["LAPTOP-14: billed 12, received 10"], result.Discrepancies);
    }

    [Fact]
    public async Task MatchInvoice_UnknownPurchaseOrder_ReportsIt()
    {
        InvoiceSubmission invoice = SampleInvoices.LaptopInvoice with { PurchaseOrderNumber = "PO-0000" };

        ThreeWayMatch result = await new MatchInvoiceActivity(SeededErp()).RunAsync(Context, invoice);

        Assert.False(result.Matched);
        Assert.Equal(["purchaseOrderNumber: PO-0000 does not exist"], result.Discrepancies);
    }

    [Fact]
    public async Task PostInvoice_SameInvoiceTwice_ReturnsTheFirstDocument()
    {
        PostInvoiceActivity activity = new(SeededErp(), NullLogger.Instance);

        ErpPosting first = await activity.RunAsync(Context, SampleInvoices.LaptopInvoice);
        ErpPosting second = await activity.RunAsync(Context, SampleInvoices.LaptopInvoice);

        Assert.Equal(first, second);
    }

    [Fact]
    public async Task PostInvoice_GatewayTimesOut_ThrowsTimeout()
    {
        PostInvoiceActivity activity = new(new SimulatedErp(flakyPostings: 1), NullLogger.Instance);

        await Assert.ThrowsAsync<TimeoutException>(() => activity.RunAsync(Context, SampleInvoices.LaptopInvoice));
    }

    [Fact]
    public async Task RequestApproval_DeliveredTwice_AsksOnce()
    {
        ApprovalInbox inbox = new();
        RequestApprovalActivity activity = new(inbox, NullLogger.Instance);
        ApprovalRequest request = new("run-1", "INV-2025-0042", 18_450.00m, "EUR", "Above the approval limit", "ap-approver", 1, SampleInvoices.Requester);

        Assert.True(await activity.RunAsync(Context, request));
        Assert.False(await activity.RunAsync(Context, request));
        Assert.True(inbox.TryNext(out _));
        Assert.False(inbox.TryNext(out _));
    }

    private static SimulatedErp SeededErp()
    {
        SimulatedErp erp = new(flakyPostings: 0);
        SampleInvoices.Seed(erp);
        return erp;
    }
}
