namespace Orchestration.Governance.Policies.Expressions;

/// <summary>A policy expression is malformed or ill-typed; the loader adds file, line and rule.</summary>
internal sealed class ExpressionSyntaxException(string message) : Exception(message);

/// <summary>A policy expression failed while it was evaluated; the evaluator turns it into a deny.</summary>
internal sealed class ExpressionEvaluationException(string message) : Exception(message);
