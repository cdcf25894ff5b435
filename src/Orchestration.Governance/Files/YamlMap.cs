using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestration.Governance.Files;

/// <summary>
/// A YAML mapping read strictly, with the file and line of every node at hand: unknown keys, missing keys and wrong
/// types become a <see cref="GovernanceFileException"/> that points at the line to fix.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode node;

    private YamlMap(YamlMappingNode node, string file, string? rule)
    {
        this.node = node;
        File = file;
        Rule = rule;
    }

    public string File { get; }

    public string? Rule { get; }

    public int Line => LineOf(node);

    public IEnumerable<string> Keys => node.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value ?? string.Empty);

    public static YamlMap Load(string path, string displayName)
    {
        YamlStream stream = [];
        try
        {
            using StreamReader reader = new(path);
            stream.Load(reader);
        }
        catch (YamlException error)
        {
            throw new GovernanceFileException(displayName, ToLine(error.Start.Line), null, $"not valid YAML: {error.Message}");
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? new YamlMap(root, displayName, null)
            : throw new GovernanceFileException(displayName, 1, null, "expected one YAML document whose root is a mapping");
    }

    public static int LineOf(YamlNode node) => ToLine(node.Start.Line);

    public YamlMap ForRule(string rule) => new(node, File, rule);

    public YamlMap Only(params string[] allowed)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> entry in node.Children)
        {
            string key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw Error(entry.Key, $"unknown field '{key}' (expected one of: {string.Join(", ", allowed)})");
            }
        }

        return this;
    }

    public YamlNode? Find(string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? value) ? value : null;

    public YamlNode Required(string key) => Find(key) ?? throw Error(node, $"missing required field '{key}'");

    public string RequiredString(string key) => Scalar(Required(key), key);

    public string? OptionalString(string key) => Find(key) is { } value ? Scalar(value, key) : null;

    public decimal? OptionalDecimal(string key) => Find(key) is { } value ? ParseDecimal(value, key) : null;

    public int? OptionalInt(string key) =>
        Find(key) is { } value && int.TryParse(Scalar(value, key), NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : Find(key) is { } bad ? throw Error(bad, $"'{key}' must be a whole number") : null;

    public bool? OptionalBool(string key) => OptionalString(key) switch
    {
        null => null,
        "true" => true,
        "false" => false,
        _ => throw Error(Required(key), $"'{key}' must be true or false"),
    };

    public TimeSpan? OptionalDuration(string key) =>
        Find(key) is { } value ? DurationText.Parse(Scalar(value, key)) ?? throw Error(value, $"'{key}' must be a duration such as 30m, 24h or 7d") : null;

    public IReadOnlyList<string> StringList(string key) => Find(key) switch
    {
        null => [],
        YamlSequenceNode list => [.. list.Children.Select(item => Scalar(item, key))],
        YamlNode other => throw Error(other, $"'{key}' must be a list"),
    };

    public IReadOnlyList<YamlMap> MapList(string key) => Find(key) switch
    {
        null => [],
        YamlSequenceNode list => [.. list.Children.Select(item => AsMap(item, key))],
        YamlNode other => throw Error(other, $"'{key}' must be a list of mappings"),
    };

    public YamlMap? OptionalMap(string key) => Find(key) is { } value ? AsMap(value, key) : null;

    public IReadOnlyList<(string Key, YamlMap Value)> MapEntries(string key) => OptionalMap(key) is { } map
        ? [.. map.node.Children.Select(entry => (Scalar(entry.Key, key), map.AsMap(entry.Value, key)))]
        : [];

    public GovernanceFileException Error(YamlNode at, string problem) => new(File, LineOf(at), Rule, problem);

    public GovernanceFileException Error(string problem) => Error(node, problem);

    private static int ToLine(long line) => (int)Math.Min(line, int.MaxValue);

    private YamlMap AsMap(YamlNode value, string key) =>
        value is YamlMappingNode map ? new YamlMap(map, File, Rule) : throw Error(value, $"'{key}' must be a mapping");

    private string Scalar(YamlNode value, string key) =>
        value is YamlScalarNode { Value: { } text } ? text : throw Error(value, $"'{key}' must be a single value");

    private decimal ParseDecimal(YamlNode value, string key) =>
        decimal.TryParse(Scalar(value, key), NumberStyles.Number, CultureInfo.InvariantCulture, out decimal parsed)
            ? parsed
            : throw Error(value, $"'{key}' must be a number");
}
