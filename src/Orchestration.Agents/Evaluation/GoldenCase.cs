namespace Orchestration.Agents.Evaluation;

/// <summary>
/// One labelled case of an agent's golden set: an input and what the agent must do with it, either answer exactly
/// <see cref="ExpectedResult"/> or refuse with <see cref="ExpectedRefusal"/>.
/// </summary>
/// <typeparam name="TRequest">The agent's request.</typeparam>
/// <typeparam name="TResult">The agent's result.</typeparam>
/// <param name="Id">The case's id, unique in its file.</param>
/// <param name="Line">The line of the golden file it is on.</param>
/// <param name="Input">The request.</param>
/// <param name="ExpectedResult">The result expected; null when a refusal is.</param>
/// <param name="ExpectedRefusal">The refusal code expected (<c>insufficient-input</c>, <c>guardrail:prompt-injection</c>); null when a result is.</param>
/// <param name="Tags">What the case exercises (<c>de</c>, <c>ocr</c>, <c>adversarial</c>...).</param>
public sealed record GoldenCase<TRequest, TResult>(
    string Id, int Line, TRequest Input, TResult? ExpectedResult, string? ExpectedRefusal, IReadOnlyList<string> Tags)
    where TRequest : class
    where TResult : class
{
    /// <summary>Gets a value indicating whether the case expects an answer.</summary>
    public bool ExpectsAnswer => ExpectedResult is not null;
}
