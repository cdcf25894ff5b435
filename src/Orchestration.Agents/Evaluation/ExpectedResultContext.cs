using Microsoft.Extensions.AI.Evaluation;

namespace Orchestration.Agents.Evaluation;

/// <summary>The result a golden case expects, as JSON: the context <see cref="ExactMatchEvaluator"/> compares with.</summary>
/// <param name="expectedJson">The expected result as workflow JSON.</param>
public sealed class ExpectedResultContext(string expectedJson) : EvaluationContext(ContextName, expectedJson)
{
    /// <summary>The context's name.</summary>
    public const string ContextName = "Expected result";

    /// <summary>Gets the expected result as workflow JSON.</summary>
    public string ExpectedJson { get; } = expectedJson;
}
