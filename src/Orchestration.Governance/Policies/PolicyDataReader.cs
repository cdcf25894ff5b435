using Orchestration.Governance.Files;
using Orchestration.Governance.Policies.Expressions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// Reads a bundle's <c>data:</c> section: lists given inline (<c>values:</c>) or loaded from a CSV file beside the
/// bundle (<c>file:</c> and <c>column:</c>), such as a sanctions list.
/// </summary>
internal static class PolicyDataReader
{
    public static Dictionary<string, DataSetValue> Read(YamlMap bundle, string directory, List<(string Name, string Path)> files)
    {
        Dictionary<string, DataSetValue> sets = new(StringComparer.Ordinal);
        foreach ((string name, YamlMap entry) in bundle.MapEntries("data"))
        {
            entry.Only("file", "column", "values");
            IEnumerable<string> values = (entry.OptionalString("file"), entry.Find("values")) switch
            {
                ({ } file, null) => ReadCsv(entry, Path.GetFullPath(Path.Combine(directory, file)), file, entry.OptionalString("column"), files),
                (null, { }) => entry.StringList("values"),
                _ => throw entry.Error($"data set '{name}' needs exactly one of 'file' or 'values'"),
            };
            sets[name] = new DataSetValue(name, values.Select(value => value.Trim()).Where(value => value.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase));
        }

        return sets;
    }

    private static List<string> ReadCsv(YamlMap entry, string path, string relative, string? column, List<(string Name, string Path)> files)
    {
        if (!File.Exists(path))
        {
            throw entry.Error($"data file '{relative}' does not exist");
        }

        files.Add((relative.Replace('\\', '/'), path));
        string[] lines = [.. File.ReadAllLines(path).Where(line => !string.IsNullOrWhiteSpace(line) && !line.StartsWith('#'))];
        if (column is null)
        {
            return [.. lines];
        }

        int index = lines.Length == 0 ? -1 : Array.FindIndex(SplitCsv(lines[0]), header => string.Equals(header.Trim(), column, StringComparison.Ordinal));
        return index >= 0
            ? [.. lines.Skip(1).Select(line => SplitCsv(line) is var cells && index < cells.Length ? cells[index] : string.Empty)]
            : throw entry.Error($"data file '{relative}' has no column '{column}' in its header line");
    }

    // Enough CSV for reference lists: commas, and double quotes around cells that contain commas.
    private static string[] SplitCsv(string line)
    {
        List<string> cells = [];
        System.Text.StringBuilder cell = new();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
