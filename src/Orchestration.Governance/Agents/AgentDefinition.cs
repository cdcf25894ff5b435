namespace Orchestration.Governance.Agents;

/// <summary>What kind of participant an agent is.</summary>
public enum AgentKind
{
    /// <summary>A model-backed agent (<c>ai-agent</c>); has a model and a confidence threshold.</summary>
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

    /// <summary>Gets the model, for an AI agent.</summary>
    public AgentModel? Model { get; init; }

    /// <summary>Gets the actions it may perform.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>Gets the connectors it may call.</summary>
    public IReadOnlyList<string> Connectors { get; init; } = [];

    /// <summary>Gets the data classes it may see.</summary>
    public IReadOnlyList<string> DataClasses { get; init; } = [];

    /// <summary>Gets its autonomy limits.</summary>
    public AgentAutonomy Autonomy { get; init; } = new(null, null);

    /// <summary>Gets the confidence below which its output goes to a person; null when it reports none.</summary>
    public decimal? ConfidenceThreshold { get; init; }

    /// <summary>Gets a value indicating whether it may be called at all.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Tells whether an output of this confidence must go to a person.</summary>
    /// <param name="confidence">The confidence the agent reported, 0 to 1.</param>
    /// <returns>True when below the threshold, and always for an agent without a threshold that reports one.</returns>
    public bool RequiresHumanReview(decimal confidence) => ConfidenceThreshold is not { } threshold || confidence < threshold;
}
