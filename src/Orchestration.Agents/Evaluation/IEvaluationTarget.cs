namespace Orchestration.Agents.Evaluation;

/// <summary>An agent with its golden file, whatever its request and result types: what an evaluation command runs.</summary>
public interface IEvaluationTarget
{
    /// <summary>Gets the agent's registry id.</summary>
    string AgentId { get; }

    /// <summary>Loads the golden set and evaluates the agent on it.</summary>
    /// <param name="goldenFile">The golden file.</param>
    /// <param name="display">How errors name the file.</param>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="GoldenSetException">The golden file is missing or malformed.</exception>
    Task<AgentEvaluationReport> EvaluateAsync(string goldenFile, string display, AgentEvaluator evaluator, CancellationToken cancellationToken = default);
}
