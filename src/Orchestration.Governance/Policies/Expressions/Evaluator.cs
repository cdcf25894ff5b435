using System.Text.Json;

namespace Orchestration.Governance.Policies.Expressions;

/// <summary>The input and the bundle's data sets an expression is evaluated over.</summary>
internal sealed record EvaluationScope(JsonElement Input, IReadOnlyDictionary<string, DataSetValue> Data);

/// <summary>
/// Evaluates a parsed expression. Pure and deterministic: decimal arithmetic, ordinal string comparison, no clock and
/// no I/O, so orchestrator code may call it and replays get the same answer. Any problem throws
/// <see cref="ExpressionEvaluationException"/>, which the rule evaluator turns into a deny.
/// </summary>
internal static class Evaluator
{
    public static object? Evaluate(Expr expression, EvaluationScope scope) => expression switch
    {
        LiteralExpr literal => literal.Value,
        PathExpr path => ResolvePath(path, scope),
        ListExpr list => list.Items.Select(item => Present(item, scope)).ToList(),
        UnaryExpr { Operator: "not" } unary => !Values.AsBool(Present(unary.Operand, scope), "'not'"),
        UnaryExpr unary => -Values.AsNumber(Present(unary.Operand, scope), "'-'"),
        BinaryExpr { Operator: "and" } binary => Values.AsBool(Present(binary.Left, scope), "'and'") && Values.AsBool(Present(binary.Right, scope), "'and'"),
        BinaryExpr { Operator: "or" } binary => Values.AsBool(Present(binary.Left, scope), "'or'") || Values.AsBool(Present(binary.Right, scope), "'or'"),
        BinaryExpr binary => Operators.Apply(binary.Operator, Present(binary.Left, scope), Present(binary.Right, scope)),
        CallExpr { Function: "exists" } call => Evaluate(call.Arguments[0], scope) is not MissingValue,
        CallExpr call => Functions.All[call.Function].Invoke([.. call.Arguments.Select(argument => Present(argument, scope))]),
        _ => throw new ExpressionEvaluationException($"unknown expression node {expression.GetType().Name}"),
    };

    private static object? Present(Expr expression, EvaluationScope scope)
    {
        object? value = Evaluate(expression, scope);
        Values.ThrowIfMissing(value);
        return value;
    }

    private static object? ResolvePath(PathExpr path, EvaluationScope scope)
    {
        if (path.Root == "data")
        {
            return scope.Data[(string)path.Segments[0]];
        }

        JsonElement current = scope.Input;
        foreach (object segment in path.Segments)
        {
            bool found = segment switch
            {
                string member => current.ValueKind == JsonValueKind.Object && current.TryGetProperty(member, out current),
                int index => current.ValueKind == JsonValueKind.Array && index < current.GetArrayLength() && Take(ref current, index),
                _ => false,
            };
            if (!found)
            {
                return new MissingValue(path.Text);
            }
        }

        return Values.FromJson(current);
    }

    private static bool Take(ref JsonElement array, int index)
    {
        array = array[index];
        return true;
    }
}
