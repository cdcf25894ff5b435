using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Orchestration.Abstractions;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Evaluation;

/// <summary>
/// Runs an agent over its golden cases, one after the other, and reports accuracy (exact match, and per field),
/// refusal rate, correct refusals and latency. The agent is asked as a host would ask it: give it the one the
/// <c>AgentFactory</c> built, guardrails included, so a case that the guardrails refuse is scored as refused.
/// </summary>
/// <param name="time">The clock latency is measured with; null takes the system's.</param>
public sealed class AgentEvaluator(TimeProvider? time = null)
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;
    private readonly ExactMatchEvaluator exactMatch = new();

    /// <summary>Evaluates an agent.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="agent">The agent.</param>
    /// <param name="cases">Its golden cases.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    public async Task<AgentEvaluationReport> EvaluateAsync<TRequest, TResult>(
        IAgent<TRequest, TResult> agent, IReadOnlyList<GoldenCase<TRequest, TResult>> cases, CancellationToken cancellationToken = default)
        where TRequest : class
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(cases);
        List<GoldenCaseResult> results = [];
        foreach (GoldenCase<TRequest, TResult> golden in cases)
        {
            results.Add(await RunAsync(agent, golden, cancellationToken).ConfigureAwait(false));
        }

        return new AgentEvaluationReport(agent.Identity.AgentId, agent.Identity.AgentVersion, agent.Identity.Implementation, Summarize(cases, results), results);
    }

    private async Task<GoldenCaseResult> RunAsync<TRequest, TResult>(IAgent<TRequest, TResult> agent, GoldenCase<TRequest, TResult> golden, CancellationToken cancellationToken)
        where TRequest : class
        where TResult : class
    {
        long started = clock.GetTimestamp();
        AgentOutcome<TResult> outcome = await agent.InvokeAsync(golden.Input, cancellationToken).ConfigureAwait(false);
        double latency = clock.GetElapsedTime(started).TotalMilliseconds;
        if (!golden.ExpectsAnswer || !outcome.Answered)
        {
            bool refusedAsExpected = !golden.ExpectsAnswer && string.Equals(outcome.Refusal?.Code, golden.ExpectedRefusal, StringComparison.Ordinal);
            return new GoldenCaseResult(golden.Id, refusedAsExpected, outcome.Refusal?.Code, golden.ExpectedRefusal, outcome.Confidence, latency, null);
        }

        EvaluationResult score = await exactMatch.EvaluateAsync(
            [], new ChatResponse(new ChatMessage(ChatRole.Assistant, WorkflowJson.Serialize(outcome.Result))),
            additionalContext: [new ExpectedResultContext(WorkflowJson.Serialize(golden.ExpectedResult)!)], cancellationToken: cancellationToken).ConfigureAwait(false);
        bool passed = score.Get<BooleanMetric>(ExactMatchEvaluator.ExactMatch).Value == true;
        return new GoldenCaseResult(golden.Id, passed, null, null, outcome.Confidence, latency, score);
    }

    private static EvaluationResult Summarize<TRequest, TResult>(IReadOnlyList<GoldenCase<TRequest, TResult>> cases, List<GoldenCaseResult> results)
        where TRequest : class
        where TResult : class
    {
        List<(GoldenCase<TRequest, TResult> Case, GoldenCaseResult Result)> pairs = [.. cases.Zip(results)];
        List<GoldenCaseResult> answers = [.. pairs.Where(pair => pair.Case.ExpectsAnswer).Select(pair => pair.Result)];
        List<GoldenCaseResult> refusals = [.. pairs.Where(pair => !pair.Case.ExpectsAnswer).Select(pair => pair.Result)];
        List<double> latencies = [.. results.Select(result => result.LatencyMilliseconds).Order()];
        List<EvaluationMetric> metrics =
        [
            new NumericMetric(AgentMetricNames.Cases, results.Count, "Golden cases run."),
            new NumericMetric(AgentMetricNames.Accuracy, Share(answers, result => result.Passed), "Cases expecting an answer answered exactly."),
            new NumericMetric(AgentMetricNames.RefusalRate, Share(results, result => result.RefusalCode is not null), "Cases refused."),
            new NumericMetric(AgentMetricNames.CorrectRefusalRate, Share(refusals, result => result.Passed), "Cases expecting a refusal refused with its code."),
            new NumericMetric(AgentMetricNames.LatencyP50, Percentile(latencies, 0.50), "Median latency of a call (ms)."),
            new NumericMetric(AgentMetricNames.LatencyP95, Percentile(latencies, 0.95), "95th percentile latency of a call (ms)."),
        ];
        IEnumerable<string> fields = pairs.Where(pair => pair.Case.ExpectsAnswer)
            .SelectMany(pair => JsonNode.Parse(WorkflowJson.Serialize(pair.Case.ExpectedResult)!) is JsonObject obj ? obj.Select(member => member.Key) : [])
            .Distinct(StringComparer.Ordinal);
        metrics.AddRange(fields.Select(field => new NumericMetric(AgentMetricNames.FieldAccuracyPrefix + field,
            Share(answers, result => result.Score?.TryGet(ExactMatchEvaluator.FieldPrefix + field, out BooleanMetric? metric) == true && metric.Value == true),
            $"Cases expecting an answer with {field} right.")));
        return new EvaluationResult(metrics);
    }

    private static double? Share(List<GoldenCaseResult> results, Func<GoldenCaseResult, bool> predicate) =>
        results.Count == 0 ? null : (double)results.Count(predicate) / results.Count;

    // Nearest rank: the smallest latency at or above which the given share of calls lie.
    private static double? Percentile(List<double> sorted, double share) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(share * sorted.Count) - 1)];
}
