namespace Orchestration.Governance;

/// <summary>
/// Where governance finds its files, bound from the <c>Governance</c> configuration section. Relative paths are
/// tried against the working directory and the application directory.
/// </summary>
public sealed class GovernanceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Governance";

    /// <summary>The default policies directory: the shipped one, found from the repository root when not beside the app.</summary>
    public const string DefaultPoliciesPath = "policies";

    /// <summary>Gets or sets the directory of policy bundles (<c>PoliciesPath</c>). Default <c>policies</c>.</summary>
    public string PoliciesPath { get; set; } = DefaultPoliciesPath;

    /// <summary>Gets or sets the agent registry (<c>AgentsFile</c>). Default <c>agents.yaml</c> in the policies directory.</summary>
    public string? AgentsFile { get; set; }

    /// <summary>Gets or sets the data-quality gates (<c>DataQualityFile</c>). Default <c>data-quality.yaml</c> in the policies directory, if present.</summary>
    public string? DataQualityFile { get; set; }

    /// <summary>
    /// Gets or sets the kill switch file (<c>KillSwitchFile</c>), used only when the host registers no kill switch store
    /// of its own. Default <c>OrchestrationFunctions/kill-switches.json</c> under local application data.
    /// </summary>
    public string? KillSwitchFile { get; set; }

    /// <summary>Gets the active version of each bundle (<c>ActiveVersions:ID</c>); a bundle not named uses its highest version.</summary>
    public Dictionary<string, string> ActiveVersions { get; } = new(StringComparer.Ordinal);
}
