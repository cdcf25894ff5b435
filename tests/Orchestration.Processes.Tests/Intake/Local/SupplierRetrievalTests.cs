using Orchestration.Agents.Port;
using Orchestration.Processes.Intake;

namespace Orchestration.Processes.Tests.Intake.Local;

[Collection(SharedIntakeAgents.Name)]
public sealed class SupplierRetrievalTests(IntakeAgentsFixture fixture)
{
    [Fact]
    public async Task InvokeAsync_SupplierIdNotPrinted_ResolvesItFromTheVendorMasterByName()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            Proseware Elektronik GmbH
            Hafenstrasse 8, 20457 Hamburg
            Rechnungsnummer: PE-2025-11-0502
            Bestellnummer: 4500019004
            KEYB-DE-USB     50 x     19,90
            Gesamtbetrag: 995,00 EUR
            """);

        Assert.Equal(("SUP-1078", "DE"), (outcome.Result?.SupplierId, outcome.Result?.SupplierCountry));
    }

    [Fact]
    public async Task InvokeAsync_SupplierUnknownToTheVendorMaster_RefusesNamingTheSupplierId()
    {
        AgentOutcome<ExtractedInvoice> outcome = await Extract("""
            Quantum Llama Widgets Pty
            Invoice No.: QLW-778
            Purchase order: PO-2025-7900
            WIDGET-X  10 x 5.00
            Total: AUD 50.00
            """);

        Assert.Equal((AgentRefusalCodes.InsufficientInput, true), (outcome.Refusal?.Code, outcome.Refusal?.Reason.Contains("supplierId", StringComparison.Ordinal)));
    }

    private Task<AgentOutcome<ExtractedInvoice>> Extract(string text) => fixture.Agents.Extractor.InvokeAsync(new SupplierDocument("DOC-TEST", text));
}
