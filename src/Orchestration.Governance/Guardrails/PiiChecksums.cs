using System.Numerics;

namespace Orchestration.Governance.Guardrails;

/// <summary>The check digits that tell a real identifier from a number that merely looks like one.</summary>
internal static class PiiChecksums
{
    private const string DniLetters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>
    /// The pattern may run into the words after an IBAN ("DE89 3704 ... 00 and"), so the longest prefix whose
    /// mod-97 checksum holds is the IBAN; null when none does.
    /// </summary>
    public static string? LongestValidIban(string candidate)
    {
        for (int end = candidate.Length; end >= 15; end--)
        {
            string compact = new([.. candidate[..end].Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
            if (compact.Length is >= 15 and <= 34 && char.IsLetterOrDigit(candidate[end - 1]) && IsMod97Valid(compact))
            {
                return candidate[..end];
            }
        }

        return null;
    }

    public static bool IsLuhnValid(string candidate)
    {
        int[] digits = [.. candidate.Where(char.IsAsciiDigit).Select(c => c - '0')];
        int sum = 0;
        for (int i = 0; i < digits.Length; i++)
        {
            int digit = digits[digits.Length - 1 - i];
            sum += i % 2 == 1 ? (digit * 2 > 9 ? (digit * 2) - 9 : digit * 2) : digit;
        }

        return digits.Length is >= 13 and <= 19 && sum % 10 == 0;
    }

    public static bool IsDniValid(string candidate)
    {
        string compact = candidate.Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return int.TryParse(compact.AsSpan(0, 8), System.Globalization.CultureInfo.InvariantCulture, out int number)
            && DniLetters[number % 23] == compact[8];
    }

    public static int DigitCount(string text) => text.Count(char.IsAsciiDigit);

    private static bool IsMod97Valid(string iban)
    {
        if (!char.IsLetter(iban[0]) || !char.IsLetter(iban[1]) || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        string rearranged = iban[4..] + iban[..4];
        string numeric = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return BigInteger.Parse(numeric, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }
}
