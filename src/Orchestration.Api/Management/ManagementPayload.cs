namespace Orchestration.Api.Management;

/// <summary>
/// The body of a 202 from a starter: where to poll and how to manage the run. Field names and URL forms are the
/// Durable Functions host's (camelCase; <c>{eventName}</c> and <c>{text}</c> are literal placeholders).
/// </summary>
/// <param name="Id">The instance id.</param>
/// <param name="StatusQueryGetUri">GET: the run's status.</param>
/// <param name="SendEventPostUri">POST: raise an event (replace <c>{eventName}</c>).</param>
/// <param name="TerminatePostUri">POST: terminate (replace <c>{text}</c>).</param>
/// <param name="PurgeHistoryDeleteUri">DELETE: purge a finished run.</param>
/// <param name="RestartPostUri">POST: start again with the same input.</param>
/// <param name="SuspendPostUri">POST: suspend (replace <c>{text}</c>).</param>
/// <param name="ResumePostUri">POST: resume (replace <c>{text}</c>).</param>
public sealed record ManagementPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string PurgeHistoryDeleteUri,
    string RestartPostUri,
    string SuspendPostUri,
    string ResumePostUri);
