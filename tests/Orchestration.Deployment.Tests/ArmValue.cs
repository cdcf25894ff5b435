using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// Values of a compiled template after evaluation (<see cref="ArmTemplate"/>), written the way ARM writes them: what
/// the template fixes is plain JSON; what only Azure knows at deployment (a resource's id, a reference, the caller's
/// parameters) stays an expression string, <c>"[resourceId(...)]"</c>, with every variable and module parameter
/// inside it replaced by its value. A literal string that starts with <c>[</c> is escaped as <c>[[</c>, as ARM does.
/// </summary>
internal static class ArmValue
{
    public static bool IsExpression(string text) =>
        text.Length >= 2 && text[0] == '[' && text[1] != '[' && text[^1] == ']';

    public static JsonNode Literal(string value) => JsonValue.Create(value.StartsWith('[') ? "[" + value : value);

    public static JsonNode Unresolved(string expression) => JsonValue.Create($"[{expression}]");

    /// <summary>A call that cannot be evaluated here, its arguments evaluated.</summary>
    public static JsonNode Call(string function, IEnumerable<JsonNode?> arguments) =>
        Unresolved($"{function}({string.Join(", ", arguments.Select(ExpressionText))})");

    /// <summary>Writes a value as the ARM expression that yields it.</summary>
    public static string ExpressionText(JsonNode? value) => value switch
    {
        null => "null()",
        JsonObject properties => $"createObject({string.Join(", ", properties.Select(property => $"{KeyText(property.Key)}, {ExpressionText(property.Value)}"))})",
        JsonArray items => $"createArray({string.Join(", ", items.Select(ExpressionText))})",
        _ => value.GetValueKind() switch
        {
            JsonValueKind.String when IsExpression(value.GetValue<string>()) => value.GetValue<string>()[1..^1],
            JsonValueKind.String => Quote(Unescape(value.GetValue<string>())),
            JsonValueKind.True => "true()",
            JsonValueKind.False => "false()",
            _ => value.ToJsonString(),
        },
    };

    /// <summary>Gets the string a literal string value holds; null for anything else (an expression, a number).</summary>
    public static string? AsString(JsonNode? value) =>
        value is JsonValue && value.GetValueKind() == JsonValueKind.String && !IsExpression(value.GetValue<string>())
            ? Unescape(value.GetValue<string>())
            : null;

    public static long? AsInteger(JsonNode? value) =>
        value is JsonValue && value.GetValueKind() == JsonValueKind.Number ? value.GetValue<long>() : null;

    /// <summary>Writes a value for a comparison or a message: a string as itself, anything else as JSON.</summary>
    public static string Text(JsonNode? value) =>
        value is JsonValue && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value?.ToJsonString() ?? "null";

    /// <summary>Writes a string literal: single quotes, a quote inside doubled.</summary>
    public static string Quote(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string KeyText(string key) => IsExpression(key) ? key[1..^1] : Quote(Unescape(key));

    private static string Unescape(string text) => text.StartsWith("[[", StringComparison.Ordinal) ? text[1..] : text;
}
