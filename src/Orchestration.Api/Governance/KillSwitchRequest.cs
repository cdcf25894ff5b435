namespace Orchestration.Api.Governance;

/// <summary>The body of <c>POST /api/governance/kill-switches</c>.</summary>
/// <param name="Action"><c>engage</c> or <c>release</c>.</param>
/// <param name="Scope"><c>global</c>, <c>workflow</c> or <c>agent</c>.</param>
/// <param name="Target">The workflow or agent; omitted for global.</param>
/// <param name="Reason">Why; recorded with the change.</param>
/// <param name="SuspendRunning">On engage, also suspend the running runs the switch covers (resumed on release).</param>
public sealed record KillSwitchRequest(string? Action, string? Scope, string? Target, string? Reason, bool SuspendRunning = false);
