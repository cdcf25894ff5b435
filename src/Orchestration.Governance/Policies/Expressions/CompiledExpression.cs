namespace Orchestration.Governance.Policies.Expressions;

/// <summary>An expression parsed and checked once, when the bundle loads, and evaluated for every decision.</summary>
internal sealed class CompiledExpression
{
    private readonly Expr root;

    private CompiledExpression(string text, Expr root)
    {
        Text = text;
        this.root = root;
    }

    public string Text { get; }

    /// <summary>Parses and checks; a condition must be boolean wherever that is known before evaluation.</summary>
    /// <exception cref="ExpressionSyntaxException">The text is malformed or ill-typed.</exception>
    public static CompiledExpression Compile(string text, IReadOnlySet<string> dataSets, bool condition)
    {
        Expr root = Parser.Parse(text);
        if (condition)
        {
            Checker.Require(root, dataSets, StaticType.Bool, "a rule's 'when'");
        }
        else
        {
            Checker.Check(root, dataSets);
        }

        return new CompiledExpression(text, root);
    }

    public object? Evaluate(EvaluationScope scope)
    {
        object? value = Evaluator.Evaluate(root, scope);
        Values.ThrowIfMissing(value);
        return value;
    }

    public bool IsTrue(EvaluationScope scope) => Values.AsBool(Evaluate(scope), "a rule's 'when'");
}
