using Orchestration.Agents.Port;

namespace Orchestration.LocalHost.Commands;

/// <summary>The arguments of <c>agents evaluate</c>.</summary>
/// <param name="Agent">The one agent to evaluate; null evaluates all.</param>
/// <param name="Implementation">The implementation to run; null follows the registry.</param>
/// <param name="AgentsDirectory">Where the golden files are; null takes the shipped ones.</param>
internal sealed record EvaluateArguments(string? Agent, AgentImplementation? Implementation, string? AgentsDirectory)
{
    public static EvaluateArguments Parse(IReadOnlyList<string> args, IReadOnlyList<string> knownAgents)
    {
        EvaluateArguments parsed = new(null, null, null);
        for (int i = 0; i < args.Count; i++)
        {
            string option = args[i];
            string value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{option} needs a value");
            parsed = option switch
            {
                "--agent" => knownAgents.Contains(value, StringComparer.Ordinal)
                    ? parsed with { Agent = value }
                    : throw new ArgumentException($"unknown agent '{value}' (known: {string.Join(", ", knownAgents)})"),
                "--implementation" => parsed with
                {
                    Implementation = value switch
                    {
                        "local" => AgentImplementation.Local,
                        "model" => AgentImplementation.Model,
                        _ => throw new ArgumentException($"unknown implementation '{value}' (expected local or model)"),
                    },
                },
                "--agents-dir" => parsed with { AgentsDirectory = Path.GetFullPath(value) },
                _ => throw new ArgumentException($"unknown option '{option}' (expected --agent, --implementation or --agents-dir)"),
            };
        }

        return parsed;
    }
}
