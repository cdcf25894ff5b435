namespace Orchestration.Processes.Intake.Local;

/// <summary>Country names as suppliers print them in addresses (English, German, the local name), to ISO 3166 alpha-2.</summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Germany"] = "DE", ["Deutschland"] = "DE", ["United Kingdom"] = "GB", ["UK"] = "GB", ["Great Britain"] = "GB",
        ["Netherlands"] = "NL", ["Niederlande"] = "NL", ["Nederland"] = "NL", ["France"] = "FR", ["Frankreich"] = "FR",
        ["Switzerland"] = "CH", ["Schweiz"] = "CH", ["Austria"] = "AT", ["Oesterreich"] = "AT", ["Österreich"] = "AT",
        ["USA"] = "US", ["United States"] = "US", ["Italy"] = "IT", ["Italia"] = "IT", ["Italien"] = "IT",
        ["Sweden"] = "SE", ["Schweden"] = "SE", ["Sverige"] = "SE", ["Poland"] = "PL", ["Polen"] = "PL", ["Polska"] = "PL",
        ["Belgium"] = "BE", ["Belgien"] = "BE", ["Belgique"] = "BE", ["Spain"] = "ES", ["Spanien"] = "ES", ["Australia"] = "AU",
    };

    /// <summary>Reads a printed country: an alpha-2 code or a name.</summary>
    public static string? Parse(string printed)
    {
        string text = printed.Trim().TrimEnd('.', ',');
        if (text.Length == 2 && text.All(char.IsAsciiLetter))
        {
            return text.ToUpperInvariant();
        }

        return Names.GetValueOrDefault(text);
    }

    /// <summary>Finds a country name in an address line, as a whole word.</summary>
    public static string? FindIn(string line)
    {
        string[] words = [.. line.Split([' ', ',', '|', '-'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        for (int i = 0; i < words.Length; i++)
        {
            // Two-word names first ("United Kingdom"), then single words; alpha-2 codes alone are too easily a word.
            if (i + 1 < words.Length && Names.TryGetValue(words[i] + " " + words[i + 1], out string? pair))
            {
                return pair;
            }

            if (words[i].Length > 2 && Names.TryGetValue(words[i], out string? single))
            {
                return single;
            }
        }

        return null;
    }
}
