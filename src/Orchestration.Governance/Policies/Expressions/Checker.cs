namespace Orchestration.Governance.Policies.Expressions;

/// <summary>
/// Checks a parsed expression when the bundle loads: known roots, declared data sets, known functions and their
/// arity, and types wherever they are known before the input is seen (literals, operators, function results).
/// </summary>
internal static class Checker
{
    private static readonly string[] Ordering = ["<", "<=", ">", ">="];

    public static StaticType Check(Expr expression, IReadOnlySet<string> dataSets) => expression switch
    {
        LiteralExpr { Value: null } => StaticType.Null,
        LiteralExpr { Value: bool } => StaticType.Bool,
        LiteralExpr { Value: decimal } => StaticType.Number,
        LiteralExpr => StaticType.String,
        PathExpr path => CheckPath(path, dataSets),
        ListExpr list => CheckAll(list.Items, dataSets, StaticType.List),
        UnaryExpr { Operator: "not" } unary => Require(unary.Operand, dataSets, StaticType.Bool, "'not'"),
        UnaryExpr unary => Require(unary.Operand, dataSets, StaticType.Number, "'-'"),
        BinaryExpr binary => CheckBinary(binary, dataSets),
        CallExpr call => CheckCall(call, dataSets),
        _ => throw new ExpressionSyntaxException($"unknown expression node {expression.GetType().Name}"),
    };

    public static StaticType Require(Expr expression, IReadOnlySet<string> dataSets, StaticType expected, string what)
    {
        StaticType actual = Check(expression, dataSets);
        return actual == expected || actual == StaticType.Any
            ? expected
            : throw TypeError(expression, what, expected, actual);
    }

    private static StaticType CheckPath(PathExpr path, IReadOnlySet<string> dataSets) => path.Root switch
    {
        "input" => StaticType.Any,
        "data" when path.Segments is [string name] => dataSets.Contains(name)
            ? StaticType.List
            : throw new ExpressionSyntaxException($"unknown data set 'data.{name}' at column {path.Column} (declared: {string.Join(", ", dataSets.Order(StringComparer.Ordinal))})"),
        "data" => throw new ExpressionSyntaxException($"'{path.Text}' at column {path.Column}: a data set is named as data.NAME"),
        _ => throw new ExpressionSyntaxException($"unknown name '{path.Root}' at column {path.Column}: paths start with 'input.' or 'data.'"),
    };

    private static StaticType CheckBinary(BinaryExpr binary, IReadOnlySet<string> dataSets)
    {
        string what = $"'{binary.Operator}'";
        switch (binary.Operator)
        {
            case "and" or "or":
                Require(binary.Left, dataSets, StaticType.Bool, what);
                return Require(binary.Right, dataSets, StaticType.Bool, what);
            case "in":
                Check(binary.Left, dataSets);
                StaticType container = Check(binary.Right, dataSets);
                return container is StaticType.List or StaticType.String or StaticType.Any
                    ? StaticType.Bool
                    : throw TypeError(binary.Right, what, StaticType.List, container);
        }

        StaticType left = Check(binary.Left, dataSets);
        StaticType right = Check(binary.Right, dataSets);
        bool comparable = left == right || left == StaticType.Any || right == StaticType.Any
            || (binary.Operator is "==" or "!=" && (left == StaticType.Null || right == StaticType.Null));
        if (!comparable || (Ordering.Contains(binary.Operator) && (left is StaticType.Bool or StaticType.List or StaticType.Null)))
        {
            throw new ExpressionSyntaxException($"type error at column {binary.Column}: {what} cannot combine {Describe(left)} and {Describe(right)}");
        }

        return binary.Operator switch
        {
            "==" or "!=" or "<" or "<=" or ">" or ">=" => StaticType.Bool,
            "+" when left == StaticType.String || right == StaticType.String => StaticType.String,
            _ when left is StaticType.Number or StaticType.Any => StaticType.Number,
            _ => throw new ExpressionSyntaxException($"type error at column {binary.Column}: {what} needs numbers, got {Describe(left)}"),
        };
    }

    private static StaticType CheckCall(CallExpr call, IReadOnlySet<string> dataSets)
    {
        if (!Functions.All.TryGetValue(call.Function, out FunctionSignature? function))
        {
            throw new ExpressionSyntaxException($"unknown function '{call.Function}' at column {call.Column} (known: {string.Join(", ", Functions.All.Keys.Order(StringComparer.Ordinal))})");
        }

        int count = call.Arguments.Count;
        if (count < function.Parameters.Length || (count > function.Parameters.Length && !function.Variadic))
        {
            throw new ExpressionSyntaxException($"{function.Name} at column {call.Column} takes {function.Usage}, got {count} argument(s)");
        }

        for (int i = 0; i < count; i++)
        {
            StaticType expected = function.Parameters[Math.Min(i, function.Parameters.Length - 1)];
            _ = expected == StaticType.Any ? Check(call.Arguments[i], dataSets) : Require(call.Arguments[i], dataSets, expected, $"{function.Name} argument {i + 1}");
        }

        return function.Returns;
    }

    private static StaticType CheckAll(IReadOnlyList<Expr> items, IReadOnlySet<string> dataSets, StaticType result)
    {
        foreach (Expr item in items)
        {
            Check(item, dataSets);
        }

        return result;
    }

    private static ExpressionSyntaxException TypeError(Expr at, string what, StaticType expected, StaticType actual) =>
        new($"type error at column {at.Column}: {what} needs {Describe(expected)}, got {Describe(actual)}");

    private static string Describe(StaticType type) => type switch
    {
        StaticType.Bool => "a boolean",
        StaticType.Number => "a number",
        StaticType.String => "a string",
        StaticType.List => "a list",
        StaticType.Null => "null",
        _ => "a value",
    };
}
