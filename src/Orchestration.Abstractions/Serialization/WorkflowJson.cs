using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orchestration.Abstractions;

/// <summary>
/// The one JSON contract for inputs, outputs, events and history. Strict: required members must be present,
/// unknown members are rejected and nullable annotations are respected, so bad data is refused, never guessed.
/// </summary>
public static class WorkflowJson
{
    /// <summary>Gets the serializer options (camelCase, strict, enums as strings). Read-only.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a value; <c>JsonElement</c> and <c>JsonNode</c> values are taken as JSON as they are.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The JSON text, or null for a null value.</returns>
    public static string? Serialize(object? value) => value switch
    {
        null => null,
        JsonElement { ValueKind: JsonValueKind.Undefined } => null,
        _ => JsonSerializer.Serialize(value, value.GetType(), Options),
    };

    /// <summary>Deserializes JSON as <paramref name="type"/>.</summary>
    /// <param name="json">The JSON text; null gives null.</param>
    /// <param name="type">The target type.</param>
    /// <returns>The value.</returns>
    public static object? Deserialize(string? json, Type type) =>
        json is null ? null : JsonSerializer.Deserialize(json, type, Options);

    /// <summary>Deserializes JSON as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="json">The JSON text; null gives default.</param>
    /// <returns>The value.</returns>
    public static T? Deserialize<T>(string? json) =>
        json is null ? default : JsonSerializer.Deserialize<T>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        JsonSerializerOptions options = new(JsonSerializerDefaults.Web)
        {
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
