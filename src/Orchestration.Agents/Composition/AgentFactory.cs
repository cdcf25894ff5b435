using Orchestration.Agents.Guardrails;
using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using Orchestration.Governance.Agents;

namespace Orchestration.Agents.Composition;

/// <summary>
/// Builds each agent as its registry entry says: the prompt template it names, the implementation it allows (the model
/// when one is configured and the entry says <c>auto</c> or <c>model</c>, the local one otherwise), wrapped in the
/// guardrails of the activity that calls it. Hosts build every agent once, at start-up, so a bad entry fails there.
/// </summary>
/// <param name="registry">The agent registry.</param>
/// <param name="promptsDirectory">Where the prompt templates are (<c>{id}/{version}.prompt</c>).</param>
/// <param name="models">The model implementations, or null when no model endpoint is configured.</param>
public sealed class AgentFactory(AgentRegistry registry, string promptsDirectory, IModelAgentFactory? models)
{
    /// <summary>Gets a value indicating whether a model endpoint is configured.</summary>
    public bool HasModels => models is not null;

    /// <summary>Builds the agent that performs an activity.</summary>
    /// <typeparam name="TRequest">The request type.</typeparam>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="activityName">The activity; its registry binding names the agent and the guardrails.</param>
    /// <param name="local">Builds the local implementation for the identity given.</param>
    /// <param name="implementation">Overrides the registry's choice (the evaluation command runs either); null follows it.</param>
    /// <returns>The agent, guardrails included.</returns>
    /// <exception cref="InvalidOperationException">The activity is unbound, its agent unknown or not an AI agent, or a prompt is missing.</exception>
    public IAgent<TRequest, TResult> Create<TRequest, TResult>(
        string activityName, Func<AgentIdentity, IAgent<TRequest, TResult>> local, AgentImplementation? implementation = null)
        where TRequest : class
        where TResult : class
    {
        ArgumentException.ThrowIfNullOrEmpty(activityName);
        ArgumentNullException.ThrowIfNull(local);
        ActivityBinding binding = registry.FindBinding(activityName)
            ?? throw new InvalidOperationException($"{activityName} is bound to no agent in the registry");
        AgentDefinition definition = registry.FindAgent(binding.AgentId) is { Kind: AgentKind.AiAgent, Prompt: not null } found
            ? found
            : throw new InvalidOperationException($"{activityName} is bound to '{binding.AgentId}', which is not an ai-agent with a prompt in the registry");
        PromptTemplate prompt = PromptTemplate.Load(promptsDirectory, definition.Prompt!.TemplateId, definition.Prompt.Version);
        AgentImplementation chosen = implementation ?? Choose(definition.Implementation);
        AgentIdentity identity = new(definition.Id, definition.Version, chosen, prompt.Reference);
        IAgent<TRequest, TResult> inner = chosen == AgentImplementation.Local
            ? local(identity)
            : models?.Create<TRequest, TResult>(identity, prompt, definition) ?? new UnconfiguredModelAgent<TRequest, TResult>(identity);

        // Personal data is always redacted before an AI agent sees it, whatever the binding screens at dispatch.
        AgentGuardrails guardrails = AgentGuardrails.For(binding);
        return new GuardedAgent<TRequest, TResult>(inner, guardrails.Has(GuardrailNames.Pii)
            ? guardrails
            : guardrails with { Screens = [.. guardrails.Screens, GuardrailNames.Pii] });
    }

    private AgentImplementation Choose(AgentImplementationChoice choice) => choice switch
    {
        AgentImplementationChoice.Local => AgentImplementation.Local,
        AgentImplementationChoice.Model => AgentImplementation.Model,
        _ => models is null ? AgentImplementation.Local : AgentImplementation.Model,
    };
}
