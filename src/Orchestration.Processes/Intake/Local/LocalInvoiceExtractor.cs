using System.Globalization;
using Orchestration.Abstractions;
using Orchestration.Agents.Local;
using Orchestration.Agents.Port;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The local <c>invoice-extractor</c>: a deterministic reader of printed invoice layouts (labels in English and German,
/// numbers as 18,450.00 or 18.450,00, lines as <c>SKU qty x price</c>) that resolves the supplier against the vendor
/// master by retrieval when its id is not printed. A required field it cannot read is a refusal naming the field,
/// never a default; its confidence says how much was read cleanly and whether the lines add up to the total.
/// </summary>
public sealed class LocalInvoiceExtractor : IAgent<SupplierDocument, ExtractedInvoice>
{
    /// <summary>The reader's version, in evidence next to the embedding model's.</summary>
    public const string ReaderVersion = "invoice-layout-reader 1.0.0";

    private readonly SupplierDirectory directory;
    private readonly ITextEmbedder embedder;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance of the <see cref="LocalInvoiceExtractor"/> class.</summary>
    /// <param name="identity">Who the agent is (from the registry).</param>
    /// <param name="embedder">The embedding model the supplier directory retrieves with.</param>
    /// <param name="suppliers">The vendor master; embedded here, once.</param>
    /// <param name="time">The clock latency is measured with; null takes the system's.</param>
    public LocalInvoiceExtractor(AgentIdentity identity, ITextEmbedder embedder, IReadOnlyList<SupplierRecord> suppliers, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(embedder);
        Identity = identity;
        this.embedder = embedder;
        this.time = time ?? TimeProvider.System;
        directory = new SupplierDirectory(embedder, suppliers);
    }

    /// <inheritdoc/>
    public AgentIdentity Identity { get; }

    /// <inheritdoc/>
    public Task<AgentOutcome<ExtractedInvoice>> InvokeAsync(SupplierDocument request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = time.GetTimestamp();
        string text = request.DocumentText ?? string.Empty;
        PrintedLayout layout = PrintedLayout.Read(text);
        ExtractionConfidence confidence = new();
        List<string> missing = [];
        string? number = Required(InvoiceReading.Identifier(layout, InvoiceField.InvoiceNumber), "invoiceNumber", "invoice number", missing, confidence);
        string? order = Required(InvoiceReading.Identifier(layout, InvoiceField.PurchaseOrderNumber), "purchaseOrderNumber", "purchase order", missing, confidence);
        SupplierReading supplier = SupplierReading.Read(layout, directory, confidence);
        if (supplier.Id is null)
        {
            missing.Add($"supplierId ({supplier.Problem})");
        }
        else if (supplier.Name is null)
        {
            missing.Add("supplierName");
        }

        string? country = Country(layout, supplier, confidence, missing);
        var total = InvoiceReading.Amount(layout, InvoiceField.Total);
        string? currency = Currency(layout, total?.Currency, confidence, missing);
        IReadOnlyList<(InvoiceLine Line, bool Ambiguous)> lines = InvoiceLineReader.Read(layout.Lines);
        if (total is null)
        {
            missing.Add("amount (no total is printed)");
        }

        if (lines.Count == 0)
        {
            missing.Add("lines (no line reads as 'SKU qty x price')");
        }

        if (missing.Count > 0)
        {
            return Done(AgentOutcome.Refused<ExtractedInvoice>(
                new AgentRefusal(AgentRefusalCodes.InsufficientInput, $"The document does not show: {string.Join("; ", missing)}."),
                Call(text, started)));
        }

        CheckNumbers(layout, total!.Value, lines, confidence);
        ExtractedInvoice result = new(number!, supplier.Id!, supplier.Name!, country!, order!, currency!, total.Value.Amount, [.. lines.Select(line => line.Line)]);
        string rationale = confidence.Reasons.Count == 0
            ? "Every field was read under its printed label and the lines add up to the total."
            : "Read from the printed layout; " + string.Join("; ", confidence.Reasons) + ".";
        return Done(AgentOutcome.Answer(result, confidence.Value, Truncate(rationale), Call(text, started).WithResult(WorkflowJson.Serialize(result)!)));
    }

    private static string? Required((string Value, bool Clean)? read, string field, string label, List<string> missing, ExtractionConfidence confidence)
    {
        if (read is not { } found)
        {
            missing.Add($"{field} (no '{label}' label with a value)");
            return null;
        }

        if (!found.Clean)
        {
            confidence.Lower(0.97m, $"{field} label read through OCR noise");
        }

        return found.Value;
    }

    private static string? Country(PrintedLayout layout, SupplierReading supplier, ExtractionConfidence confidence, List<string> missing)
    {
        string? country = InvoiceReading.Text(layout, InvoiceField.SupplierCountry) is { } printed ? Countries.Parse(printed.Value) : null;
        if (country is null && Letterhead.Country(layout) is { } address)
        {
            country = address;
            confidence.Lower(0.99m, "country read from the address");
        }

        if (country is null && supplier.Record is { } record)
        {
            country = record.Country;
            confidence.Lower(0.98m, "country taken from the vendor master");
        }
        else if (country is not null && supplier.Record is { } known && known.Country != country)
        {
            confidence.Lower(0.8m, $"the printed country {country} is not the vendor master's {known.Country}");
        }

        if (country is null && supplier.Id is not null)
        {
            missing.Add("supplierCountry");
        }

        return country;
    }

    private static string? Currency(PrintedLayout layout, string? besideTotal, ExtractionConfidence confidence, List<string> missing)
    {
        string? labelled = InvoiceReading.Text(layout, InvoiceField.Currency) is { } printed ? Currencies.FindIn(printed.Value) : null;
        string? currency = labelled ?? besideTotal;
        if (labelled is not null && besideTotal is not null && labelled != besideTotal)
        {
            confidence.Lower(0.6m, $"the currency label says {labelled}, the total {besideTotal}");
        }

        if (currency is null)
        {
            missing.Add("currency (neither labelled nor printed with the total)");
        }

        return currency;
    }

    private static void CheckNumbers(
        PrintedLayout layout, (decimal Amount, string? Currency, bool Clean, bool Ambiguous) total,
        IReadOnlyList<(InvoiceLine Line, bool Ambiguous)> lines, ExtractionConfidence confidence)
    {
        if (!total.Clean)
        {
            confidence.Lower(0.97m, "total label read through OCR noise");
        }

        if (total.Ambiguous || lines.Any(line => line.Ambiguous))
        {
            confidence.Lower(0.9m, "a number could be read with either decimal separator");
        }

        decimal sum = lines.Sum(line => line.Line.Quantity * line.Line.UnitPrice);
        decimal tax = InvoiceReading.Tax(layout) ?? 0m;
        if (Math.Abs(sum - total.Amount) > 0.01m && Math.Abs(sum + tax - total.Amount) > 0.01m)
        {
            confidence.Lower(0.5m, $"the lines add up to {Format(sum)}{(tax == 0 ? string.Empty : $" plus tax {Format(tax)}")}, the total says {Format(total.Amount)}");
        }
    }

    private AgentCall Call(string text, long started) =>
        LocalAgentCall.For(Identity, embedder.Name, $"{ReaderVersion}; {embedder.Version}", text, (long)time.GetElapsedTime(started).TotalMilliseconds);

    private static Task<AgentOutcome<ExtractedInvoice>> Done(AgentOutcome<ExtractedInvoice> outcome) => Task.FromResult(outcome);

    private static string Format(decimal amount) => amount.ToString("#,0.00", CultureInfo.InvariantCulture);

    private static string Truncate(string text) => text.Length <= 1_000 ? text : text[..997] + "...";
}
