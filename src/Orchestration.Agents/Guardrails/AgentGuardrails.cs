using Orchestration.Governance.Agents;

namespace Orchestration.Agents.Guardrails;

/// <summary>
/// The guardrails around an agent's calls: the screens its activity binding names (<c>pii</c>, <c>prompt-injection</c>,
/// <c>protected-attributes</c>) and the request members that hold untrusted text.
/// </summary>
/// <param name="Screens">The guardrail names, from <see cref="GuardrailNames"/>.</param>
/// <param name="UntrustedFields">The request's top-level members holding untrusted text; empty means every string.</param>
public sealed record AgentGuardrails(IReadOnlyList<string> Screens, IReadOnlyList<string> UntrustedFields)
{
    /// <summary>Takes the guardrails an activity binding names.</summary>
    /// <param name="binding">The binding of the activity that calls the agent.</param>
    /// <returns>The guardrails.</returns>
    public static AgentGuardrails For(ActivityBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return new(binding.Guardrails, binding.UntrustedFields);
    }

    /// <summary>Tells whether a screen is on.</summary>
    /// <param name="screen">The guardrail name.</param>
    /// <returns>True when the binding names it.</returns>
    public bool Has(string screen) => Screens.Contains(screen, StringComparer.Ordinal);
}
