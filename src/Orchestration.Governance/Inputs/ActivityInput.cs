using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Governance.Inputs;

/// <summary>
/// An activity input as governance reads it: the JSON the activity receives (through <see cref="WorkflowJson"/>), so
/// that field names in governance files are the camelCase names of the wire, whatever the .NET type.
/// </summary>
public static class ActivityInput
{
    /// <summary>Serializes an input to JSON.</summary>
    /// <param name="input">The input; a <see cref="JsonElement"/> is taken as it is.</param>
    /// <returns>The JSON.</returns>
    public static JsonElement ToJson(object? input) =>
        input is JsonElement element ? element : JsonSerializer.SerializeToElement(input, WorkflowJson.Options);

    /// <summary>Finds a field by a dotted path (<c>supplier.id</c>).</summary>
    /// <param name="json">The input.</param>
    /// <param name="path">The path.</param>
    /// <param name="value">The field.</param>
    /// <returns>True when the field exists.</returns>
    public static bool TryGet(JsonElement json, string path, out JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(path);
        value = json;
        foreach (string member in path.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(member, out value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Lists every string in the input with its path, depth first.</summary>
    /// <param name="json">The input.</param>
    /// <param name="path">The path of <paramref name="json"/>.</param>
    /// <returns>The strings.</returns>
    public static IEnumerable<(string Path, string Text)> Strings(JsonElement json, string path = "$")
    {
        switch (json.ValueKind)
        {
            case JsonValueKind.String:
                yield return (path, json.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (JsonProperty property in json.EnumerateObject())
                {
                    foreach ((string Path, string Text) inner in Strings(property.Value, $"{path}.{property.Name}"))
                    {
                        yield return inner;
                    }
                }

                break;
            case JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in json.EnumerateArray())
                {
                    foreach ((string Path, string Text) inner in Strings(item, $"{path}[{index++}]"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
