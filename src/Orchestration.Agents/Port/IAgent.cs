namespace Orchestration.Agents.Port;

/// <summary>
/// An agent: a typed request in, a typed answer with confidence and rationale out, or a structured refusal. A bad
/// answer (missing field, not JSON, a refusal, nothing at all) is an <see cref="AgentOutcome{TResult}"/> with a
/// <see cref="AgentRefusal"/>, never an exception and never a default-filled result. Exceptions are for failures the
/// caller's retry policy should see (the endpoint is down, throttled or timed out), so every attempt is in history.
/// </summary>
/// <typeparam name="TRequest">What the agent is asked.</typeparam>
/// <typeparam name="TResult">What it answers.</typeparam>
public interface IAgent<in TRequest, TResult>
    where TResult : class
{
    /// <summary>Gets who this agent is and which implementation answers.</summary>
    AgentIdentity Identity { get; }

    /// <summary>Asks the agent.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer or the refusal, with the evidence of the call.</returns>
    Task<AgentOutcome<TResult>> InvokeAsync(TRequest request, CancellationToken cancellationToken = default);
}
