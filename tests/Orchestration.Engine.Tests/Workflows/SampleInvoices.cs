namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Invoices the tests use, with the figures the activities derive from them.</summary>
public static class SampleInvoices
{
    /// <summary>Gets an invoice typed carelessly: spaces, lower case, in dollars (1,250.00 USD = 1,150.00 EUR).</summary>
    public static Invoice Messy { get; } = new(" inv-2026-0042 ", "  Northwind   Traders ", 1_250.00m, "usd");

    /// <summary>Gets an invoice a team lead approves (480.00 GBP = 561.60 EUR).</summary>
    public static Invoice Small { get; } = new("INV-2026-0007", "Contoso Stationery", 480.00m, "GBP");

    /// <summary>Gets an invoice the finance manager approves (7,400.00 EUR).</summary>
    public static Invoice Medium { get; } = new("INV-2026-0100", "Fabrikam Facilities", 7_400.00m, "EUR");

    /// <summary>Gets an invoice the CFO approves (150,000 SEK = 13,200.00 EUR).</summary>
    public static Invoice Large { get; } = new("INV-2026-0555", "Tailspin Consulting AB", 150_000.00m, "SEK");

    /// <summary>Gets an invoice from a supplier on the sanctions list.</summary>
    public static Invoice FromBlockedSupplier { get; } = new("INV-2026-0666", CheckSupplierSanctionsActivity.BlockedSupplier, 999.00m, "EUR");

    /// <summary>Gets twenty supplier names for a risk review.</summary>
    public static IReadOnlyList<string> TwentySuppliers { get; } =
    [
        "Northwind Traders", "Contoso Stationery", "Fabrikam Facilities", "Tailspin Consulting AB", "Adventure Works",
        "Wide World Importers", "Litware Inc", "Proseware", "Alpine Ski House", "Coho Winery",
        "Lucerne Publishing", "Margie's Travel", "Trey Research", "Woodgrove Bank", "Blue Yonder Airlines",
        "City Power & Light", "Graphic Design Institute", "Humongous Insurance", "Southridge Video", "VanArsdel Ltd",
    ];
}
