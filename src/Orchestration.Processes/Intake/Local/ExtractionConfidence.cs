namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The confidence of a local extraction: how much of the invoice was read cleanly. Every field read under its own
/// printed label keeps it whole; each field that needed a fallback (the letterhead for the name, the vendor master for
/// the country, retrieval for the supplier id), an OCR-noisy label or an ambiguous number costs a little; lines that
/// do not add up to the total, or a supplier id that names someone else, cost enough to fall below the
/// document-intake policy's 0.85, so a clerk looks.
/// </summary>
internal sealed class ExtractionConfidence
{
    /// <summary>What a fully clean reading is worth: a deterministic reader still misreads layouts it has never seen.</summary>
    private const decimal Clean = 0.98m;

    private readonly List<string> reasons = [];
    private decimal value = Clean;

    public decimal Value => Math.Round(value, 3);

    public IReadOnlyList<string> Reasons => reasons;

    public void Lower(decimal factor, string reason)
    {
        value *= factor;
        reasons.Add(reason);
    }
}
