using System.Globalization;
using System.Text;

namespace Orchestration.Governance.Guardrails;

/// <summary>
/// Undoes the tricks that hide words from a pattern: compatibility forms (fullwidth letters), invisible characters,
/// look-alike letters from other scripts, digits for letters, accents, and spacing between letters.
/// </summary>
internal static class TextNormalizer
{
    // Cyrillic and Greek letters that look like Latin ones, as used to slip words past filters.
    private static readonly Dictionary<char, char> Homoglyphs = new()
    {
        ['а'] = 'a', ['е'] = 'e', ['о'] = 'o', ['р'] = 'p', ['с'] = 'c', ['х'] = 'x', ['у'] = 'y', ['і'] = 'i', ['ј'] = 'j',
        ['ѕ'] = 's', ['һ'] = 'h', ['ԁ'] = 'd', ['ɡ'] = 'g', ['ո'] = 'n', ['ν'] = 'v', ['ο'] = 'o', ['α'] = 'a', ['ε'] = 'e',
        ['ι'] = 'i', ['κ'] = 'k', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['м'] = 'm', ['т'] = 't', ['в'] = 'b', ['н'] = 'h',
        ['к'] = 'k', ['г'] = 'r', ['ı'] = 'i',
    };

    private static readonly Dictionary<char, char> Leet = new()
    {
        ['0'] = 'o', ['1'] = 'i', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['@'] = 'a', ['$'] = 's', ['!'] = 'i', ['|'] = 'l',
    };

    /// <summary>Compatibility-normalises, drops invisible characters and lower-cases; other scripts stay as they are.</summary>
    public static string Clean(string text)
    {
        StringBuilder clean = new(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormKC))
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is not (UnicodeCategory.Format or UnicodeCategory.Control) || c is '\n' or '\r' or '\t')
            {
                clean.Append(char.ToLowerInvariant(c));
            }
        }

        return clean.ToString();
    }

    /// <summary>Cleans, then maps look-alike letters to Latin and strips accents, for patterns written in Latin script.</summary>
    public static string Latin(string text)
    {
        StringBuilder latin = new(text.Length);
        foreach (char c in Clean(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                latin.Append(Homoglyphs.GetValueOrDefault(c, c));
            }
        }

        return latin.ToString();
    }

    /// <summary>Maps digits and symbols used as letters, then keeps letters only: "I g n 0 r e" becomes "ignore".</summary>
    public static string Squash(string latin)
    {
        StringBuilder squashed = new(latin.Length);
        foreach (char c in latin)
        {
            char letter = Leet.GetValueOrDefault(c, c);
            if (char.IsLetter(letter))
            {
                squashed.Append(letter);
            }
        }

        return squashed.ToString();
    }
}
