namespace Orchestration.Api.Security;

/// <summary>
/// Keys in the manner of Azure Functions: a system key for management and admin routes, function keys for starters
/// (per workflow, or one default). Callers send a key in the <c>x-functions-key</c> header or the <c>code</c> query
/// parameter. Bound from the <c>OrchestrationApi:Keys</c> configuration section.
/// </summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "OrchestrationApi:Keys";

    /// <summary>Gets or sets the key for management, run views and admin routes; also accepted by every starter.</summary>
    public string? SystemKey { get; set; }

    /// <summary>Gets or sets the starters' key when a workflow has none of its own in <see cref="StarterKeys"/>.</summary>
    public string? DefaultStarterKey { get; set; }

    /// <summary>Gets the starter keys by workflow name (case-insensitive).</summary>
    public Dictionary<string, string> StarterKeys { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Gets or sets a value indicating whether the host has already authorised the caller. The Functions app sets
    /// it: there the Functions host checks keys (authorization levels) and App Service authentication checks
    /// identities before a request reaches the API. Never set it on the local server.
    /// </summary>
    public bool TrustHostAuthorization { get; set; }
}
