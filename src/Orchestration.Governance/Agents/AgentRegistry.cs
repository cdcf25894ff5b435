using System.Globalization;
using System.Text.Json;
using Orchestration.Governance.Inputs;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Agents;

/// <summary>
/// The registered agents and which agent performs each activity. <see cref="Authorize"/> decides, purely, whether a
/// call may go ahead; <see cref="AgentRegistryFilter"/> applies it at every dispatch.
/// </summary>
public sealed class AgentRegistry
{
    private readonly Dictionary<string, AgentDefinition> agents;
    private readonly Dictionary<string, ActivityBinding> bindings;
    private readonly HashSet<string> exempt;

    /// <summary>Initializes a new instance of the <see cref="AgentRegistry"/> class.</summary>
    /// <param name="agents">The agents.</param>
    /// <param name="bindings">Which agent performs each activity.</param>
    /// <param name="exempt">Activities of the platform itself (pinning a bundle, writing evidence) that no agent performs.</param>
    public AgentRegistry(IEnumerable<AgentDefinition> agents, IEnumerable<ActivityBinding> bindings, IEnumerable<string>? exempt = null)
    {
        this.agents = agents.ToDictionary(agent => agent.Id, StringComparer.Ordinal);
        this.bindings = bindings.ToDictionary(binding => binding.ActivityName, StringComparer.OrdinalIgnoreCase);
        this.exempt = new HashSet<string>(exempt ?? [], StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Returns a registry that also exempts the given platform activities.</summary>
    /// <param name="activityNames">The activities.</param>
    /// <returns>The new registry.</returns>
    public AgentRegistry WithExempt(IEnumerable<string> activityNames) =>
        new(agents.Values, bindings.Values, exempt.Concat(activityNames));

    /// <summary>Gets the agents, by id.</summary>
    public IReadOnlyList<AgentDefinition> Agents => [.. agents.Values.OrderBy(agent => agent.Id, StringComparer.Ordinal)];

    /// <summary>Gets the activity bindings, by activity name.</summary>
    public IReadOnlyList<ActivityBinding> Bindings => [.. bindings.Values.OrderBy(binding => binding.ActivityName, StringComparer.Ordinal)];

    /// <summary>Gets the exempt platform activities.</summary>
    public IReadOnlyCollection<string> Exempt => exempt;

    /// <summary>Finds an agent.</summary>
    /// <param name="agentId">The agent id.</param>
    /// <returns>The agent, or null.</returns>
    public AgentDefinition? FindAgent(string agentId) => agents.GetValueOrDefault(agentId);

    /// <summary>Finds the binding of an activity.</summary>
    /// <param name="activityName">The activity.</param>
    /// <returns>The binding, or null.</returns>
    public ActivityBinding? FindBinding(string activityName) => bindings.GetValueOrDefault(activityName);

    /// <summary>Tells whether an activity belongs to the platform and is performed by no agent.</summary>
    /// <param name="activityName">The activity.</param>
    /// <returns>True when exempt.</returns>
    public bool IsExempt(string activityName) => exempt.Contains(activityName);

    /// <summary>Decides whether an activity call may go ahead under the registry.</summary>
    /// <param name="activityName">The activity.</param>
    /// <param name="input">Its input as JSON.</param>
    /// <returns>Null when it may; otherwise the refusal.</returns>
    public GovernanceRefusal? Authorize(string activityName, JsonElement input)
    {
        if (IsExempt(activityName))
        {
            return null;
        }

        if (FindBinding(activityName) is not { } binding)
        {
            return new GovernanceRefusal(RefusalCodes.ActivityNotBound, $"Activity '{activityName}' is bound to no agent in the registry; unregistered work does not run.");
        }

        GovernanceRefusal Refuse(string code, string reason) => new(code, reason, activityName, null, binding.AgentId, binding.Action);
        if (FindAgent(binding.AgentId) is not { } agent)
        {
            return Refuse(RefusalCodes.AgentNotRegistered, $"Agent '{binding.AgentId}' is not registered.");
        }

        if (!agent.Enabled)
        {
            return Refuse(RefusalCodes.AgentDisabled, $"Agent '{agent.Id}' is disabled in the registry.");
        }

        string? outside = Outside(binding.Action, agent.Actions, "action")
            ?? binding.Connectors.Select(connector => Outside(connector, agent.Connectors, "connector")).FirstOrDefault(text => text is not null)
            ?? binding.DataClasses.Select(dataClass => Outside(dataClass, agent.DataClasses, "data class")).FirstOrDefault(text => text is not null);
        return outside is not null
            ? Refuse(RefusalCodes.OutOfScope, $"Agent '{agent.Id}' is not allowed the {outside}.")
            : CheckAutonomy(agent, binding, input) is { } limit ? Refuse(RefusalCodes.AutonomyLimitExceeded, limit) : null;
    }

    private static string? Outside(string item, IReadOnlyList<string> allowed, string what) =>
        allowed.Contains(item, StringComparer.Ordinal) ? null : $"{what} '{item}'";

    private static string? CheckAutonomy(AgentDefinition agent, ActivityBinding binding, JsonElement input)
    {
        if (agent.Autonomy.MaxAmount is not { } max || binding.AmountField is not { } field)
        {
            return null;
        }

        // A limit that cannot be checked is treated as exceeded: the call goes to a person, not through.
        if (!ActivityInput.TryGet(input, field, out JsonElement value) || !value.TryGetDecimal(out decimal amount))
        {
            return $"The input has no numeric '{field}' to check against agent '{agent.Id}''s autonomy limit.";
        }

        string limit = string.Join(' ', new[] { max.ToString(CultureInfo.InvariantCulture), agent.Autonomy.Currency }.OfType<string>());
        return amount > max
            ? $"{amount.ToString(CultureInfo.InvariantCulture)} exceeds agent '{agent.Id}''s autonomy limit of {limit}."
            : null;
    }
}
