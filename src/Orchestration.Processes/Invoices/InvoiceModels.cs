namespace Orchestration.Processes.Invoices;

/// <summary>An invoice as a supplier submits it and a person asks for it to be paid: the workflow's input.</summary>
/// <param name="InvoiceNumber">The supplier's invoice number.</param>
/// <param name="SupplierId">The supplier's id in the vendor master.</param>
/// <param name="SupplierName">The supplier's registered name, screened against the sanctions list.</param>
/// <param name="SupplierCountry">The supplier's country of registration (ISO 3166 alpha-2), screened for embargoes.</param>
/// <param name="PurchaseOrderNumber">The purchase order the invoice bills.</param>
/// <param name="Currency">The ISO 4217 currency.</param>
/// <param name="Amount">The invoice total.</param>
/// <param name="Lines">The billed lines.</param>
/// <param name="RequestedBy">Who asked for the payment; segregation of duties keeps them from approving it.</param>
public sealed record InvoiceSubmission(
    string InvoiceNumber,
    string SupplierId,
    string SupplierName,
    string SupplierCountry,
    string PurchaseOrderNumber,
    string Currency,
    decimal Amount,
    IReadOnlyList<InvoiceLine> Lines,
    string RequestedBy);

/// <summary>One billed line.</summary>
public sealed record InvoiceLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>A purchase order line in the ERP: what was ordered, at what price.</summary>
public sealed record PurchaseOrderLine(string Sku, int Quantity, decimal UnitPrice);

/// <summary>Whether an invoice is complete and consistent; each problem names a field.</summary>
public sealed record InvoiceValidation(bool IsValid, IReadOnlyList<string> Problems);

/// <summary>The outcome of matching invoice, purchase order and goods receipt.</summary>
public sealed record ThreeWayMatch(bool Matched, IReadOnlyList<string> Discrepancies);

/// <summary>What a human approver is asked to decide, and who is asked: what the approver sees.</summary>
/// <param name="InstanceId">The run waiting for the answer.</param>
/// <param name="InvoiceNumber">The invoice.</param>
/// <param name="Amount">The amount.</param>
/// <param name="Currency">The currency.</param>
/// <param name="Reason">Why a person must decide: the policy's reasons.</param>
/// <param name="Role">The role the approvers must hold (or the body a case is escalated to).</param>
/// <param name="Approvers">How many distinct approvals are needed.</param>
/// <param name="RequestedBy">Who asked for the payment, and so may not approve it.</param>
public sealed record ApprovalRequest(
    string InstanceId, string InvoiceNumber, decimal Amount, string Currency, string Reason, string Role, int Approvers, string RequestedBy);

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

    /// <summary>Invalid or unmatched data, a policy deny or a governance refusal: refused with reasons, never guessed.</summary>
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
