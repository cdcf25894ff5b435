namespace Orchestration.Engine.Tests.Workflows;

/// <summary>An invoice as a supplier sent it.</summary>
public sealed record Invoice(string InvoiceNumber, string Supplier, decimal Amount, string Currency);

/// <summary>An invoice with its amount in euros.</summary>
public sealed record PricedInvoice(Invoice Invoice, decimal AmountEur);

/// <summary>An invoice with the person who must approve it.</summary>
public sealed record RoutedInvoice(PricedInvoice Priced, string Approver);

/// <summary>What an approver is asked to decide.</summary>
public sealed record ApprovalRequest(string InvoiceNumber, string Approver, decimal AmountEur);

/// <summary>An approver's answer, raised as the <see cref="ApprovalEvents.Decision"/> event.</summary>
public sealed record ApprovalDecision(bool Approved, string Approver, string? Comment = null);

/// <summary>How an approval ended.</summary>
public enum ApprovalResult
{
    Approved,
    Rejected,
    TimedOut,
}

/// <summary>The output of <see cref="InvoiceApprovalWorkflow"/>.</summary>
public sealed record ApprovalOutcome(string InvoiceNumber, ApprovalResult Result, string DecidedBy, string? LedgerEntry = null);

/// <summary>The custom status of <see cref="InvoiceApprovalWorkflow"/>.</summary>
public sealed record ApprovalStatus(string Stage, string Approver);

/// <summary>External event names.</summary>
public static class ApprovalEvents
{
    /// <summary>An approver decided.</summary>
    public const string Decision = "ApprovalDecision";

    /// <summary>Treasury released a payment.</summary>
    public const string TreasuryRelease = "TreasuryRelease";

    /// <summary>A supplier disputed an invoice.</summary>
    public const string Dispute = "SupplierDispute";

    /// <summary>Finance confirmed a payment reference.</summary>
    public const string Confirmation = "PaymentConfirmed";
}
