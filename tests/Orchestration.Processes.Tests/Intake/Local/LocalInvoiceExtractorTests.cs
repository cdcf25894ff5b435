using Orchestration.Agents.Port;
using Orchestration.Agents.Tests.Local;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Intake.Local;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Tests.Intake.Local;

// Documents that print the supplier id need no retrieval, so these run on the hashing embedder, not the model.
public sealed class LocalInvoiceExtractorTests
{
    private static readonly AgentIdentity Identity = new(IntakeAgents.InvoiceExtractor, "1.0.0", AgentImplementation.Local,
        new PromptReference("invoice-extraction", "1.0.0", "sha256:" + new string('a', 64)));

    private readonly LocalInvoiceExtractor extractor = new(Identity, new HashingEmbedder(), SampleSuppliers.All);

    [Fact]
    public async Task InvokeAsync_TheLaptopInvoiceSample_ReadsEveryField()
    {
        AgentOutcome<ExtractedInvoice> outcome = await extractor.InvokeAsync(new SupplierDocument("D", SampleDocuments.LaptopInvoice.DocumentText));

        SampleInvoices.LaptopInvoice.Deconstruct(out string number, out string id, out string name, out string country, out string order, out string currency, out decimal amount, out _, out _);
        Assert.Equal((number, id, name, country, order, currency, amount), (outcome.Result!.InvoiceNumber, outcome.Result.SupplierId, outcome.Result.SupplierName,
            outcome.Result.SupplierCountry, outcome.Result.PurchaseOrderNumber, outcome.Result.Currency, outcome.Result.Amount));
    }

    [Fact]
    public async Task InvokeAsync_GermanNumberFormat_ReadsTotalAndPrices()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            RECHNUNG
            Rechnungsnummer: INV-2025-0057
            Lieferantennummer: SUP-1009
            Bestellnummer: PO-2025-7781
            LAPTOP-14        12 x    1.350,00
            DOCK-USB-C       12 x      180,00
            Gesamtbetrag: 18.360,00 EUR
            """);

        Assert.Equal((18_360.00m, 1_350.00m, "EUR"), (outcome.Result!.Amount, outcome.Result.Lines[0].UnitPrice, outcome.Result.Currency));
    }

    [Fact]
    public async Task InvokeAsync_PurchaseOrderMissing_RefusesNamingTheField()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            INVOICE
            Invoice No.: INV-2025-0110
            Supplier ID: SUP-1009
            LAPTOP-14    1 x 1,350.00
            Total: 1,350.00 EUR
            """);

        Assert.Equal((AgentRefusalCodes.InsufficientInput, true), (outcome.Refusal?.Code, outcome.Refusal?.Reason.Contains("purchaseOrderNumber", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InvokeAsync_CurrencyPrintedNowhere_RefusesRatherThanDefaulting()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            Invoice No.: INV-2025-0114
            Supplier ID: SUP-1009
            Purchase order: PO-2025-7781
            SETUP-SVC   1 x 90.00
            Total: 90.00
            """);

        Assert.Contains("currency", outcome.Refusal?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_LinesDisagreeWithTotal_ConfidenceFallsBelowTheExtractionThreshold()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            Invoice No.: INV-2025-0099
            Supplier ID: SUP-1009
            Purchase order: PO-2025-7781
            LAPTOP-14    10 x 1,350.00
            Total: 15,000.00 EUR
            """);

        Assert.True(outcome.Confidence < 0.85m);
    }

    [Fact]
    public async Task InvokeAsync_CleanLayoutThatAddsUp_ConfidenceIsAboveTheExtractionThreshold()
    {
        AgentOutcome<ExtractedInvoice> outcome = await extractor.InvokeAsync(new SupplierDocument("D", SampleDocuments.LaptopInvoice.DocumentText));

        Assert.True(outcome.Confidence >= 0.85m);
    }

    [Fact]
    public async Task InvokeAsync_TaxPrinted_LinesPlusTaxMatchTheGrossTotal()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            Invoice No.: INV-2025-0091
            Supplier ID: SUP-1009
            Purchase order: PO-2025-7833
            DOCK-USB-C    10 x 180.00
            Subtotal: 1,800.00
            VAT 19%: 342.00
            Total: 2,142.00 EUR
            """);

        Assert.True(outcome.Confidence >= 0.85m);
    }

    [Fact]
    public async Task InvokeAsync_Answer_EvidenceSaysTheLocalImplementationAnswered()
    {
        AgentOutcome<ExtractedInvoice> outcome = await extractor.InvokeAsync(new SupplierDocument("D", SampleDocuments.LaptopInvoice.DocumentText));

        Assert.Equal((AgentImplementation.Local, EndpointKinds.Local, true),
            (outcome.Call.Implementation, outcome.Call.EndpointKind, outcome.Call.ModelVersion!.StartsWith(LocalInvoiceExtractor.ReaderVersion, StringComparison.Ordinal)));
    }

    private Task<AgentOutcome<ExtractedInvoice>> Extract(string text) => extractor.InvokeAsync(new SupplierDocument("DOC-TEST", text));
}
