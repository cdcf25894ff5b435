using Orchestration.Agents.Port;

namespace Orchestration.Processes.Intake;

/// <summary>How the intake workflow asks the <c>document-intake</c> bundle where a document goes, given what the agents said.</summary>
public static class IntakeRoutingPolicy
{
    /// <summary>The bundle that routes documents; the run pins its active version when it starts.</summary>
    public const string PolicyId = "document-intake";

    /// <summary>The kind named when the classifier refused.</summary>
    public const string UnknownKind = "Unknown";

    /// <summary>Builds the routing input from the agents' outcomes; a missing extraction reads as not extracted.</summary>
    /// <param name="classification">The classifier's outcome.</param>
    /// <param name="extraction">The extractor's outcome, when it was asked.</param>
    /// <returns>The input.</returns>
    public static IntakeRoutingInput InputFor(AgentOutcome<DocumentClassification> classification, AgentOutcome<ExtractedInvoice>? extraction)
    {
        ArgumentNullException.ThrowIfNull(classification);
        return new(
            classification.Result?.Kind.ToString() ?? UnknownKind,
            classification.Confidence ?? 0m,
            !classification.Answered,
            classification.Refusal?.Code ?? string.Empty,
            extraction is not null,
            extraction?.Confidence ?? 0m,
            extraction is { Answered: false },
            extraction?.Refusal?.Code ?? string.Empty,
            extraction?.Result?.Amount ?? 0m);
    }
}

/// <summary>The facts the <c>document-intake</c> bundle routes on; the member names are the bundle's field names.</summary>
/// <param name="DocumentKind">The kind the classifier answered, or <c>Unknown</c>.</param>
/// <param name="ClassificationConfidence">Its confidence; 0 when it refused.</param>
/// <param name="ClassificationRefused">Whether it refused.</param>
/// <param name="ClassificationRefusal">Its refusal code, or empty.</param>
/// <param name="Extracted">Whether the extractor was asked (only for what the classifier called an invoice).</param>
/// <param name="ExtractionConfidence">The extractor's confidence; 0 when it refused or was not asked.</param>
/// <param name="ExtractionRefused">Whether the extractor refused.</param>
/// <param name="ExtractionRefusal">Its refusal code, or empty.</param>
/// <param name="Amount">The amount it proposed; 0 when none.</param>
public sealed record IntakeRoutingInput(
    string DocumentKind,
    decimal ClassificationConfidence,
    bool ClassificationRefused,
    string ClassificationRefusal,
    bool Extracted,
    decimal ExtractionConfidence,
    bool ExtractionRefused,
    string ExtractionRefusal,
    decimal Amount);
