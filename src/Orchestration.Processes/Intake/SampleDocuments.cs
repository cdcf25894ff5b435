using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake;

/// <summary>Supplier documents for the sample and the tests: what arrives in the accounts-payable mailbox.</summary>
public static class SampleDocuments
{
    /// <summary>Gets the laptop invoice (<see cref="SampleInvoices.LaptopInvoice"/>) as the supplier printed it.</summary>
    public static DocumentIntakeRequest LaptopInvoice { get; } = new(
        DocumentId: "DOC-2025-11-0191",
        DocumentText: """
            Contoso Hardware GmbH
            Industriestrasse 12, 70565 Stuttgart, Germany

            INVOICE
            Invoice No.: INV-2025-0042
            Invoice date: 2025-11-14
            Supplier: Contoso Hardware GmbH
            Supplier ID: SUP-1009
            Country: DE
            Purchase order: PO-2025-7781
            Currency: EUR

            Item           Qty   Unit price
            LAPTOP-14       12 x   1,350.00
            DOCK-USB-C      12 x     180.00
            SETUP-SVC        1 x      90.00

            Total: 18,450.00 EUR
            Payment terms: 30 days net
            """,
        ReceivedFrom: "billing@contoso-hardware.example",
        RequestedBy: SampleInvoices.Requester);

    /// <summary>Gets a payment reminder about the same invoice: not an invoice, so it is not paid again.</summary>
    public static DocumentIntakeRequest PaymentReminder { get; } = new(
        DocumentId: "DOC-2025-12-0007",
        DocumentText: """
            Contoso Hardware GmbH - Accounts Receivable

            PAYMENT REMINDER
            Our records show that invoice INV-2025-0042 of 14 November 2025 over EUR 18,450.00 is now overdue.
            If you have already paid, please disregard this reminder. Otherwise kindly transfer the outstanding
            amount within 7 days.
            """,
        ReceivedFrom: "billing@contoso-hardware.example",
        RequestedBy: SampleInvoices.Requester);
}
