using System.Globalization;
using System.Text.Json;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>A built-in function: its parameter types (checked when the bundle loads) and its pure implementation.</summary>
internal sealed record FunctionSignature(string Name, StaticType Returns, StaticType[] Parameters, bool Variadic, Func<IReadOnlyList<object?>, object?> Invoke)
{
    public string Usage => $"{Name}({string.Join(", ", Parameters.Select(type => type.ToString().ToLowerInvariant()))}{(Variadic ? ", ..." : string.Empty)})";
}

/// <summary>The few functions of the rule language. All are pure and culture-invariant.</summary>
internal static class Functions
{
    private static readonly StaticType[] OneString = [StaticType.String];
    private static readonly StaticType[] TwoStrings = [StaticType.String, StaticType.String];

    public static IReadOnlyDictionary<string, FunctionSignature> All { get; } = new FunctionSignature[]
    {
        new("lower", StaticType.String, OneString, false, args => Str(args, 0).ToLowerInvariant()),
        new("upper", StaticType.String, OneString, false, args => Str(args, 0).ToUpperInvariant()),
        new("trim", StaticType.String, OneString, false, args => Str(args, 0).Trim()),
        new("contains", StaticType.Bool, TwoStrings, false, args => Str(args, 0).Contains(Str(args, 1), StringComparison.Ordinal)),
        new("starts_with", StaticType.Bool, TwoStrings, false, args => Str(args, 0).StartsWith(Str(args, 1), StringComparison.Ordinal)),
        new("ends_with", StaticType.Bool, TwoStrings, false, args => Str(args, 0).EndsWith(Str(args, 1), StringComparison.Ordinal)),
        new("len", StaticType.Number, [StaticType.Any], false, args => (decimal)Length(args[0])),
        new("abs", StaticType.Number, [StaticType.Number], false, args => Math.Abs(Num(args, 0))),
        new("round", StaticType.Number, [StaticType.Number, StaticType.Number], false,
            args => Math.Round(Num(args, 0), (int)Num(args, 1), MidpointRounding.ToEven)),
        new("min", StaticType.Number, [StaticType.Number, StaticType.Number], true, args => args.Select((_, i) => Num(args, i)).Min()),
        new("max", StaticType.Number, [StaticType.Number, StaticType.Number], true, args => args.Select((_, i) => Num(args, i)).Max()),
        new("sum", StaticType.Number, [StaticType.List], false,
            args => Values.AsList(args[0], "sum").Select(item => Values.AsNumber(item, "sum")).Sum()),
        new("pluck", StaticType.List, [StaticType.List, StaticType.String], false, Pluck),
        new("days_between", StaticType.Number, TwoStrings, false, args => (decimal)(Date(args, 1) - Date(args, 0)).TotalDays),
        new("exists", StaticType.Bool, [StaticType.Any], false, args => args[0] is not MissingValue),
        new("words", StaticType.List, OneString, false, args => Words(Str(args, 0))),
        new("intersects", StaticType.Bool, [StaticType.List, StaticType.List], false,
            args => Values.AsList(args[0], "intersects").Any(item => item is not null && Operators.Apply("in", item, args[1]) is true)),
    }.ToDictionary(function => function.Name, StringComparer.Ordinal);

    private static List<object?> Words(string text) =>
        [.. text.Split((char[])[.. text.Where(c => !char.IsLetterOrDigit(c)).Distinct()], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => (object?)word.ToLowerInvariant())];

    private static string Str(IReadOnlyList<object?> args, int index) => Values.AsString(args[index], "argument " + (index + 1));

    private static decimal Num(IReadOnlyList<object?> args, int index) => Values.AsNumber(args[index], "argument " + (index + 1));

    private static int Length(object? value) => value switch
    {
        string text => text.Length,
        DataSetValue set => set.Values.Count,
        _ => Values.AsList(value, "len").Count,
    };

    private static List<object?> Pluck(IReadOnlyList<object?> args)
    {
        string field = Str(args, 1);
        return [.. Values.AsList(args[0], "pluck").Select(item => item is JsonElement element && element.TryGetProperty(field, out JsonElement value)
            ? Values.FromJson(value)
            : throw new ExpressionEvaluationException($"pluck: an item has no field '{field}'"))];
    }

    private static DateTimeOffset Date(IReadOnlyList<object?> args, int index) =>
        DateTimeOffset.TryParse(Str(args, index), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset date)
            ? date
            : throw new ExpressionEvaluationException($"days_between: '{Str(args, index)}' is not an ISO 8601 date");
}
