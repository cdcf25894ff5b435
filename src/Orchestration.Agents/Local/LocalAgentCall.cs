using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;

namespace Orchestration.Agents.Local;

/// <summary>
/// The evidence of a local agent's call: implementation <see cref="AgentImplementation.Local"/>, endpoint
/// <see cref="EndpointKinds.Local"/>, the local model (or <c>deterministic</c>) and its version, the prompt template
/// the agent honours and the digest of the input it read.
/// </summary>
public static class LocalAgentCall
{
    /// <summary>The model name of a local agent that uses no model.</summary>
    public const string Deterministic = "deterministic";

    /// <summary>Starts the evidence of a call.</summary>
    /// <param name="identity">The agent's identity.</param>
    /// <param name="model">The local model's name, or <see cref="Deterministic"/>.</param>
    /// <param name="modelVersion">The implementation's version.</param>
    /// <param name="input">The text the agent read; its digest becomes the prompt digest.</param>
    /// <param name="latencyMilliseconds">How long the call took.</param>
    /// <returns>The evidence, without a result digest.</returns>
    public static AgentCall For(AgentIdentity identity, string model, string modelVersion, string input, long latencyMilliseconds)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(input);
        return new AgentCall(identity.AgentId, identity.AgentVersion, AgentImplementation.Local, EndpointKinds.Local)
        {
            Model = model,
            ModelVersion = modelVersion,
            PromptTemplateId = identity.Prompt.TemplateId,
            PromptTemplateVersion = identity.Prompt.Version,
            PromptTemplateDigest = identity.Prompt.Digest,
            PromptDigest = PromptTemplate.Sha256(input),
            LatencyMilliseconds = latencyMilliseconds,
        };
    }

    /// <summary>Adds the digest of the result to the evidence.</summary>
    /// <param name="call">The evidence.</param>
    /// <param name="resultJson">The result as workflow JSON.</param>
    /// <returns>The evidence with its result digest.</returns>
    public static AgentCall WithResult(this AgentCall call, string resultJson)
    {
        ArgumentNullException.ThrowIfNull(call);
        ArgumentNullException.ThrowIfNull(resultJson);
        return call with { ResultDigest = PromptTemplate.Sha256(resultJson) };
    }
}
