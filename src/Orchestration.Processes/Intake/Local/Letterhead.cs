using System.Text.RegularExpressions;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The supplier as the letterhead prints it, when no label names it: the first segment of the document's first lines
/// that carries a legal form (GmbH, Ltd, B.V., Inc., Sp. z o.o. ...), never the customer's bill-to line; and the
/// country named in those lines.
/// </summary>
internal static partial class Letterhead
{
    private const int LinesRead = 5;

    public static string? SupplierName(PrintedLayout layout) =>
        HeaderLines(layout)
            .SelectMany(line => SegmentGap().Split(line))
            .Select(segment => SpacesPattern().Replace(segment.Trim(), " "))
            .FirstOrDefault(segment => LegalForm().IsMatch(segment));

    public static string? Country(PrintedLayout layout) =>
        HeaderLines(layout).Select(Countries.FindIn).FirstOrDefault(country => country is not null);

    private static IEnumerable<string> HeaderLines(PrintedLayout layout) =>
        layout.Lines.Take(LinesRead).Where(line => !CustomerLine().IsMatch(line));

    [GeneratedRegex(@"\b(?:GmbH|Ltd|AG|B\.V\.|BV|Inc\.|Inc|SAS|S\.r\.l\.|AB|NV|Sp\. z o\.o\.|LLC|Pty|S\.A\.|KG|plc|Oy|A/S)(?=$|[\s,.|])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LegalForm();

    [GeneratedRegex(@"^(?:bill to|customer|kunde|ship to|deliver to|rechnungsempf)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CustomerLine();

    [GeneratedRegex(@"\s{2,}|\||,|\s-\s", RegexOptions.CultureInvariant)]
    private static partial Regex SegmentGap();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesPattern();
}
