namespace Orchestration.Governance.Agents;

/// <summary>What kind of participant an agent is.</summary>
public enum AgentKind
{
    /// <summary>An AI agent (<c>ai-agent</c>): has a purpose, a prompt template, and runs on a model or locally.</summary>
    AiAgent,

    /// <summary>Deterministic automation (<c>bot</c>).</summary>
    Bot,

    /// <summary>An enterprise system called through a connector (<c>api</c>).</summary>
    Api,

    /// <summary>A role people hold (<c>human-role</c>).</summary>
    HumanRole,
}

/// <summary>The model behind an AI agent, as recorded in evidence.</summary>
/// <param name="Provider">For example <c>azure-openai</c>.</param>
/// <param name="Deployment">The deployment name.</param>
/// <param name="Version">The model version.</param>
public sealed record AgentModel(string Provider, string Deployment, string Version);

/// <summary>Which implementation of an AI agent runs.</summary>
public enum AgentImplementationChoice
{
    /// <summary>The model when a model endpoint is configured, the local implementation otherwise (<c>auto</c>).</summary>
    Auto,

    /// <summary>Only the model; with no endpoint configured every call is refused (<c>model</c>).</summary>
    Model,

    /// <summary>Only the local implementation, even when an endpoint is configured (<c>local</c>).</summary>
    Local,
}

/// <summary>The prompt template an AI agent follows, by id and version (<c>prompts/{id}/{version}.prompt</c>).</summary>
/// <param name="TemplateId">The template id.</param>
/// <param name="Version">The template version.</param>
public sealed record AgentPrompt(string TemplateId, string Version);

/// <summary>How far an agent may act on its own.</summary>
/// <param name="MaxAmount">The largest amount it may handle without a person; null for no limit.</param>
/// <param name="Currency">The currency of <paramref name="MaxAmount"/>, when it has one.</param>
public sealed record AgentAutonomy(decimal? MaxAmount, string? Currency);

/// <summary>An agent or tool in the registry: who owns it, what it may do and see, and whether it is on.</summary>
/// <param name="Id">The agent id.</param>
/// <param name="Kind">The kind.</param>
/// <param name="Owner">The accountable owner (a person or team).</param>
/// <param name="Version">The agent's version.</param>
public sealed record AgentDefinition(string Id, AgentKind Kind, string Owner, string Version)
{
    /// <summary>Gets what the agent does.</summary>
    public string? Description { get; init; }

    /// <summary>Gets what an AI agent is for, in one sentence people and reviewers read.</summary>
    public string? Purpose { get; init; }

    /// <summary>Gets which implementation of an AI agent runs.</summary>
    public AgentImplementationChoice Implementation { get; init; } = AgentImplementationChoice.Auto;

    /// <summary>Gets the prompt template an AI agent follows.</summary>
    public AgentPrompt? Prompt { get; init; }

    /// <summary>Gets the model an AI agent is meant to run on, when it may run on one.</summary>
    public AgentModel? Model { get; init; }

    /// <summary>Gets the actions it may perform.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Gets the connectors it may call.</summary>
    public IReadOnlyList<string> Connectors { get; init; } = [];

    /// <summary>Gets the data classes it may see.</summary>
    public IReadOnlyList<string> DataClasses { get; init; } = [];

    /// <summary>Gets its autonomy limits.</summary>
    public AgentAutonomy Autonomy { get; init; } = new(null, null);

    /// <summary>Gets a value indicating whether it may be called at all.</summary>
    public bool Enabled { get; init; } = true;

}
