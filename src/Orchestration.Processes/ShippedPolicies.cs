using Orchestration.Governance;
using Orchestration.Governance.Policies;

namespace Orchestration.Processes;

/// <summary>
/// The policy bundles shipped in <c>policies/</c>, found as governance finds them by default, for code that runs the
/// processes without a host's dependency injection (the console sample, tools). Hosts use their own
/// <see cref="PolicyGate"/> from <c>AddGovernance</c>, which honours configured paths and active versions.
/// </summary>
public static class ShippedPolicies
{
    private static readonly Lazy<PolicyBundleCatalog> Loaded = new(() => new PolicyBundleCatalog(
        PolicyBundleLoader.LoadDirectory(GovernancePaths.ResolvePoliciesDirectory(GovernanceOptions.DefaultPoliciesPath))));

    private static readonly Lazy<PolicyGate> LoadedGate = new(() => new PolicyGate(Catalog));

    /// <summary>Gets the shipped bundles, loaded on first use; pin from these (<see cref="PinPolicyBundleActivity"/>) when evaluating with <see cref="Gate"/>.</summary>
    public static PolicyBundleCatalog Catalog => Loaded.Value;

    /// <summary>Gets a gate over <see cref="Catalog"/>.</summary>
    public static PolicyGate Gate => LoadedGate.Value;
}
