namespace Orchestration.Abstractions;

/// <summary>A run's status. Values match Durable Functions' <c>OrchestrationRuntimeStatus</c> (obsolete members omitted).</summary>
public enum WorkflowRuntimeStatus
{
    /// <summary>The run is executing or waiting on an activity, timer or event.</summary>
    Running = 0,

    /// <summary>The run finished with an output.</summary>
    Completed = 1,

    /// <summary>The run finished with a failure.</summary>
    Failed = 3,

    /// <summary>The run was terminated by a client.</summary>
    Terminated = 5,

    /// <summary>The run is scheduled but has not executed yet.</summary>
    Pending = 6,

    /// <summary>The run is suspended; events wait until it resumes.</summary>
    Suspended = 7,
}

/// <summary>Helpers on <see cref="WorkflowRuntimeStatus"/>.</summary>
public static class WorkflowRuntimeStatusExtensions
{
    /// <summary>Tells whether a run in this status has finished for good.</summary>
    /// <param name="status">The status.</param>
    /// <returns>True for Completed, Failed and Terminated.</returns>
    public static bool IsTerminal(this WorkflowRuntimeStatus status) =>
        status is WorkflowRuntimeStatus.Completed or WorkflowRuntimeStatus.Failed or WorkflowRuntimeStatus.Terminated;
}
