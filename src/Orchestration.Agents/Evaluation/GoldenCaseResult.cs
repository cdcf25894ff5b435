using Microsoft.Extensions.AI.Evaluation;

namespace Orchestration.Agents.Evaluation;

/// <summary>How an agent did on one golden case.</summary>
/// <param name="CaseId">The case.</param>
/// <param name="Passed">True when it answered exactly as expected, or refused with the expected code.</param>
/// <param name="RefusalCode">The code it refused with; null when it answered.</param>
/// <param name="ExpectedRefusal">The code the case expects; null when it expects an answer.</param>
/// <param name="Confidence">The confidence of its answer; null on a refusal.</param>
/// <param name="LatencyMilliseconds">How long the call took.</param>
/// <param name="Score">The exact-match metrics, for cases that expect an answer and got one; null otherwise.</param>
public sealed record GoldenCaseResult(
    string CaseId, bool Passed, string? RefusalCode, string? ExpectedRefusal, decimal? Confidence, double LatencyMilliseconds, EvaluationResult? Score);
