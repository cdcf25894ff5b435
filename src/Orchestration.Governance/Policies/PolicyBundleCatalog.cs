namespace Orchestration.Governance.Policies;

/// <summary>
/// Every loaded bundle version, immutable and content-addressed, and which version of each bundle is active. New
/// runs pin the active version; running ones keep evaluating the version they pinned, which stays in the catalog.
/// </summary>
public sealed class PolicyBundleCatalog
{
    private readonly Dictionary<(string Id, string Version), PolicyBundle> bundles = [];
    private readonly Dictionary<string, PolicyBundle> active = new(StringComparer.Ordinal);

    /// <summary>Initializes a new instance of the <see cref="PolicyBundleCatalog"/> class.</summary>
    /// <param name="bundles">The bundles; two with the same id and version must have the same digest.</param>
    /// <param name="activeVersions">The active version by bundle id; a bundle not named here has its highest version active.</param>
    /// <exception cref="InvalidOperationException">Two different bundles claim one id and version, or an active version is missing.</exception>
    public PolicyBundleCatalog(IEnumerable<PolicyBundle> bundles, IReadOnlyDictionary<string, string>? activeVersions = null)
    {
        ArgumentNullException.ThrowIfNull(bundles);
        foreach (PolicyBundle bundle in bundles)
        {
            if (this.bundles.TryGetValue((bundle.Id, bundle.Version), out PolicyBundle? existing) && existing.Digest != bundle.Digest)
            {
                throw new InvalidOperationException(
                    $"{bundle.Source} and {existing.Source} are both {bundle.Id} {bundle.Version} with different content; a version is immutable.");
            }

            this.bundles[(bundle.Id, bundle.Version)] = bundle;
        }

        foreach (IGrouping<string, PolicyBundle> versions in this.bundles.Values.GroupBy(bundle => bundle.Id, StringComparer.Ordinal))
        {
            active[versions.Key] = activeVersions?.GetValueOrDefault(versions.Key) is { } chosen
                ? Get(versions.Key, chosen)
                : versions.MaxBy(bundle => SemanticVersion.Parse(bundle.Version))!;
        }
    }

    /// <summary>Gets every bundle version, ordered by id and version.</summary>
    public IReadOnlyList<PolicyBundle> All =>
        [.. bundles.Values.OrderBy(bundle => bundle.Id, StringComparer.Ordinal).ThenBy(bundle => SemanticVersion.Parse(bundle.Version))];

    /// <summary>Gets the active version of each bundle.</summary>
    public IReadOnlyList<PolicyBundle> Active => [.. active.Values.OrderBy(bundle => bundle.Id, StringComparer.Ordinal)];

    /// <summary>Gets the active version of a bundle.</summary>
    /// <param name="policyId">The bundle id.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="KeyNotFoundException">No such bundle.</exception>
    public PolicyBundle GetActive(string policyId) =>
        active.TryGetValue(policyId, out PolicyBundle? bundle) ? bundle : throw new KeyNotFoundException($"No policy bundle '{policyId}' is loaded.");

    /// <summary>Gets one version of a bundle.</summary>
    /// <param name="policyId">The bundle id.</param>
    /// <param name="version">The version.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="KeyNotFoundException">No such bundle version.</exception>
    public PolicyBundle Get(string policyId, string version) =>
        bundles.TryGetValue((policyId, version), out PolicyBundle? bundle)
            ? bundle
            : throw new KeyNotFoundException($"Policy bundle '{policyId}' version {version} is not loaded.");

    /// <summary>Gets the bundle a run pinned, checking that its content is still the content pinned.</summary>
    /// <param name="pin">The pin from the run's history.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="KeyNotFoundException">The pinned version is no longer loaded.</exception>
    /// <exception cref="InvalidOperationException">The version's content changed since it was pinned.</exception>
    public PolicyBundle Get(PolicyPin pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        PolicyBundle bundle = Get(pin.PolicyId, pin.Version);
        return bundle.Digest == pin.Digest
            ? bundle
            : throw new InvalidOperationException(
                $"Policy bundle {pin.PolicyId} {pin.Version} was pinned as {pin.Digest} but is now {bundle.Digest}; a pinned version must not change.");
    }

    /// <summary>Pins the active version of a bundle (what a run does when it starts).</summary>
    /// <param name="policyId">The bundle id.</param>
    /// <returns>The pin.</returns>
    public PolicyPin Pin(string policyId) => GetActive(policyId).Pin;
}
