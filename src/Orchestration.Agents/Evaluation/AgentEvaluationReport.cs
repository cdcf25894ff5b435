using Microsoft.Extensions.AI.Evaluation;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Evaluation;

/// <summary>
/// How one agent, at one version and implementation, did on its golden set. The figures are
/// <see cref="NumericMetric"/>s of <see cref="Metrics"/> (named by <see cref="AgentMetricNames"/>); a figure with no
/// cases to stand on (accuracy when every case expects a refusal) has no value.
/// </summary>
/// <param name="AgentId">The agent.</param>
/// <param name="AgentVersion">Its registry version.</param>
/// <param name="Implementation">Which implementation answered.</param>
/// <param name="Metrics">The metrics.</param>
/// <param name="Cases">Each case's outcome, in golden-file order.</param>
public sealed record AgentEvaluationReport(
    string AgentId, string AgentVersion, AgentImplementation Implementation, EvaluationResult Metrics, IReadOnlyList<GoldenCaseResult> Cases)
{
    /// <summary>Gets how many cases ran.</summary>
    public int CaseCount => (int)(Value(AgentMetricNames.Cases) ?? 0);

    /// <summary>Gets the accuracy on cases that expect an answer.</summary>
    public double? Accuracy => Value(AgentMetricNames.Accuracy);

    /// <summary>Gets the share of cases refused.</summary>
    public double? RefusalRate => Value(AgentMetricNames.RefusalRate);

    /// <summary>Gets the share of refusal cases refused with the expected code.</summary>
    public double? CorrectRefusalRate => Value(AgentMetricNames.CorrectRefusalRate);

    /// <summary>Gets the median latency, in milliseconds.</summary>
    public double? LatencyP50 => Value(AgentMetricNames.LatencyP50);

    /// <summary>Gets the 95th percentile latency, in milliseconds.</summary>
    public double? LatencyP95 => Value(AgentMetricNames.LatencyP95);

    /// <summary>Gets the accuracy of each field, on cases that expect an answer (empty for results without fields).</summary>
    public IReadOnlyDictionary<string, double?> FieldAccuracy =>
        Metrics.Metrics.Values.OfType<NumericMetric>()
            .Where(metric => metric.Name.StartsWith(AgentMetricNames.FieldAccuracyPrefix, StringComparison.Ordinal))
            .ToDictionary(metric => metric.Name[AgentMetricNames.FieldAccuracyPrefix.Length..], metric => metric.Value, StringComparer.Ordinal);

    private double? Value(string name) => Metrics.TryGet(name, out NumericMetric? metric) ? metric.Value : null;
}
