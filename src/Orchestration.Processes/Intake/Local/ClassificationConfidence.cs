using Orchestration.Agents.Local;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// Turns a nearest-example match into a confidence the document-intake policy can route on (it asks for 0.75). Two
/// things must hold for a confident answer: the document is near its label's examples (similarity), and clearly
/// nearer to them than to the runner-up kind's (margin). Each maps linearly onto 0..1 between a level where it says
/// nothing and one where it is decisive, and the confidence is the weaker of the two, so neither can carry the other.
/// The levels are first estimates from MiniLM's scores on the shipped examples (documents of a known kind score about
/// 0.45 to 0.8 against their kind's examples); recalibrate them with <c>agents evaluate</c> when the examples change.
/// </summary>
internal static class ClassificationConfidence
{
    private const double SimilarityNone = 0.35;
    private const double SimilarityFull = 0.60;
    private const double MarginNone = 0.0;
    private const double MarginFull = 0.10;

    // A title view this near is a printed title of its kind ("2. MAHNUNG" against "MAHNUNG"), not a passing word.
    private const double TitleNone = 0.55;
    private const double TitleFull = 0.80;
    private const double TitleMarginFull = 0.15;

    // Two views that disagree leave the document to a person: the weaker reading caps the confidence.
    private const double Disagreement = 0.5;

    public static bool IsTitle(NearestExampleMatch<DocumentKind>? title) => title is not null && title.Score >= TitleNone;

    /// <summary>The kind and confidence from the document view and, when the document has a known title, the title view.</summary>
    public static (DocumentKind Kind, decimal Confidence) Combine(NearestExampleMatch<DocumentKind> document, NearestExampleMatch<DocumentKind>? title)
    {
        decimal whole = From(document.Score, document.Margin);
        if (!IsTitle(title))
        {
            return (document.Label, whole);
        }

        decimal heading = Math.Round((decimal)Math.Min(Scale(title!.Score, TitleNone, TitleFull), Scale(title.Margin, 0.0, TitleMarginFull)), 3);
        if (title.Label.Equals(document.Label))
        {
            return (title.Label, Math.Max(whole, heading));
        }

        return heading >= whole
            ? (title.Label, Math.Round(heading * (decimal)Disagreement, 3))
            : (document.Label, Math.Round(whole * (decimal)Disagreement, 3));
    }

    public static decimal From(double score, double margin)
    {
        double similarity = Scale(score, SimilarityNone, SimilarityFull);
        double separation = Scale(margin, MarginNone, MarginFull);
        return Math.Round((decimal)Math.Min(similarity, separation), 3);
    }

    private static double Scale(double value, double none, double full) => Math.Clamp((value - none) / (full - none), 0.0, 1.0);
}
