using Orchestration.Governance.Files;

namespace Orchestration.Governance.Agents;

/// <summary>
/// Loads the agent registry from YAML: <c>agents:</c> (the agents), <c>activities:</c> (activity name to agent and
/// action) and <c>exempt:</c> (platform activities). Problems throw <see cref="GovernanceFileException"/> with the line.
/// </summary>
public static class AgentRegistryLoader
{
    /// <summary>Loads a registry file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="root">The directory messages show paths relative to; null shows the path as given.</param>
    /// <returns>The registry.</returns>
    public static AgentRegistry LoadFile(string path, string? root = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string display = root is null ? path : Path.GetRelativePath(root, path).Replace('\\', '/');
        YamlMap file = YamlMap.Load(path, display).Only("agents", "activities", "exempt");
        List<AgentDefinition> agents = [.. file.MapList("agents").Select(ReadAgent)];
        string? duplicate = agents.GroupBy(agent => agent.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (duplicate is not null)
        {
            throw file.Error($"agent id '{duplicate}' is registered twice");
        }

        return new AgentRegistry(agents, file.MapEntries("activities").Select(entry => ReadBinding(entry.Key, entry.Value)), file.StringList("exempt"));
    }

    private static AgentDefinition ReadAgent(YamlMap raw)
    {
        string id = raw.RequiredString("id");
        if (raw.Find("confidenceThreshold") is { } threshold)
        {
            throw raw.ForRule(id).Error(threshold,
                "'confidenceThreshold' is not a registry field: confidence thresholds live in policy bundles (a rule on input.confidence), never in the registry or a prompt");
        }

        YamlMap map = raw.ForRule(id).Only(
            "id", "kind", "owner", "version", "description", "purpose", "implementation", "prompt", "model", "actions", "connectors", "dataClasses", "autonomy", "enabled");
        AgentKind kind = map.RequiredString("kind") switch
        {
            "ai-agent" => AgentKind.AiAgent,
            "bot" => AgentKind.Bot,
            "api" => AgentKind.Api,
            "human-role" => AgentKind.HumanRole,
            string other => throw map.Error(map.Required("kind"), $"unknown kind '{other}' (expected ai-agent, bot, api or human-role)"),
        };
        YamlMap? model = map.OptionalMap("model")?.Only("provider", "deployment", "version");
        YamlMap? autonomy = map.OptionalMap("autonomy")?.Only("maxAmount", "currency");
        YamlMap? prompt = map.OptionalMap("prompt")?.Only("template", "version");
        AgentImplementationChoice implementation = map.OptionalString("implementation") switch
        {
            null or "auto" => AgentImplementationChoice.Auto,
            "model" => AgentImplementationChoice.Model,
            "local" => AgentImplementationChoice.Local,
            string other => throw map.Error(map.Required("implementation"), $"unknown implementation '{other}' (expected auto, model or local)"),
        };
        if (kind == AgentKind.AiAgent)
        {
            RequireAiAgentFields(map, implementation, model, prompt);
        }

        return new AgentDefinition(id, kind, map.RequiredString("owner"), map.RequiredString("version"))
        {
            Description = map.OptionalString("description"),
            Purpose = map.OptionalString("purpose"),
            Implementation = implementation,
            Prompt = prompt is null ? null : new AgentPrompt(prompt.RequiredString("template"), prompt.RequiredString("version")),
            Model = model is null ? null : new AgentModel(model.RequiredString("provider"), model.RequiredString("deployment"), model.RequiredString("version")),
            Actions = map.StringList("actions"),
            Connectors = map.StringList("connectors"),
            DataClasses = map.StringList("dataClasses"),
            Autonomy = new AgentAutonomy(autonomy?.OptionalDecimal("maxAmount"), autonomy?.OptionalString("currency")),
            Enabled = map.OptionalBool("enabled") ?? throw map.Error("missing required field 'enabled' (say true or false: an agent is never on by default)"),
        };
    }

    // An AI agent says what it is for and which prompt it follows; one that may run on a model names that model.
    private static void RequireAiAgentFields(YamlMap map, AgentImplementationChoice implementation, YamlMap? model, YamlMap? prompt)
    {
        if (map.OptionalString("purpose") is null || map.Find("implementation") is null || prompt is null)
        {
            throw map.Error("an ai-agent needs 'purpose', 'implementation' (auto, model or local) and 'prompt' (template, version)");
        }

        if (implementation != AgentImplementationChoice.Local && model is null)
        {
            throw map.Error(map.Required("implementation"), "an ai-agent that may run on a model needs 'model' (provider, deployment, version)");
        }
    }

    private static ActivityBinding ReadBinding(string activityName, YamlMap raw)
    {
        YamlMap map = raw.ForRule(activityName).Only("agent", "action", "connectors", "dataClasses", "amountField", "guardrails", "untrustedFields");
        IReadOnlyList<string> guardrails = map.StringList("guardrails");
        string? unknown = guardrails.FirstOrDefault(name => !GuardrailNames.All.Contains(name));
        return unknown is not null
            ? throw map.Error(map.Required("guardrails"), $"unknown guardrail '{unknown}' (expected one of: {string.Join(", ", GuardrailNames.All)})")
            : new ActivityBinding(activityName, map.RequiredString("agent"), map.RequiredString("action"))
            {
                Connectors = map.StringList("connectors"),
                DataClasses = map.StringList("dataClasses"),
                AmountField = map.OptionalString("amountField"),
                Guardrails = guardrails,
                UntrustedFields = map.StringList("untrustedFields"),
            };
    }
}
