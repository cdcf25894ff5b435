namespace Orchestration.Processes.Invoices;

/// <summary>A supplier in the vendor master.</summary>
/// <param name="Id">The vendor master id.</param>
/// <param name="Name">The registered name.</param>
/// <param name="City">The city of the registered address.</param>
/// <param name="Country">The country of registration (ISO 3166 alpha-2).</param>
public sealed record SupplierRecord(string Id, string Name, string City, string Country);

/// <summary>The seeded vendor master: the suppliers the sample ERP knows.</summary>
public static class SampleSuppliers
{
    /// <summary>Gets every supplier of the vendor master.</summary>
    public static IReadOnlyList<SupplierRecord> All { get; } =
    [
        new(SampleInvoices.LaptopInvoice.SupplierId, SampleInvoices.LaptopInvoice.SupplierName, "Stuttgart", SampleInvoices.LaptopInvoice.SupplierCountry),
        new("SUP-1012", "Fabrikam Office Supplies Ltd", "Manchester", "GB"),
        new("SUP-1020", "Northwind Traders B.V.", "Rotterdam", "NL"),
        new("SUP-1031", "Tailspin Logistics SAS", "Lyon", "FR"),
        new("SUP-1044", "Adventure Works Cycles AG", "Zurich", "CH"),
        new("SUP-1057", "Litware Software Inc.", "Seattle", "US"),
        new("SUP-1063", "Wingtip Toys GmbH", "Vienna", "AT"),
        new("SUP-1078", "Proseware Elektronik GmbH", "Hamburg", "DE"),
        new("SUP-1085", "Alpine Ski House S.r.l.", "Bolzano", "IT"),
        new("SUP-1092", "Lucerne Publishing AB", "Stockholm", "SE"),
        new("SUP-1101", "Margie's Travel Sp. z o.o.", "Warsaw", "PL"),
        new("SUP-1116", "Blue Yonder Facility Services NV", "Antwerp", "BE"),
        new("SUP-1124", "Coho Vineyard Supplies Ltd", "Bristol", "GB"),
    ];
}
