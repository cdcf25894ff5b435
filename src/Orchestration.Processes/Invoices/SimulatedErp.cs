using System.Collections.Concurrent;
using System.Globalization;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// An in-memory stand-in for the ERP: purchase orders, goods receipts and invoice postings. Its posting gateway
/// times out on the first <c>flakyPostings</c> calls, to show the workflow's retry policy at work.
/// </summary>
public sealed class SimulatedErp(int flakyPostings)
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<PurchaseOrderLine>> purchaseOrders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> goodsReceipts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> postings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<decimal>> supplierInvoiceAmounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, decimal> prices = new(StringComparer.Ordinal);
    private int postingCalls;
    private int nextDocument = 5_100_000;

    /// <summary>Gets how many times the posting gateway was called.</summary>
    public int PostingCalls => Volatile.Read(ref postingCalls);

    /// <summary>Records a purchase order.</summary>
    public void AddPurchaseOrder(string number, IReadOnlyList<PurchaseOrderLine> lines) => purchaseOrders[number] = lines;

    /// <summary>Records what the warehouse received against a purchase order, by SKU.</summary>
    public void AddGoodsReceipt(string purchaseOrderNumber, IReadOnlyDictionary<string, int> received) =>
        goodsReceipts[purchaseOrderNumber] = received;

    /// <summary>Records the amounts of a supplier's past invoices (what the anomaly gate compares a new one with).</summary>
    public void AddInvoiceHistory(string supplierId, IReadOnlyList<decimal> amounts) => supplierInvoiceAmounts[supplierId] = amounts;

    /// <summary>Reads the amounts of a supplier's past invoices; empty for a new supplier.</summary>
    public IReadOnlyList<decimal> FindInvoiceHistory(string supplierId) => supplierInvoiceAmounts.GetValueOrDefault(supplierId) ?? [];

    /// <summary>Sets a SKU's list price.</summary>
    public void SetPrice(string sku, decimal unitPrice) => prices[sku] = unitPrice;

    /// <summary>Reads the price list, by SKU: the reference data the price-list refresh loads.</summary>
    public IReadOnlyDictionary<string, decimal> ReadPriceList() => new Dictionary<string, decimal>(prices, StringComparer.Ordinal);

    /// <summary>Reads a purchase order; null when there is none.</summary>
    public IReadOnlyList<PurchaseOrderLine>? FindPurchaseOrder(string number) => purchaseOrders.GetValueOrDefault(number);

    /// <summary>Reads the goods received against a purchase order; empty when nothing arrived.</summary>
    public IReadOnlyDictionary<string, int> FindGoodsReceipt(string purchaseOrderNumber) =>
        goodsReceipts.GetValueOrDefault(purchaseOrderNumber) ?? new Dictionary<string, int>();

    /// <summary>
    /// Posts an invoice. Idempotent by invoice number: posting the same invoice again returns the first document,
    /// which is what makes an at-least-once activity safe.
    /// </summary>
    /// <exception cref="TimeoutException">The gateway timed out (the first calls only).</exception>
    public string PostInvoice(string invoiceNumber)
    {
        if (Interlocked.Increment(ref postingCalls) <= flakyPostings)
        {
            throw new TimeoutException("The ERP posting gateway did not answer within 30 s (simulated).");
        }

        return postings.GetOrAdd(invoiceNumber, _ =>
            Interlocked.Increment(ref nextDocument).ToString(CultureInfo.InvariantCulture));
    }
}
