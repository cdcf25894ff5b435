namespace Orchestration.Governance.Refusals;

/// <summary>The stable codes of <see cref="GovernanceRefusal"/>: dashboards, alerts and workflow code match on them.</summary>
public static class RefusalCodes
{
    /// <summary>The activity is bound to no agent in the registry (fail closed).</summary>
    public const string ActivityNotBound = "activity-not-bound";

    /// <summary>The activity is bound to an agent id the registry does not hold.</summary>
    public const string AgentNotRegistered = "agent-not-registered";

    /// <summary>The agent is registered but disabled.</summary>
    public const string AgentDisabled = "agent-disabled";

    /// <summary>The action, a connector or a data class is outside the agent's scope.</summary>
    public const string OutOfScope = "out-of-scope";

    /// <summary>The call exceeds the agent's autonomy limit (for example its maximum amount).</summary>
    public const string AutonomyLimitExceeded = "autonomy-limit-exceeded";

    /// <summary>A kill switch (global, workflow or agent) is engaged.</summary>
    public const string KillSwitchEngaged = "kill-switch-engaged";

    /// <summary>Text bound for a model still holds personal data.</summary>
    public const string PiiNotRedacted = "pii-not-redacted";

    /// <summary>Untrusted text holds a prompt injection, or could not be screened.</summary>
    public const string PromptInjection = "prompt-injection";

    /// <summary>Hiring criteria or an output refer to a protected attribute.</summary>
    public const string ProtectedAttribute = "protected-attribute";

    /// <summary>A model's output does not have its expected shape.</summary>
    public const string InvalidModelOutput = "invalid-model-output";

    /// <summary>A reference data set is older than the step allows.</summary>
    public const string StaleData = "stale-data";

    /// <summary>An incoming record does not have the shape the step expects.</summary>
    public const string SchemaDrift = "schema-drift";

    /// <summary>A value is far outside its history (for example a supplier's usual amounts).</summary>
    public const string Anomaly = "anomaly";

    /// <summary>A governance check itself failed; the work is refused rather than let through unchecked.</summary>
    public const string GovernanceError = "governance-error";
}
