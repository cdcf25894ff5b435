using System.Text.RegularExpressions;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// Reads billed lines printed as <c>SKU [description] qty [unit] x unit-price [amount]</c>, optionally after a
/// position number: <c>LAPTOP-14  12 x 1,350.00</c>, <c>2  MOUSE-WL  50 x 14,50</c>, <c>LIC-ENT  10 seats x 480.00</c>.
/// SKUs are upper-case codes with at least one hyphen, which keeps totals and prose from being read as lines.
/// </summary>
internal static partial class InvoiceLineReader
{
    public static IReadOnlyList<(InvoiceLine Line, bool Ambiguous)> Read(IEnumerable<string> lines)
    {
        List<(InvoiceLine, bool)> read = [];
        foreach (string line in lines)
        {
            Match match = LinePattern().Match(line);
            if (match.Success
                && int.TryParse(match.Groups["qty"].Value, System.Globalization.CultureInfo.InvariantCulture, out int quantity)
                && PrintedNumber.TryParse(match.Groups["price"].Value, out decimal price, out bool ambiguous))
            {
                read.Add((new InvoiceLine(match.Groups["sku"].Value, quantity, price), ambiguous));
            }
        }

        return read;
    }

    [GeneratedRegex(
        @"^(?:\d{1,3}\s+)?(?<sku>[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+)\s+(?:.*?\s)??(?<qty>\d{1,6})\s*(?:(?:pcs|pc|seats?|units?|stk\.?|stück|h)\s*)?[x×]\s*(?<price>\d{1,3}(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?:\s|$)",
        RegexOptions.CultureInvariant,
        1000)]
    private static partial Regex LinePattern();
}
