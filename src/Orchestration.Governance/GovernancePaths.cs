namespace Orchestration.Governance;

/// <summary>Finds governance files from configured paths.</summary>
public static class GovernancePaths
{
    /// <summary>Where the shipped policies live, relative to the repository root.</summary>
    public const string ShippedPolicies = "src/Orchestration.Processes/policies";

    /// <summary>Resolves the policies directory.</summary>
    /// <param name="configured">The configured path.</param>
    /// <returns>The full path of an existing directory.</returns>
    /// <exception cref="DirectoryNotFoundException">No candidate exists; the message lists those tried.</exception>
    public static string ResolvePoliciesDirectory(string configured)
    {
        ArgumentException.ThrowIfNullOrEmpty(configured);
        List<string> candidates = Path.IsPathRooted(configured)
            ? [configured]
            : [Path.Combine(Environment.CurrentDirectory, configured), Path.Combine(AppContext.BaseDirectory, configured)];
        if (configured == GovernanceOptions.DefaultPoliciesPath)
        {
            // Run from a checkout (dotnet run, dotnet test), the shipped policies are found from the repository root.
            candidates.AddRange(Ancestors(Environment.CurrentDirectory).Concat(Ancestors(AppContext.BaseDirectory))
                .Select(directory => Path.Combine(directory, ShippedPolicies)));
        }

        return candidates.Select(Path.GetFullPath).FirstOrDefault(Directory.Exists)
            ?? throw new DirectoryNotFoundException($"No policies directory found; tried: {string.Join(", ", candidates.Distinct())}");
    }

    /// <summary>Resolves a file inside or relative to the policies directory.</summary>
    /// <param name="configured">The configured path, or null for the default.</param>
    /// <param name="policiesDirectory">The policies directory.</param>
    /// <param name="defaultName">The default file name in the policies directory.</param>
    /// <returns>The full path (which may not exist).</returns>
    public static string ResolveFile(string? configured, string policiesDirectory, string defaultName) => configured switch
    {
        null or "" => Path.Combine(policiesDirectory, defaultName),
        _ when Path.IsPathRooted(configured) => configured,
        _ => Path.GetFullPath(configured),
    };

    private static IEnumerable<string> Ancestors(string start)
    {
        for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
        {
            yield return directory.FullName;
        }
    }
}
