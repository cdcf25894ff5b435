using Orchestration.Abstractions;
using Orchestration.Agents.Port;

namespace Orchestration.Agents.Activities;

/// <summary>
/// An activity that asks one agent. What comes back, answer or refusal, is the activity's output, so the workflow
/// records the call and routes on it; a failure of the endpoint fails the activity, so the workflow's retry policy
/// decides and every attempt is in the run's history.
/// </summary>
/// <typeparam name="TRequest">The agent's request.</typeparam>
/// <typeparam name="TResult">The agent's result.</typeparam>
/// <param name="agent">The agent (with its guardrails), built once by the host.</param>
public abstract class AgentActivity<TRequest, TResult>(IAgent<TRequest, TResult> agent) : WorkflowActivity<TRequest, AgentOutcome<TResult>>
    where TRequest : class
    where TResult : class
{
    /// <summary>Gets the agent this activity asks.</summary>
    public IAgent<TRequest, TResult> Agent => agent;

    /// <inheritdoc/>
    public override Task<AgentOutcome<TResult>> RunAsync(WorkflowActivityContext context, TRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return agent.InvokeAsync(input, context.CancellationToken);
    }
}
