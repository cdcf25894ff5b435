using System.Text.RegularExpressions;

namespace Orchestration.Governance.Guardrails;

/// <summary>One piece of personal data found in a text. The value itself is never kept.</summary>
/// <param name="Kind">One of <see cref="PiiKinds"/>.</param>
public sealed record PiiFinding(string Kind);

/// <summary>A text with its personal data replaced by placeholders such as <c>[EMAIL]</c>.</summary>
/// <param name="Redacted">The text safe to send to a model.</param>
/// <param name="Findings">What was replaced, in detection order.</param>
public sealed record PiiScan(string Redacted, IReadOnlyList<PiiFinding> Findings)
{
    /// <summary>Gets a value indicating whether the text held no personal data.</summary>
    public bool IsClean => Findings.Count == 0;
}

/// <summary>
/// Finds and redacts personal data before text goes to a model: emails (also with plus tags and spelled-out "at"),
/// phone numbers in international and national formats, IBANs (mod-97 checksum), card numbers (Luhn) and national
/// identifiers (US SSN, UK NINO, Spanish DNI with its check letter). Pure and deterministic.
/// </summary>
public static partial class PiiDetector
{
    private static readonly (string Kind, Func<Regex> Pattern, Func<string, string?> Validate)[] Detectors =
    [
        (PiiKinds.Iban, IbanPattern, PiiChecksums.LongestValidIban),
        (PiiKinds.Card, CardPattern, match => PiiChecksums.IsLuhnValid(match) ? match : null),
        (PiiKinds.NationalId, SsnPattern, match => match),
        (PiiKinds.NationalId, NinoPattern, match => match),
        (PiiKinds.NationalId, DniPattern, match => PiiChecksums.IsDniValid(match) ? match : null),
        (PiiKinds.Email, EmailPattern, match => match),
        (PiiKinds.Email, SpelledEmailPattern, match => match),
        (PiiKinds.Phone, InternationalPhonePattern, match => PiiChecksums.DigitCount(match) is >= 8 and <= 15 ? match : null),
        (PiiKinds.Phone, NationalPhonePattern, match => match),
    ];

    /// <summary>Finds and redacts personal data.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The redacted text and what was found.</returns>
    public static PiiScan Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string working = StripInvisible(text);
        List<PiiFinding> findings = [];
        foreach ((string kind, Func<Regex> pattern, Func<string, string?> validate) in Detectors)
        {
            working = pattern().Replace(working, match =>
            {
                string? hit = validate(match.Value);
                if (hit is null)
                {
                    return match.Value;
                }

                findings.Add(new PiiFinding(kind));
                return $"[{kind.ToUpperInvariant()}]" + match.Value[hit.Length..];
            });
        }

        return new PiiScan(working, findings);
    }

    // Invisible characters inside an address ("jane\u200B@example.com") would split it; case is kept for the model.
    private static string StripInvisible(string text) =>
        new([.. text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format)]);

    [GeneratedRegex(@"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IbanPattern();

    [GeneratedRegex(@"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"\b(?!000|666|9\d\d)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SsnPattern();

    [GeneratedRegex(@"\b(?![DFIQUV])[A-Z](?![DFIOQUV])[A-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NinoPattern();

    [GeneratedRegex(@"\b\d{8}-?[A-Z]\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DniPattern();

    [GeneratedRegex(@"[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(
        @"\b[A-Z0-9._%+-]+\s*(?:[\[\(\{<]\s*at\s*[\]\)\}>]|\s+at\s+)\s*[A-Z0-9-]+(?:\s*(?:[\[\(\{<]\s*dot\s*[\]\)\}>]|\s+dot\s+|\.)\s*[A-Z0-9-]+)*\s*(?:[\[\(\{<]\s*dot\s*[\]\)\}>]|\s+dot\s+)\s*[A-Z]{2,}\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex SpelledEmailPattern();

    [GeneratedRegex(@"(?<![\w+])(?:\+|00)\d{1,3}[\s.-]?(?:\(0?\d{1,4}\)[\s.-]?)?\d{1,4}(?:[\s.-]?\d{2,4}){1,4}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex InternationalPhonePattern();

    [GeneratedRegex(@"(?<![\w-])(?:\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4}|0\d{2,4}[\s/-]\d{3,4}[\s-]?\d{3,4})\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex NationalPhonePattern();
}
