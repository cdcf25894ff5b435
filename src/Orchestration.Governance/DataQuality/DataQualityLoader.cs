using Orchestration.Governance.Files;

namespace Orchestration.Governance.DataQuality;

/// <summary>
/// Loads data-quality gates from YAML: <c>gates:</c> maps an activity name to its <c>freshness</c>, <c>schema</c>
/// and <c>anomalies</c>. Problems throw <see cref="GovernanceFileException"/> with the line.
/// </summary>
public static class DataQualityLoader
{
    private static readonly string[] Kinds = ["string", "number", "boolean", "object", "array"];

    /// <summary>Loads a gates file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="root">The directory messages show paths relative to; null shows the path as given.</param>
    /// <returns>The gates by activity name.</returns>
    public static IReadOnlyDictionary<string, DataQualityGate> LoadFile(string path, string? root = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string display = root is null ? path : Path.GetRelativePath(root, path).Replace('\\', '/');
        YamlMap file = YamlMap.Load(path, display).Only("gates");
        return file.MapEntries("gates").ToDictionary(entry => entry.Key, entry => ReadGate(entry.Key, entry.Value.ForRule(entry.Key)), StringComparer.OrdinalIgnoreCase);
    }

    private static DataQualityGate ReadGate(string activity, YamlMap map)
    {
        map.Only("freshness", "schema", "anomalies");
        return new DataQualityGate(activity)
        {
            Freshness = [.. map.MapList("freshness").Select(rule => new FreshnessRule(
                rule.Only("dataSet", "maxAge").RequiredString("dataSet"),
                rule.OptionalDuration("maxAge") ?? throw rule.Error("missing required field 'maxAge'")))],
            Schema = map.OptionalMap("schema") is { } schema ? ReadSchema(schema.Only("fields", "required", "allowUnknown")) : null,
            Anomalies = [.. map.MapList("anomalies").Select(ReadAnomaly)],
        };
    }

    private static SchemaRule ReadSchema(YamlMap schema)
    {
        Dictionary<string, string> fields = new(StringComparer.Ordinal);
        YamlMap types = schema.OptionalMap("fields") ?? throw schema.Error("missing required field 'fields'");
        foreach (string field in types.Keys)
        {
            string kind = types.RequiredString(field);
            fields[field] = Kinds.Contains(kind) ? kind : throw types.Error(types.Required(field), $"unknown kind '{kind}' (expected one of: {string.Join(", ", Kinds)})");
        }

        IReadOnlyList<string> required = schema.StringList("required");
        string? undeclared = required.FirstOrDefault(field => !fields.ContainsKey(field));
        return undeclared is null
            ? new SchemaRule(fields, required, schema.OptionalBool("allowUnknown") ?? false)
            : throw schema.Error(schema.Required("required"), $"required field '{undeclared}' is not declared in 'fields'");
    }

    private static AnomalyRule ReadAnomaly(YamlMap rule)
    {
        rule.Only("field", "groupBy", "history", "maxRatio", "maxDeviations", "minHistory");
        AnomalyRule anomaly = new(
            rule.RequiredString("field"), rule.RequiredString("groupBy"), rule.RequiredString("history"),
            rule.OptionalDecimal("maxRatio"), rule.OptionalDecimal("maxDeviations"), rule.OptionalInt("minHistory") ?? 3);
        return anomaly.MaxRatio is null && anomaly.MaxDeviations is null
            ? throw rule.Error("an anomaly rule needs 'maxRatio', 'maxDeviations' or both")
            : anomaly;
    }
}
