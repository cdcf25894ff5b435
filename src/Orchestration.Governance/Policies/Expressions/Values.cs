using System.Globalization;
using System.Text.Json;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>What a policy expression can be about when the bundle is checked, before any input is seen.</summary>
internal enum StaticType
{
    Any,
    Bool,
    Number,
    String,
    List,
    Null,
}

/// <summary>A field path that the input does not have. Only <c>exists(...)</c> may look at it; any other use is an error.</summary>
internal sealed record MissingValue(string Path);

/// <summary>A named data set of the bundle (a sanctions list, a list of currencies), compared case-insensitively.</summary>
internal sealed record DataSetValue(string Name, IReadOnlySet<string> Values);

/// <summary>The runtime values of the language and the conversions between them and JSON.</summary>
internal static class Values
{
    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.TryGetDecimal(out decimal number)
            ? number
            : throw new ExpressionEvaluationException($"the number {element.GetRawText()} is outside the decimal range"),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element,
        _ => null,
    };

    public static string Describe(object? value) => value switch
    {
        null => "null",
        bool => "a boolean",
        decimal => "a number",
        string => "a string",
        IReadOnlyList<object?> => "a list",
        DataSetValue set => $"the data set '{set.Name}'",
        JsonElement => "an object",
        MissingValue missing => $"the missing field '{missing.Path}'",
        _ => value.GetType().Name,
    };

    public static string Format(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        string text => text,
        IReadOnlyList<object?> list => $"[{string.Join(", ", list.Select(Format))}]",
        JsonElement element => element.GetRawText(),
        DataSetValue set => $"data.{set.Name}",
        MissingValue missing => $"<missing {missing.Path}>",
        _ => value.ToString() ?? string.Empty,
    };

    public static bool AsBool(object? value, string what) =>
        value as bool? ?? throw new ExpressionEvaluationException($"{what} needs a boolean, got {Describe(value)}");

    public static decimal AsNumber(object? value, string what) =>
        value as decimal? ?? throw new ExpressionEvaluationException($"{what} needs a number, got {Describe(value)}");

    public static string AsString(object? value, string what) =>
        value as string ?? throw new ExpressionEvaluationException($"{what} needs a string, got {Describe(value)}");

    public static IReadOnlyList<object?> AsList(object? value, string what) => value switch
    {
        IReadOnlyList<object?> list => list,
        DataSetValue set => [.. set.Values],
        _ => throw new ExpressionEvaluationException($"{what} needs a list, got {Describe(value)}"),
    };

    public static void ThrowIfMissing(object? value)
    {
        if (value is MissingValue missing)
        {
            throw new ExpressionEvaluationException($"the input has no field '{missing.Path}'");
        }
    }
}
