namespace Orchestration.Processes.Invoices;

/// <summary>An invoice as a supplier submits it: the workflow's input.</summary>
public sealed record InvoiceSubmission(
    string InvoiceNumber,
    string SupplierId,
    string PurchaseOrderNumber,
    string Currency,
    decimal Amount,
    IReadOnlyList<InvoiceLine> Lines);

/// <summary>One billed line.</summary>
public sealed record InvoiceLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>A purchase order line in the ERP: what was ordered, at what price.</summary>
public sealed record PurchaseOrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>Whether an invoice is complete and consistent; each problem names a field.</summary>
public sealed record InvoiceValidation(bool IsValid, IReadOnlyList<string> Problems);

/// <summary>The outcome of matching invoice, purchase order and goods receipt.</summary>
public sealed record ThreeWayMatch(bool Matched, IReadOnlyList<string> Discrepancies);

/// <summary>What a human approver is asked to decide.</summary>
public sealed record ApprovalRequest(string InstanceId, string InvoiceNumber, decimal Amount, string Currency, string Reason);

/// <summary>A human approver's answer, raised into the run as an external event.</summary>
public sealed record ApprovalDecision(bool Approved, string Approver, string? Comment = null);

/// <summary>The ERP's receipt for a posted invoice.</summary>
public sealed record ErpPosting(string InvoiceNumber, string DocumentNumber);

/// <summary>How an invoice ended.</summary>
public enum InvoiceStatus
{
    /// <summary>Posted to the ERP.</summary>
    Posted,

    /// <summary>An approver rejected it, or no approval came in time (never approved by default).</summary>
    Rejected,

    /// <summary>Invalid or unmatched data: refused with reasons, never guessed.</summary>
    Refused,
}

/// <summary>The workflow's output.</summary>
public sealed record InvoiceOutcome(
    string InvoiceNumber,
    InvoiceStatus Status,
    IReadOnlyList<string> Reasons,
    string? ApprovedBy = null,
    string? ErpDocumentNumber = null);

/// <summary>The stage a run is in, published as its custom status.</summary>
public sealed record InvoiceStage(string Stage);
