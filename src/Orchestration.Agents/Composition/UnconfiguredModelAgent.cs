using Orchestration.Agents.Port;

namespace Orchestration.Agents.Composition;

/// <summary>
/// What answers for an agent the registry pins to a model (<c>implementation: model</c>) when no model endpoint is
/// configured: every call is refused, so the work goes to a person instead of to a guess or a silent local fallback.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="identity">Who the agent is.</param>
internal sealed class UnconfiguredModelAgent<TRequest, TResult>(AgentIdentity identity) : IAgent<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    public AgentIdentity Identity => identity;

    public Task<AgentOutcome<TResult>> InvokeAsync(TRequest request, CancellationToken cancellationToken = default)
    {
        AgentCall call = new(identity.AgentId, identity.AgentVersion, AgentImplementation.Model, EndpointKinds.OpenAICompatible)
        {
            PromptTemplateId = identity.Prompt.TemplateId,
            PromptTemplateVersion = identity.Prompt.Version,
            PromptTemplateDigest = identity.Prompt.Digest,
            PromptDigest = identity.Prompt.Digest,
        };
        return Task.FromResult(AgentOutcome.Refused<TResult>(
            new AgentRefusal(AgentRefusalCodes.ModelNotConfigured,
                $"The registry runs {identity.AgentId} on a model only, and no model endpoint is configured (Models__Endpoint)."),
            call));
    }
}
