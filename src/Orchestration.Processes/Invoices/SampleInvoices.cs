namespace Orchestration.Processes.Invoices;

/// <summary>The sample's data: one purchase order, its goods receipt, and an invoice against it.</summary>
public static class SampleInvoices
{
    /// <summary>The purchase order the invoice refers to.</summary>
    public const string PurchaseOrderNumber = "PO-2025-7781";

    /// <summary>Who asks for the sample invoices to be paid; the sample approver is someone else.</summary>
    public const string Requester = "ana.costa@contoso.example";

    /// <summary>
    /// Gets an invoice that matches its order and receipt and that the invoice-payments policy sends to one
    /// accounts-payable approver (above 10,000).
    /// </summary>
    public static InvoiceSubmission LaptopInvoice { get; } = new(
        InvoiceNumber: "INV-2025-0042",
        SupplierId: "SUP-1009",
        SupplierName: "Contoso Hardware GmbH",
        SupplierCountry: "DE",
        PurchaseOrderNumber: PurchaseOrderNumber,
        Currency: "EUR",
        Amount: 18_450.00m,
        Lines:
        [
            new InvoiceLine("LAPTOP-14", 12, 1_350.00m),
            new InvoiceLine("DOCK-USB-C", 12, 180.00m),
            new InvoiceLine("SETUP-SVC", 1, 90.00m),
        ],
        RequestedBy: Requester);

    /// <summary>Seeds the ERP with the order, the goods received against it, and the list prices of its SKUs.</summary>
    /// <param name="erp">The simulated ERP.</param>
    public static void Seed(SimulatedErp erp)
    {
        ArgumentNullException.ThrowIfNull(erp);
        erp.AddPurchaseOrder(PurchaseOrderNumber,
        [
            new PurchaseOrderLine("LAPTOP-14", 12, 1_350.00m),
            new PurchaseOrderLine("DOCK-USB-C", 12, 180.00m),
            new PurchaseOrderLine("SETUP-SVC", 1, 90.00m),
        ]);
        erp.AddGoodsReceipt(PurchaseOrderNumber, new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["LAPTOP-14"] = 12,
            ["DOCK-USB-C"] = 12,
            ["SETUP-SVC"] = 1,
        });
        erp.SetPrice("LAPTOP-14", 1_350.00m);
        erp.SetPrice("DOCK-USB-C", 180.00m);
        erp.SetPrice("SETUP-SVC", 90.00m);
        erp.AddInvoiceHistory(LaptopInvoice.SupplierId, [16_980.00m, 18_450.00m, 17_730.00m, 19_120.00m, 18_005.50m]);
    }
}
