using Orchestration.Agents.Port;

namespace Orchestration.Agents.Evaluation;

/// <summary>Creates <see cref="IEvaluationTarget"/> values.</summary>
public static class EvaluationTarget
{
    /// <summary>Pairs an agent with the golden-set reader of its types.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="agent">The agent, built as the host builds it.</param>
    /// <returns>The target.</returns>
    public static IEvaluationTarget For<TRequest, TResult>(IAgent<TRequest, TResult> agent)
        where TRequest : class
        where TResult : class => new Typed<TRequest, TResult>(agent);

    private sealed class Typed<TRequest, TResult>(IAgent<TRequest, TResult> agent) : IEvaluationTarget
        where TRequest : class
        where TResult : class
    {
        public string AgentId => agent.Identity.AgentId;

        public Task<AgentEvaluationReport> EvaluateAsync(string goldenFile, string display, AgentEvaluator evaluator, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(evaluator);
            return evaluator.EvaluateAsync(agent, GoldenSet.Load<TRequest, TResult>(goldenFile, display), cancellationToken);
        }
    }
}
