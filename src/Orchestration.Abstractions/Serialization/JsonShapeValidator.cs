using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Orchestration.Abstractions;

/// <summary>
/// Checks JSON against a .NET type's contract under <see cref="WorkflowJson.Options"/> and names every bad field:
/// unknown members, missing required members, nulls where the type forbids them, wrong kinds. The serializer itself
/// stops at the first problem; a caller fixing a request wants all of them at once.
/// </summary>
public static class JsonShapeValidator
{
    private const int MaxErrors = 50;

    /// <summary>Validates <paramref name="json"/> as <paramref name="type"/>.</summary>
    /// <param name="json">The JSON value.</param>
    /// <param name="type">The expected type.</param>
    /// <returns>The problems found, by JSON path; empty when the value fits.</returns>
    public static IReadOnlyList<WorkflowInputError> Validate(JsonElement json, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        List<WorkflowInputError> errors = [];
        Walk(json, WorkflowJson.Options.GetTypeInfo(type), "$", errors);
        return errors;
    }

    private static void Walk(JsonElement json, JsonTypeInfo info, string path, List<WorkflowInputError> errors)
    {
        if (errors.Count >= MaxErrors)
        {
            return;
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when json.ValueKind == JsonValueKind.Object:
                WalkObject(json, info, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable when json.ValueKind == JsonValueKind.Array:
                int index = 0;
                foreach (JsonElement item in json.EnumerateArray())
                {
                    WalkValue(item, info.ElementType!, nullable: true, $"{path}[{index++}]", errors);
                }

                break;
            case JsonTypeInfoKind.Dictionary when json.ValueKind == JsonValueKind.Object:
                foreach (JsonProperty entry in json.EnumerateObject())
                {
                    WalkValue(entry.Value, info.ElementType!, nullable: true, $"{path}.{entry.Name}", errors);
                }

                break;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Dictionary:
                errors.Add(new WorkflowInputError(path, $"Expected an object ({info.Type.Name}), found {Describe(json)}."));
                break;
            case JsonTypeInfoKind.Enumerable:
                errors.Add(new WorkflowInputError(path, $"Expected an array, found {Describe(json)}."));
                break;
            default:
                CheckLeaf(json, info.Type, path, errors);
                break;
        }
    }

    private static void WalkObject(JsonElement json, JsonTypeInfo info, string path, List<WorkflowInputError> errors)
    {
        Dictionary<string, JsonPropertyInfo> members = info.Properties.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        HashSet<string> seen = new(StringComparer.OrdinalIgnoreCase);
        foreach (JsonProperty property in json.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (!members.TryGetValue(property.Name, out JsonPropertyInfo? member))
            {
                errors.Add(new WorkflowInputError(at, $"'{property.Name}' is not a member of {info.Type.Name}."));
                continue;
            }

            seen.Add(member.Name);
            bool nullable = member.AssociatedParameter?.IsNullable ?? member.IsSetNullable;
            WalkValue(property.Value, member.PropertyType, nullable, at, errors);
        }

        foreach (JsonPropertyInfo member in info.Properties.Where(m => IsRequired(m) && !seen.Contains(m.Name)))
        {
            errors.Add(new WorkflowInputError($"{path}.{member.Name}", $"The required member '{member.Name}' is missing."));
        }
    }

    private static void WalkValue(JsonElement json, Type type, bool nullable, string path, List<WorkflowInputError> errors)
    {
        if (json.ValueKind == JsonValueKind.Null)
        {
            bool allowed = nullable && (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null);
            if (!allowed)
            {
                errors.Add(new WorkflowInputError(path, $"Expected {Friendly(type)}; null is not allowed."));
            }

            return;
        }

        Walk(json, WorkflowJson.Options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type), path, errors);
    }

    private static bool IsRequired(JsonPropertyInfo member) =>
        member.IsRequired || member.AssociatedParameter is { HasDefaultValue: false };

    // Leaves (strings, numbers, enums, dates, ids) are read by the serializer itself, so its rules stay the rules.
    private static void CheckLeaf(JsonElement json, Type type, string path, List<WorkflowInputError> errors)
    {
        try
        {
            _ = json.Deserialize(type, WorkflowJson.Options);
        }
        catch (Exception failure) when (failure is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            errors.Add(new WorkflowInputError(path, $"Expected {Friendly(type)}, found {Describe(json)}."));
        }
    }

    private static string Describe(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {json.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };

    private static string Friendly(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.String => "a string",
        TypeCode.Boolean => "a boolean",
        TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.Byte => "an integer",
        TypeCode.Decimal or TypeCode.Double or TypeCode.Single => "a number",
        TypeCode.DateTime => "a date-time string (ISO 8601)",
        _ when type.IsEnum => $"one of {string.Join(", ", Enum.GetNames(type))}",
        _ => type.Name,
    };
}
