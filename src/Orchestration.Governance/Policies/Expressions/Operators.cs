namespace Orchestration.Governance.Policies.Expressions;

/// <summary>
/// Comparison, arithmetic and membership. Values of different types never compare (that is an error, so a deny),
/// except that anything may be tested for equality with null.
/// </summary>
internal static class Operators
{
    public static object? Apply(string op, object? left, object? right) => op switch
    {
        "==" => AreEqual(left, right),
        "!=" => !AreEqual(left, right),
        "<" => Compare(op, left, right) < 0,
        "<=" => Compare(op, left, right) <= 0,
        ">" => Compare(op, left, right) > 0,
        ">=" => Compare(op, left, right) >= 0,
        "in" => Contains(right, left),
        "+" when left is string first => first + Values.AsString(right, "'+'"),
        _ => Arithmetic(op, Values.AsNumber(left, $"'{op}'"), Values.AsNumber(right, $"'{op}'")),
    };

    public static bool AreEqual(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        return (left, right) switch
        {
            (decimal a, decimal b) => a == b,
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (bool a, bool b) => a == b,
            (IReadOnlyList<object?> a, IReadOnlyList<object?> b) => a.Count == b.Count && a.Zip(b).All(pair => AreEqual(pair.First, pair.Second)),
            _ => throw new ExpressionEvaluationException($"cannot compare {Values.Describe(left)} with {Values.Describe(right)}"),
        };
    }

    private static int Compare(string op, object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (string a, string b) => string.CompareOrdinal(a, b),
        _ => throw new ExpressionEvaluationException($"'{op}' cannot order {Values.Describe(left)} and {Values.Describe(right)}"),
    };

    private static bool Contains(object? container, object? item) => container switch
    {
        DataSetValue set => set.Values.Contains(Values.AsString(item, $"'in data.{set.Name}'").Trim()),
        string text => text.Contains(Values.AsString(item, "'in' a string"), StringComparison.Ordinal),
        IReadOnlyList<object?> list => list.Any(candidate => candidate is not null && AreEqual(item, candidate)),
        _ => throw new ExpressionEvaluationException($"'in' needs a list, a data set or a string on its right, got {Values.Describe(container)}"),
    };

    private static decimal Arithmetic(string op, decimal left, decimal right)
    {
        try
        {
            return op switch
            {
                "+" => left + right,
                "-" => left - right,
                "*" => left * right,
                "/" => left / right,
                "%" => left % right,
                _ => throw new ExpressionEvaluationException($"unknown operator '{op}'"),
            };
        }
        catch (Exception error) when (error is DivideByZeroException or OverflowException)
        {
            throw new ExpressionEvaluationException($"'{op}' failed: {error.Message}");
        }
    }
}
