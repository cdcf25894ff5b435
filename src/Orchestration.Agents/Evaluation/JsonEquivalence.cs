using System.Text.Json;
using System.Text.Json.Nodes;

namespace Orchestration.Agents.Evaluation;

/// <summary>
/// Compares two JSON values as values: numbers by their decimal value (18450 equals 18450.00), objects by their
/// members whatever the order, arrays item by item, strings exactly.
/// </summary>
public static class JsonEquivalence
{
    /// <summary>Tells whether two JSON values are equivalent.</summary>
    /// <param name="left">One value.</param>
    /// <param name="right">The other.</param>
    /// <returns>True when they are.</returns>
    public static bool AreEquivalent(JsonNode? left, JsonNode? right) => (left, right) switch
    {
        (null, null) => true,
        (JsonObject a, JsonObject b) => a.Count == b.Count && a.All(member => b.TryGetPropertyValue(member.Key, out JsonNode? other) && AreEquivalent(member.Value, other)),
        (JsonArray a, JsonArray b) => a.Count == b.Count && a.Zip(b).All(pair => AreEquivalent(pair.First, pair.Second)),
        (JsonValue a, JsonValue b) when a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number =>
            a.GetValue<decimal>() == b.GetValue<decimal>(),
        (JsonValue a, JsonValue b) => JsonNode.DeepEquals(a, b),
        _ => false,
    };
}
