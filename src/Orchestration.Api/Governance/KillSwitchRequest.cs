namespace Orchestration.Api.Governance;

/// <summary>
/// The body of <c>POST /api/governance/kill-switches</c>. Every member is optional to the reader, so that a missing
/// one is named by the request rules (a 400 per field) rather than failing the whole body.
/// </summary>
/// <param name="Action"><c>engage</c> or <c>release</c>.</param>
/// <param name="Scope"><c>global</c>, <c>workflow</c> or <c>agent</c>.</param>
/// <param name="Target">The workflow or agent; omitted for global.</param>
/// <param name="Reason">Why; recorded with the change.</param>
/// <param name="SuspendRunning">On engage, also suspend the running runs the switch covers (resumed on release).</param>
public sealed record KillSwitchRequest(
    string? Action = null, string? Scope = null, string? Target = null, string? Reason = null, bool SuspendRunning = false);
