using System.ComponentModel.DataAnnotations;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake;

/// <summary>A document a supplier sent, as text: what the intake agents read. The text is untrusted.</summary>
/// <param name="DocumentId">The mailroom's id for the document.</param>
/// <param name="DocumentText">The document's text (from the e-mail body, or the PDF's text layer).</param>
public sealed record SupplierDocument(string DocumentId, string DocumentText);

/// <summary>What kind of document a supplier sent.</summary>
public enum DocumentKind
{
    /// <summary>An invoice: it asks to be paid.</summary>
    Invoice,

    /// <summary>A credit note: it reduces what is owed.</summary>
    CreditNote,

    /// <summary>A payment reminder or dunning letter about an earlier invoice.</summary>
    PaymentReminder,

    /// <summary>A statement of account listing open items.</summary>
    Statement,

    /// <summary>A confirmation of a purchase order.</summary>
    OrderConfirmation,
}

/// <summary>The <c>document-classifier</c> agent's result.</summary>
/// <param name="Kind">The kind of document.</param>
public sealed record DocumentClassification(DocumentKind Kind);

/// <summary>The <c>invoice-extractor</c> agent's result: the invoice fields it read, proposed, never trusted as is.</summary>
/// <param name="InvoiceNumber">The supplier's invoice number.</param>
/// <param name="SupplierId">The supplier's id in the vendor master, as printed on the document.</param>
/// <param name="SupplierName">The supplier's name.</param>
/// <param name="SupplierCountry">The supplier's country (ISO 3166 alpha-2).</param>
/// <param name="PurchaseOrderNumber">The purchase order the invoice bills.</param>
/// <param name="Currency">The ISO 4217 currency.</param>
/// <param name="Amount">The invoice total.</param>
/// <param name="Lines">The billed lines.</param>
public sealed record ExtractedInvoice(
    [property: Required(AllowEmptyStrings = false), StringLength(64)] string InvoiceNumber,
    [property: Required(AllowEmptyStrings = false), StringLength(32)] string SupplierId,
    [property: Required(AllowEmptyStrings = false), StringLength(200)] string SupplierName,
    [property: Required, StringLength(2, MinimumLength = 2)] string SupplierCountry,
    [property: Required(AllowEmptyStrings = false), StringLength(64)] string PurchaseOrderNumber,
    [property: Required, StringLength(3, MinimumLength = 3)] string Currency,
    [property: Range(typeof(decimal), "0.01", "1000000000")] decimal Amount,
    [property: Required, MinLength(1)] IReadOnlyList<InvoiceLine> Lines);

/// <summary>The agents of the intake process, by registry id.</summary>
public static class IntakeAgents
{
    /// <summary>Classifies supplier documents (local: nearest labelled examples on the local embedding model).</summary>
    public const string DocumentClassifier = "document-classifier";

    /// <summary>Reads invoice fields from a supplier document (local: a deterministic reader of the printed layout).</summary>
    public const string InvoiceExtractor = "invoice-extractor";
}
