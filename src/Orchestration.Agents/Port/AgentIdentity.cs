namespace Orchestration.Agents.Port;

/// <summary>Which implementation of an agent answers: a model behind an endpoint, or code running here.</summary>
public enum AgentImplementation
{
    /// <summary>A model behind an OpenAI-compatible endpoint (<c>model</c>).</summary>
    Model,

    /// <summary>A deterministic implementation, or one on the local embedding model (<c>local</c>).</summary>
    Local,
}

/// <summary>Who an agent is, as its evidence names it.</summary>
/// <param name="AgentId">The registry id.</param>
/// <param name="AgentVersion">The registry version.</param>
/// <param name="Implementation">Which implementation answers.</param>
/// <param name="Prompt">The prompt template the implementation follows; a local agent names the template it honours.</param>
public sealed record AgentIdentity(string AgentId, string AgentVersion, AgentImplementation Implementation, PromptReference Prompt);

/// <summary>A prompt template by id, version and digest of its text.</summary>
/// <param name="TemplateId">The template id.</param>
/// <param name="Version">The template version.</param>
/// <param name="Digest">SHA-256 of the template text (<c>sha256:</c> and 64 hex digits).</param>
public sealed record PromptReference(string TemplateId, string Version, string Digest);
