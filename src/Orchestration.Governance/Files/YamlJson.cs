using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Orchestration.Governance.Files;

/// <summary>
/// Turns YAML (policy test inputs) into JSON with YAML 1.2 core-schema typing: plain <c>12.5</c> is a number,
/// plain <c>true</c> a boolean, plain <c>null</c> or <c>~</c> null; anything quoted is a string.
/// </summary>
internal static class YamlJson
{
    public static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(entry =>
            KeyValuePair.Create(((YamlScalarNode)entry.Key).Value ?? string.Empty, ToJson(entry.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonValue? Scalar(YamlScalarNode scalar)
    {
        string text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "null" or "~" or "" => null,
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            _ when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal number) && !text.Contains(',', StringComparison.Ordinal)
                => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
