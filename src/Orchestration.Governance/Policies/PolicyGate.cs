using Orchestration.Abstractions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// Policy in workflow code: pin the bundle once when the run starts, then evaluate the pinned bundle wherever a
/// decision is needed. Evaluation is pure, so it runs inside the orchestrator and replays give the same decision.
/// </summary>
/// <param name="catalog">The loaded bundles; every version a running run may have pinned must stay loaded.</param>
public sealed class PolicyGate(PolicyBundleCatalog catalog)
{
    /// <summary>Pins the active version of a bundle for this run, through <see cref="PinPolicyBundleActivity"/>.</summary>
    /// <param name="context">The workflow context.</param>
    /// <param name="policyId">The bundle id.</param>
    /// <returns>The pin; keep it for the rest of the run (and pass it on at continue-as-new).</returns>
    public static Task<PolicyPin> PinAsync(IWorkflowContext context, string policyId)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<PolicyPin>(nameof(PinPolicyBundleActivity), policyId);
    }

    /// <summary>Evaluates the pinned bundle over an input.</summary>
    /// <param name="pin">The run's pin.</param>
    /// <param name="input">The decision input.</param>
    /// <returns>The decision, to act on and to record.</returns>
    public PolicyDecision Evaluate(PolicyPin pin, object? input) => catalog.Get(pin).Evaluate(input);
}
