using System.Text.RegularExpressions;

namespace Orchestration.Processes.Intake.Local;

/// <summary>The ISO 4217 codes and symbols a printed amount carries.</summary>
internal static partial class Currencies
{
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "CAD", "AUD", "CNY",
    };

    /// <summary>Finds the currency in a text: a code as a word, or a symbol (€, £, $ as USD).</summary>
    public static string? FindIn(string text)
    {
        foreach (Match word in CodePattern().Matches(text))
        {
            if (Codes.Contains(word.Value.ToUpperInvariant()))
            {
                return word.Value.ToUpperInvariant();
            }
        }

        return text.Contains('€', StringComparison.Ordinal) ? "EUR"
            : text.Contains('£', StringComparison.Ordinal) ? "GBP"
            : text.Contains('$', StringComparison.Ordinal) ? "USD"
            : null;
    }

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{3}(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
