using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using Orchestration.Governance.Agents;

namespace Orchestration.Agents.Composition;

/// <summary>Builds the model-backed implementation of an agent, over the host's configured model endpoint.</summary>
public interface IModelAgentFactory
{
    /// <summary>Creates the model implementation of an agent.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="identity">Who the agent is (implementation <see cref="AgentImplementation.Model"/>).</param>
    /// <param name="prompt">The prompt template the registry names.</param>
    /// <param name="definition">The agent's registry entry.</param>
    /// <returns>The agent.</returns>
    IAgent<TRequest, TResult> Create<TRequest, TResult>(AgentIdentity identity, PromptTemplate prompt, AgentDefinition definition)
        where TRequest : class
        where TResult : class;
}
