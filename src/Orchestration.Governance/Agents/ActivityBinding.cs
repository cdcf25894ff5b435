namespace Orchestration.Governance.Agents;

/// <summary>The guardrails a binding may ask the orchestration layer to apply to an activity's input.</summary>
public static class GuardrailNames
{
    /// <summary>No personal data may reach the activity (redact it first).</summary>
    public const string Pii = "pii";

    /// <summary>Untrusted text is screened for prompt injection, failing closed.</summary>
    public const string PromptInjection = "prompt-injection";

    /// <summary>Text may not refer to protected attributes (hiring criteria).</summary>
    public const string ProtectedAttributes = "protected-attributes";

    /// <summary>Gets every guardrail name.</summary>
    public static IReadOnlyList<string> All { get; } = [Pii, PromptInjection, ProtectedAttributes];
}

/// <summary>
/// Binds an activity to the agent that performs it and the action it is: how dispatch finds which agent is acting,
/// in which scope, under which guardrails.
/// </summary>
/// <param name="ActivityName">The registered activity name.</param>
/// <param name="AgentId">The agent that performs it.</param>
/// <param name="Action">The action it is, which the agent must be allowed.</param>
public sealed record ActivityBinding(string ActivityName, string AgentId, string Action)
{
    /// <summary>Gets the connectors the activity calls, which the agent must be allowed.</summary>
    public IReadOnlyList<string> Connectors { get; init; } = [];

    /// <summary>Gets the data classes in the activity's input, which the agent must be allowed to see.</summary>
    public IReadOnlyList<string> DataClasses { get; init; } = [];

    /// <summary>Gets the input field that holds the amount checked against the agent's autonomy limit.</summary>
    public string? AmountField { get; init; }

    /// <summary>Gets the guardrails applied to the input, from <see cref="GuardrailNames"/>.</summary>
    public IReadOnlyList<string> Guardrails { get; init; } = [];

    /// <summary>Gets the input fields that hold untrusted text; empty means every string in the input.</summary>
    public IReadOnlyList<string> UntrustedFields { get; init; } = [];
}
