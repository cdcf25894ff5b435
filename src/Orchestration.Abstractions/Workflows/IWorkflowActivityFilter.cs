namespace Orchestration.Abstractions;

/// <summary>
/// Runs before every activity call on both runtimes, in registration order: the place where governance (agent
/// registry, scopes, kill switch, data-quality gates) refuses work before it happens. To refuse, throw; the call then
/// fails as if the activity had thrown, with the exception's type as the failure's error type, and the activity
/// does not run.
/// </summary>
public interface IWorkflowActivityFilter
{
    /// <summary>Inspects a call that is about to run.</summary>
    /// <param name="context">The activity name and the run that called it.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>A task that completes when the call may run.</returns>
    ValueTask OnActivityDispatchingAsync(WorkflowActivityContext context, object? input);
}
