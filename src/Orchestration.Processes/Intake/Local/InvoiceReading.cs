using System.Text.RegularExpressions;

namespace Orchestration.Processes.Intake.Local;

/// <summary>Reads single values out of a <see cref="PrintedLayout"/>: identifiers, amounts, names.</summary>
internal static partial class InvoiceReading
{
    /// <summary>The first identifier under the most specific label of a field: a token with a digit in it.</summary>
    public static (string Value, bool Clean)? Identifier(PrintedLayout layout, InvoiceField field)
    {
        foreach (LabelledValue labelled in layout.Of(field).OrderByDescending(value => value.Label.Length).ThenBy(value => value.Line))
        {
            string token = labelled.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.TrimEnd('.', ',', ';', ':') ?? string.Empty;
            if (IdentifierPattern().IsMatch(token))
            {
                return (token, labelled.Clean);
            }
        }

        return null;
    }

    /// <summary>The amount under the last label of a field that has one, with the currency printed beside it.</summary>
    public static (decimal Amount, string? Currency, bool Clean, bool Ambiguous)? Amount(PrintedLayout layout, InvoiceField field)
    {
        foreach (LabelledValue labelled in layout.Of(field).Reverse())
        {
            string value = FirstColumn(labelled.Value);
            Match token = PrintedNumber.Token().Match(value);
            if (token.Success && PrintedNumber.TryParse(token.Value, out decimal amount, out bool ambiguous))
            {
                return (amount, Currencies.FindIn(value), labelled.Clean, ambiguous);
            }
        }

        return null;
    }

    /// <summary>The text under a field's first label, up to the next column.</summary>
    public static (string Value, bool Clean)? Text(PrintedLayout layout, InvoiceField field) =>
        layout.Of(field).Select(labelled => (Value: FirstColumn(labelled.Value), labelled.Clean)).FirstOrDefault(entry => entry.Value.Length > 0) is { Value: not null } found
            ? found
            : null;

    /// <summary>The tax printed (VAT, USt, MwSt): the last amount with two decimals after the tax word.</summary>
    public static decimal? Tax(PrintedLayout layout)
    {
        foreach (string line in layout.Lines)
        {
            Match tax = TaxPattern().Match(line);
            if (!tax.Success)
            {
                continue;
            }

            string rest = FirstColumn(line[(tax.Index + tax.Length)..].TrimStart(' ', ':', '%'));
            Match? amount = PrintedNumber.Token().Matches(rest).LastOrDefault(match => DecimalsPattern().IsMatch(match.Value));
            if (amount is not null && PrintedNumber.TryParse(amount.Value, out decimal value, out _))
            {
                return value;
            }
        }

        return null;
    }

    private static string FirstColumn(string value)
    {
        string[] columns = ColumnGap().Split(value.Trim());
        return columns.Length > 1 && CurrencyOnly().IsMatch(columns[1]) ? $"{columns[0]} {columns[1]}" : columns[0];
    }

    [GeneratedRegex(@"^(?=.*\d)[A-Za-z0-9][A-Za-z0-9/._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"\b(?:vat|mwst|ust|umsatzsteuer|mehrwertsteuer)\b(?:\s*\d{1,2}(?:[.,]\d)?\s*%)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TaxPattern();

    [GeneratedRegex(@"[.,]\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalsPattern();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^(?:[A-Z]{3}|€|£|\$)$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyOnly();
}
