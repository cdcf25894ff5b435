using Orchestration.Abstractions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// Pins the active version of a bundle for the calling run. It is an activity, not orchestrator code, because the
/// active version can change between processes: its result lands in history, so every replay sees the same pin.
/// </summary>
/// <param name="catalog">The loaded bundles.</param>
public sealed class PinPolicyBundleActivity(PolicyBundleCatalog catalog) : WorkflowActivity<string, PolicyPin>
{
    /// <inheritdoc/>
    public override Task<PolicyPin> RunAsync(WorkflowActivityContext context, string input) => Task.FromResult(catalog.Pin(input));
}
