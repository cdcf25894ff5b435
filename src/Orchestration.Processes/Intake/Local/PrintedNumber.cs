using System.Globalization;
using System.Text.RegularExpressions;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// Reads amounts as suppliers print them: <c>18,450.00</c>, <c>18.450,00</c>, <c>18 450,00</c>, <c>18'450.00</c>,
/// <c>180,00</c>, <c>90</c>. With both separators the last one is the decimal point; a single separator followed by
/// one or two digits is the decimal point; followed by three it is a thousands separator, which is ambiguous
/// (<c>1,350</c> could be 1.35 in a German layout), and the reader says so.
/// </summary>
internal static partial class PrintedNumber
{
    public static bool TryParse(string token, out decimal value, out bool ambiguous)
    {
        value = 0;
        ambiguous = false;
        string text = token.Trim().Replace("'", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal)
            .Replace("\u00a0", string.Empty, StringComparison.Ordinal);
        if (!Shape().IsMatch(text))
        {
            return false;
        }

        int lastDot = text.LastIndexOf('.');
        int lastComma = text.LastIndexOf(',');
        int decimalAt = Math.Max(lastDot, lastComma);
        if (decimalAt >= 0 && lastDot >= 0 && lastComma >= 0)
        {
            return Parse(text, decimalAt, out value);
        }

        char separator = lastDot >= 0 ? '.' : ',';
        int count = text.Count(c => c == separator);
        int digitsAfter = decimalAt < 0 ? 0 : text.Length - decimalAt - 1;
        if (decimalAt >= 0 && count == 1 && digitsAfter is 1 or 2)
        {
            return Parse(text, decimalAt, out value);
        }

        ambiguous = count == 1 && digitsAfter == 3;
        return Parse(text, -1, out value);
    }

    public static Regex Token() => TokenPattern();

    private static bool Parse(string text, int decimalAt, out decimal value)
    {
        string whole = new([.. (decimalAt < 0 ? text : text[..decimalAt]).Where(char.IsAsciiDigit)]);
        string fraction = decimalAt < 0 ? string.Empty : text[(decimalAt + 1)..];
        return decimal.TryParse(fraction.Length == 0 ? whole : $"{whole}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    [GeneratedRegex(@"^\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();

    // An amount inside text: digits grouped by . , ' or single spaces, with an optional decimal part.
    [GeneratedRegex(@"(?<![\d.,'])\d{1,3}(?:(?:[.,']|(?<=\d) (?=\d{3}(?!\d)))\d{3})*(?:[.,]\d{1,2})?(?![\d])|(?<![\d.,'])\d+(?:[.,]\d{1,2})?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
