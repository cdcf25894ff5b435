namespace Orchestration.Engine.Tests.Workflows;

/// <summary>The suppliers whose risk a review scores.</summary>
public sealed record SupplierRiskReviewRequest(IReadOnlyList<string> Suppliers);

/// <summary>One supplier's risk score, 0 to 99.</summary>
public sealed record SupplierRisk(string Supplier, int Score);

/// <summary>The output of <see cref="SupplierRiskReviewWorkflow"/>.</summary>
public sealed record SupplierRiskSummary(int SuppliersReviewed, int TotalScore, string HighestRisk);

/// <summary>Invoices processed together.</summary>
public sealed record InvoiceBatch(string BatchId, IReadOnlyList<Invoice> Invoices);

/// <summary>The output of <see cref="InvoiceBatchWorkflow"/>.</summary>
public sealed record BatchSummary(string BatchId, int InvoiceCount, decimal TotalEur, IReadOnlyList<string> Approvers);

/// <summary>The output of <see cref="InvoiceComplianceWorkflow"/>.</summary>
public sealed record ComplianceReport(
    string InvoiceNumber,
    bool Cleared,
    string? Clearance = null,
    string? FailedTask = null,
    string? ErrorType = null,
    string? ErrorMessage = null);

/// <summary>A supplier is on a sanctions list; thrown by <see cref="SupplierComplianceWorkflow"/>.</summary>
public sealed class SupplierBlockedException : Exception
{
    public SupplierBlockedException()
        : this("The supplier is blocked.")
    {
    }

    public SupplierBlockedException(string message)
        : base(message)
    {
    }

    public SupplierBlockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
