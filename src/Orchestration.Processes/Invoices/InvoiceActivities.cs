using static System.FormattableString;
using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Processes.Invoices;

/// <summary>Checks that an invoice is complete and that its lines add up to its amount.</summary>
public sealed class ValidateInvoiceActivity : WorkflowActivity<InvoiceSubmission, InvoiceValidation>
{
    public override Task<InvoiceValidation> RunAsync(WorkflowActivityContext context, InvoiceSubmission input)
    {
        ArgumentNullException.ThrowIfNull(input);
        List<string> problems = [];
        if (input.Lines.Count == 0)
        {
            problems.Add("lines: the invoice has no lines");
        }

        decimal total = input.Lines.Sum(line => line.Quantity * line.UnitPrice);
        if (total != input.Amount)
        {
            problems.Add(Invariant($"amount: {input.Amount} does not equal the sum of the lines, {total}"));
        }

        if (input.Currency.Length != 3)
        {
            problems.Add($"currency: '{input.Currency}' is not an ISO 4217 code");
        }

        return Task.FromResult(new InvoiceValidation(problems.Count == 0, problems));
    }
}

/// <summary>Matches invoice lines against the purchase order (price, quantity) and the goods receipt (quantity).</summary>
public sealed class MatchInvoiceActivity(SimulatedErp erp) : WorkflowActivity<InvoiceSubmission, ThreeWayMatch>
{
    public override Task<ThreeWayMatch> RunAsync(WorkflowActivityContext context, InvoiceSubmission input)
    {
        ArgumentNullException.ThrowIfNull(input);
        IReadOnlyList<PurchaseOrderLine>? order = erp.FindPurchaseOrder(input.PurchaseOrderNumber);
        if (order is null)
        {
            return Task.FromResult(new ThreeWayMatch(false, [Invariant($"purchaseOrderNumber: {input.PurchaseOrderNumber} does not exist")]));
        }

        IReadOnlyDictionary<string, int> received = erp.FindGoodsReceipt(input.PurchaseOrderNumber);
        List<string> discrepancies = [.. input.Lines.SelectMany(line => Compare(line, order, received))];
        return Task.FromResult(new ThreeWayMatch(discrepancies.Count == 0, discrepancies));
    }

    private static IEnumerable<string> Compare(InvoiceLine line, IReadOnlyList<PurchaseOrderLine> order, IReadOnlyDictionary<string, int> received)
    {
        PurchaseOrderLine? ordered = order.FirstOrDefault(candidate => candidate.Sku == line.Sku);
        if (ordered is null)
        {
            yield return Invariant($"{line.Sku}: not on the purchase order");
            yield break;
        }

        if (line.UnitPrice != ordered.UnitPrice)
        {
            yield return Invariant($"{line.Sku}: billed at {line.UnitPrice}, ordered at {ordered.UnitPrice}");
        }

        if (line.Quantity > received.GetValueOrDefault(line.Sku))
        {
            yield return Invariant($"{line.Sku}: billed {line.Quantity}, received {received.GetValueOrDefault(line.Sku)}");
        }
    }
}

/// <summary>Asks the approvers to decide; the answer comes back later as an external event.</summary>
public sealed class RequestApprovalActivity(ApprovalInbox inbox, ILogger logger) : WorkflowActivity<ApprovalRequest, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, ApprovalRequest input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Logs.ApprovalRequested(logger, input.InvoiceNumber, input.Amount, input.Currency);
        return Task.FromResult(inbox.Deliver(input));
    }
}

/// <summary>Posts the invoice to the ERP. Idempotent: the ERP keys postings by invoice number.</summary>
public sealed class PostInvoiceActivity(SimulatedErp erp, ILogger logger) : WorkflowActivity<InvoiceSubmission, ErpPosting>
{
    public override Task<ErpPosting> RunAsync(WorkflowActivityContext context, InvoiceSubmission input)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            return Task.FromResult(new ErpPosting(input.InvoiceNumber, erp.PostInvoice(input.InvoiceNumber)));
        }
        catch (TimeoutException error)
        {
            Logs.ErpPostingFailed(logger, input.InvoiceNumber, erp.PostingCalls, error.Message);
            throw;
        }
    }
}
