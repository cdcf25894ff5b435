namespace Orchestration.TestKit;

/// <summary>
/// A copy of the shipped agent registry (<c>src/Orchestration.Processes/policies/agents.yaml</c>) with one edit, written
/// to a test's folder: what an operator's change to the registry looks like, for a host to load through
/// <c>Governance:AgentsFile</c>.
/// </summary>
public static class EditedAgentRegistry
{
    /// <summary>The setting that points a host at another registry file.</summary>
    public const string Setting = "Governance:AgentsFile";

    private const string Enabled = "enabled: true";

    /// <summary>Writes the shipped registry with <paramref name="find"/> replaced by <paramref name="replace"/>.</summary>
    /// <param name="folder">Where to write <c>agents.yaml</c>.</param>
    /// <param name="find">Text of the shipped registry; it must occur exactly once.</param>
    /// <param name="replace">What it becomes.</param>
    /// <returns>The settings that load the edited registry.</returns>
    public static IReadOnlyDictionary<string, string?> Write(string folder, string find, string replace)
    {
        ArgumentException.ThrowIfNullOrEmpty(find);
        string shipped = Shipped();
        int at = shipped.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || shipped.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new ArgumentException($"'{find}' does not occur exactly once in the shipped agent registry.", nameof(find));
        }

        Directory.CreateDirectory(folder);
        string file = System.IO.Path.Combine(folder, "agents.yaml");
        File.WriteAllText(file, string.Concat(shipped.AsSpan(0, at), replace, shipped.AsSpan(at + find.Length)));
        return new Dictionary<string, string?> { [Setting] = file };
    }

    /// <summary>Writes the shipped registry with one agent disabled.</summary>
    /// <param name="folder">Where to write it.</param>
    /// <param name="agentId">The agent; its entry must end with <c>enabled: true</c>.</param>
    /// <returns>The settings that load it.</returns>
    public static IReadOnlyDictionary<string, string?> Disabling(string folder, string agentId)
    {
        string shipped = Shipped();
        int entry = shipped.IndexOf($"- id: {agentId}\n", StringComparison.Ordinal);
        int enabled = entry < 0 ? -1 : shipped.IndexOf(Enabled, entry, StringComparison.Ordinal);
        if (enabled < 0)
        {
            throw new ArgumentException($"No enabled agent '{agentId}' in the shipped agent registry.", nameof(agentId));
        }

        string agent = shipped[entry..(enabled + Enabled.Length)];
        return Write(folder, agent, agent.Replace(Enabled, "enabled: false", StringComparison.Ordinal));
    }

    private static string Shipped() =>
        File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "src", "Orchestration.Processes", "policies", "agents.yaml"));
}
