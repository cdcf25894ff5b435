using System.Text;
using System.Text.RegularExpressions;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// A printed document as lines and labelled values. A label counts where a field would start: at the start of a
/// line, after a run of spaces (columns of a PDF's text layer) or after a bar. OCR look-alikes (0 for o, 1 or | for
/// l and i) and stray spaces inside a label are tolerated, and flagged, so confidence can say the text was noisy.
/// </summary>
internal sealed class PrintedLayout
{
    private static readonly Regex LabelPattern = BuildLabelPattern();

    private PrintedLayout(IReadOnlyList<string> lines, IReadOnlyList<LabelledValue> values)
    {
        Lines = lines;
        Values = values;
    }

    public IReadOnlyList<string> Lines { get; }

    public IReadOnlyList<LabelledValue> Values { get; }

    public static PrintedLayout Read(string text)
    {
        string[] lines = [.. text.ReplaceLineEndings("\n").Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0)];
        List<LabelledValue> values = [];
        for (int index = 0; index < lines.Length; index++)
        {
            MatchCollection matches = LabelPattern.Matches(lines[index]);
            for (int m = 0; m < matches.Count; m++)
            {
                Match match = matches[m];
                int end = m + 1 < matches.Count ? matches[m + 1].Index : lines[index].Length;
                string value = lines[index][(match.Index + match.Length)..end].Trim();
                (InvoiceField field, string label) = Identify(match);
                values.Add(new LabelledValue(field, match.Value.Trim(), value, IsClean(match.Value, label), index));
            }
        }

        return new PrintedLayout(lines, values);
    }

    public IEnumerable<LabelledValue> Of(InvoiceField field) => Values.Where(value => value.Field == field);

    private static (InvoiceField Field, string Label) Identify(Match match)
    {
        for (int i = 0; i < InvoiceLabels.All.Count; i++)
        {
            if (match.Groups["l" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)].Success)
            {
                return (InvoiceLabels.All[i].Field, InvoiceLabels.All[i].Label);
            }
        }

        throw new InvalidOperationException("a label matched without a group");
    }

    private static bool IsClean(string printed, string label) =>
        string.Equals(Letters(printed), Letters(label), StringComparison.OrdinalIgnoreCase);

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);

    // One alternation of every label, longest first, so "Supplier ID" is never read as "Supplier" followed by "ID".
    private static Regex BuildLabelPattern()
    {
        StringBuilder pattern = new(@"(?<=^|\s{2}|\|\s*)(?:");
        for (int i = 0; i < InvoiceLabels.All.Count; i++)
        {
            string label = InvoiceLabels.All[i].Label;
            pattern.Append(i == 0 ? string.Empty : "|").Append("(?<l").Append(i).Append('>').Append(Tolerant(label))
                .Append(label[^1] == '#' ? string.Empty : @"(?![\p{L}\d-])").Append(')');
        }

        pattern.Append(@")\s*[:#]?\s*");
        return new Regex(pattern.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string Tolerant(string label)
    {
        StringBuilder pattern = new();
        foreach (char c in label)
        {
            pattern.Append(c switch
            {
                ' ' => @"\s*",
                '.' => @"\s*\.?",
                '-' => @"-?\s*",
                '/' => @"\s*/\s*",
                '#' => @"\s*\#",
                'o' => "[o0]",
                'l' or 'i' => "[li1|]",
                'ä' => "(?:ä|ae|a)",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return pattern.ToString();
    }
}
