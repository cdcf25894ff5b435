using System.Text.Json;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Payloads as the two runtimes write them: compared by JSON value, never by text (the serializers may differ in
/// spacing and escaping). Durable Task passes an activity its parameters as a JSON array of one, the input.
/// </summary>
public static class DurablePayloads
{
    private const int ShownLength = 240;

    /// <summary>Tells whether two JSON payloads hold the same value; a missing payload equals JSON null.</summary>
    /// <param name="left">One payload.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they are the same JSON value.</returns>
    public static bool SameValue(string? left, string? right)
    {
        using JsonDocument? first = Parse(left);
        using JsonDocument? second = Parse(right);
        return first is null || second is null
            ? string.Equals(left ?? "null", right ?? "null", StringComparison.Ordinal)
            : JsonElement.DeepEquals(first.RootElement, second.RootElement);
    }

    /// <summary>Wraps an activity input as Durable Task schedules it: the array of its one parameter.</summary>
    /// <param name="input">The input, as JSON; null is JSON null.</param>
    /// <returns>The wrapped input.</returns>
    public static string WrapActivityInput(string? input) => $"[{input ?? "null"}]";

    /// <summary>Takes an activity's input out of the array Durable Task schedules it in; other text is returned as it is.</summary>
    /// <param name="scheduled">The scheduled input.</param>
    /// <returns>The input, as JSON.</returns>
    public static string? UnwrapActivityInput(string? scheduled)
    {
        using JsonDocument? document = Parse(scheduled);
        return document?.RootElement is { ValueKind: JsonValueKind.Array } parameters && parameters.GetArrayLength() == 1
            ? parameters[0].GetRawText()
            : scheduled;
    }

    /// <summary>Shows a payload in a divergence message, cut short when long.</summary>
    /// <param name="payload">The payload.</param>
    /// <returns>The text to show.</returns>
    public static string Show(string? payload) => payload switch
    {
        null => "none",
        { Length: > ShownLength } => string.Concat(payload.AsSpan(0, ShownLength), "…"),
        _ => payload,
    };

    private static JsonDocument? Parse(string? json)
    {
        if (json is null)
        {
            return JsonDocument.Parse("null");
        }

        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
