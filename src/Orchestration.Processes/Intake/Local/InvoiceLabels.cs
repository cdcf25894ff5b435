namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The printed labels of each invoice field, in English and German. Labels that share a start with a field's label
/// but mean something else (Invoice date, Subtotal, Supplier ID against Supplier) are listed too, so the longest label
/// wins and none is read as the other.
/// </summary>
internal static class InvoiceLabels
{
    public static IReadOnlyList<(string Label, InvoiceField Field)> All { get; } = [.. Build().OrderByDescending(entry => entry.Label.Length)];

    private static IEnumerable<(string Label, InvoiceField Field)> Build()
    {
        foreach (string label in (string[])["invoice number", "invoice no.", "invoice nr.", "invoice #", "tax invoice #", "invoice", "rechnungsnummer",
            "rechnungs-nr.", "rechnungsnr.", "rechnung nr.", "rechnung-nr.", "rechnung"])
        {
            yield return (label, InvoiceField.InvoiceNumber);
        }

        foreach (string label in (string[])["supplier id", "supplier no.", "supplier number", "vendor id", "vendor no.", "vendor number",
            "lieferantennummer", "lieferanten-nr.", "lieferantennr.", "kreditorennummer"])
        {
            yield return (label, InvoiceField.SupplierId);
        }

        foreach (string label in (string[])["supplier", "vendor", "lieferant"])
        {
            yield return (label, InvoiceField.SupplierName);
        }

        foreach (string label in (string[])["country", "land"])
        {
            yield return (label, InvoiceField.SupplierCountry);
        }

        foreach (string label in (string[])["purchase order number", "purchase order no.", "purchase order", "po number", "po no.", "po", "p.o.",
            "your order", "order number", "order no.", "order reference", "contract / po reference", "customer reference / po",
            "bestellnummer", "bestell-nr.", "ihre bestellnummer", "ihre bestellung", "bestellung"])
        {
            yield return (label, InvoiceField.PurchaseOrderNumber);
        }

        foreach (string label in (string[])["currency", "waehrung", "währung"])
        {
            yield return (label, InvoiceField.Currency);
        }

        foreach (string label in (string[])["total due", "total amount payable", "total amount", "total to pay", "total payable", "amount due",
            "invoice total", "total", "gesamtbetrag", "rechnungsbetrag", "gesamtsumme", "endbetrag", "zu zahlen"])
        {
            yield return (label, InvoiceField.Total);
        }

        foreach (string label in (string[])["subtotal", "sub-total", "net amount", "total net", "net", "nettobetrag", "summe netto", "zwischensumme", "netto"])
        {
            yield return (label, InvoiceField.NetTotal);
        }

        foreach (string label in (string[])["invoice date", "rechnungsdatum", "order date", "bestelldatum", "payment terms", "invoice period"])
        {
            yield return (label, InvoiceField.Ignored);
        }
    }
}
