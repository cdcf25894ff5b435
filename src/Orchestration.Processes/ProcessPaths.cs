namespace Orchestration.Processes;

/// <summary>
/// Where the processes' reviewed artifacts sit next to their policies: <c>prompts/</c> (the prompt templates) and
/// <c>agents/</c> (each agent's labelled examples and golden set), both shipped beside <c>policies/</c> in the output
/// and in the checkout alike; with policies kept elsewhere, the app's own shipped copies.
/// </summary>
public static class ProcessPaths
{
    /// <summary>Gets the prompt templates' folder for a policies folder.</summary>
    /// <param name="policiesDirectory">The resolved policies folder.</param>
    /// <returns>Its sibling <c>prompts</c> folder.</returns>
    public static string Prompts(string policiesDirectory) => Sibling(policiesDirectory, "prompts");

    /// <summary>Gets the agents' data folder (examples, golden sets) for a policies folder.</summary>
    /// <param name="policiesDirectory">The resolved policies folder.</param>
    /// <returns>Its sibling <c>agents</c> folder.</returns>
    public static string Agents(string policiesDirectory) => Sibling(policiesDirectory, "agents");

    private static string Sibling(string policiesDirectory, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(policiesDirectory);
        string parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(policiesDirectory)))
            ?? throw new ArgumentException($"The policies folder {policiesDirectory} has no parent folder.", nameof(policiesDirectory));
        string beside = Path.Combine(parent, name);

        // Policies kept elsewhere (Governance:PoliciesPath) still find the shipped prompts and agents in the app's output.
        return Directory.Exists(beside) ? beside : Path.Combine(AppContext.BaseDirectory, name);
    }
}
