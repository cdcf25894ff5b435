using System.Text.Json;
using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>
/// Carries workflow payloads through Durable Functions as <see cref="JsonElement"/> values written under
/// <see cref="WorkflowJson"/>. Durable Functions serialises with the worker's serializer (System.Text.Json without a
/// naming policy); a <see cref="JsonElement"/> passes through it unchanged, so inputs, outputs, events and custom
/// status keep the one strict contract (camelCase, enums as strings, unknown members refused) on both runtimes.
/// </summary>
public static class DurablePayload
{
    /// <summary>Writes a value as a JSON element under <see cref="WorkflowJson"/>; null becomes a JSON null.</summary>
    /// <param name="value">The value; a <see cref="JsonElement"/> is taken as it is.</param>
    /// <returns>The element.</returns>
    public static JsonElement ToElement(object? value) => value switch
    {
        JsonElement { ValueKind: not JsonValueKind.Undefined } element => element,
        null or JsonElement => NullElement,
        _ => JsonSerializer.SerializeToElement(value, value.GetType(), WorkflowJson.Options),
    };

    /// <summary>Reads an element as <typeparamref name="T"/> under <see cref="WorkflowJson"/>.</summary>
    /// <typeparam name="T">The target type.</typeparam>
    /// <param name="element">The element; undefined or JSON null gives default.</param>
    /// <returns>The value.</returns>
    public static T? Read<T>(JsonElement element) => (T?)Read(element, typeof(T));

    /// <summary>Reads an element as <paramref name="type"/> under <see cref="WorkflowJson"/>.</summary>
    /// <param name="element">The element; undefined or JSON null gives null.</param>
    /// <param name="type">The target type.</param>
    /// <returns>The value.</returns>
    public static object? Read(JsonElement element, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(JsonElement))
        {
            return element;
        }

        return element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null
            ? null
            : element.Deserialize(type, WorkflowJson.Options);
    }

    /// <summary>Gets the JSON text of an element, or null for undefined and JSON null.</summary>
    /// <param name="element">The element.</param>
    /// <returns>The JSON text, as <see cref="WorkflowMetadata"/> and the input reader take it.</returns>
    public static string? ToJson(JsonElement element) =>
        element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null ? null : element.GetRawText();

    private static JsonElement NullElement { get; } = JsonDocument.Parse("null").RootElement.Clone();
}
