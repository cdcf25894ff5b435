using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Records;

/// <summary>
/// A governance decision as it leaves this library: each leaf carries what the evidence ledger stores for it.
/// The ledger adapts these to its records; governance itself knows nothing of the ledger.
/// </summary>
/// <param name="At">When it happened (host time; workflow time for decisions made in orchestrator code).</param>
public abstract record GovernanceRecord(DateTimeOffset At);

/// <summary>Governance refused an activity call (registry, kill switch, guardrail or data-quality gate).</summary>
/// <param name="Refusal">The refusal, with code, agent, action and reason.</param>
/// <param name="At">When.</param>
public sealed record RefusalRecord(GovernanceRefusal Refusal, DateTimeOffset At) : GovernanceRecord(At);

/// <summary>A kill switch was engaged or released.</summary>
/// <param name="Change">The change: who, why, when, scope, and the runs suspended or resumed.</param>
public sealed record KillSwitchRecord(KillSwitch.KillSwitchChange Change) : GovernanceRecord(Change?.At ?? default);
