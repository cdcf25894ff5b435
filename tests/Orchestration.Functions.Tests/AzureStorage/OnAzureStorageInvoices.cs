using Orchestration.Processes.Invoices;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>The invoices the process runs on Azure Storage take, besides the sample laptop invoice (which needs an approver).</summary>
internal static class OnAzureStorageInvoices
{
    /// <summary>Gets 90 EUR against the sample order, from a supplier with no invoice history: paid without an approver.</summary>
    public static InvoiceSubmission Small { get; } = SampleInvoices.LaptopInvoice with
    {
        InvoiceNumber = "INV-2025-0107",
        SupplierId = "SUP-2040",
        SupplierName = "Fabrikam Office Supplies",
        SupplierCountry = "NL",
        Amount = 90.00m,
        Lines = [new InvoiceLine("SETUP-SVC", 1, 90.00m)],
    };

    /// <summary>Gets the small invoice from a supplier on the invoice-payments bundle's sanctions list.</summary>
    public static InvoiceSubmission Sanctioned { get; } = Small with
    {
        InvoiceNumber = "INV-2025-0108",
        SupplierId = "SUP-6666",
        SupplierName = "Northwind Shadow Trading LLC",
    };
}
