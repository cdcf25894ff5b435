using System.Text.Json.Serialization;

namespace Orchestration.Agents.Port;

/// <summary>
/// What an agent gave back: a result with its confidence and rationale, or a refusal; always with the evidence of the
/// call. Serializable both ways, so an activity can return it and the workflow can record it.
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
public sealed record AgentOutcome<TResult>
    where TResult : class
{
    /// <summary>Gets the result; null exactly when <see cref="Refusal"/> is set.</summary>
    public TResult? Result { get; init; }

    /// <summary>Gets the confidence the agent reported for its result, 0 to 1; null on a refusal.</summary>
    public decimal? Confidence { get; init; }

    /// <summary>Gets the agent's short rationale for its result; null on a refusal.</summary>
    public string? Rationale { get; init; }

    /// <summary>Gets why the agent gave no result; null when it answered.</summary>
    public AgentRefusal? Refusal { get; init; }

    /// <summary>Gets the evidence of the call (or calls) behind this outcome.</summary>
    public required AgentCall Call { get; init; }

    /// <summary>Gets a value indicating whether the agent answered.</summary>
    [JsonIgnore]
    public bool Answered => Refusal is null;
}

/// <summary>Creates <see cref="AgentOutcome{TResult}"/> values.</summary>
public static class AgentOutcome
{
    /// <summary>Creates an answer.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="result">The result.</param>
    /// <param name="confidence">Its confidence, 0 to 1.</param>
    /// <param name="rationale">Why.</param>
    /// <param name="call">The call's evidence.</param>
    /// <returns>The outcome.</returns>
    public static AgentOutcome<TResult> Answer<TResult>(TResult result, decimal confidence, string rationale, AgentCall call)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(call);
        ArgumentOutOfRangeException.ThrowIfLessThan(confidence, 0m);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidence, 1m);
        return new() { Result = result, Confidence = confidence, Rationale = rationale, Call = call with { Confidence = confidence } };
    }

    /// <summary>Creates a refusal.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="refusal">Why there is no result.</param>
    /// <param name="call">The call's evidence.</param>
    /// <returns>The outcome.</returns>
    public static AgentOutcome<TResult> Refused<TResult>(AgentRefusal refusal, AgentCall call)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(call);
        return new() { Refusal = refusal, Call = call with { Confidence = null, Refusal = refusal.Code } };
    }
}

/// <summary>Why an agent gave no result.</summary>
/// <param name="Code">A stable code from <see cref="AgentRefusalCodes"/>.</param>
/// <param name="Reason">What was wrong, for people and evidence.</param>
/// <param name="RawOutput">What the model or local implementation produced, verbatim; null when nothing came back.</param>
/// <param name="FinishReason">The finish reason the endpoint reported (<c>stop</c>, <c>length</c>, <c>content_filter</c>...).</param>
public sealed record AgentRefusal(string Code, string Reason, string? RawOutput = null, string? FinishReason = null);
