namespace Orchestration.Agents.Evaluation;

/// <summary>The names of the metrics an <see cref="AgentEvaluationReport"/> carries.</summary>
public static class AgentMetricNames
{
    /// <summary>How many golden cases ran.</summary>
    public const string Cases = "cases";

    /// <summary>Of the cases that expect an answer, the share answered with exactly the expected result.</summary>
    public const string Accuracy = "accuracy";

    /// <summary>Of all cases, the share the agent refused.</summary>
    public const string RefusalRate = "refusal-rate";

    /// <summary>Of the cases that expect a refusal, the share refused with the expected code.</summary>
    public const string CorrectRefusalRate = "correct-refusal-rate";

    /// <summary>The median latency of a call, in milliseconds.</summary>
    public const string LatencyP50 = "latency-p50-ms";

    /// <summary>The 95th percentile latency of a call, in milliseconds.</summary>
    public const string LatencyP95 = "latency-p95-ms";

    /// <summary>The prefix of per-field accuracies (<c>field-accuracy:amount</c>).</summary>
    public const string FieldAccuracyPrefix = "field-accuracy:";
}
