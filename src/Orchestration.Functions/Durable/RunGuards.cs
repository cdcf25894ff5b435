using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>
/// The refusals that the seam's client promises and Durable Functions' client does not give by itself (by default it
/// drops an event for a missing or finished run silently). The client adapter reads the run first and asks these.
/// </summary>
public static class RunGuards
{
    /// <summary>Refuses a missing run.</summary>
    /// <param name="instanceId">The run asked for.</param>
    /// <param name="run">What the client read; null when there is none.</param>
    /// <returns>The run.</returns>
    /// <exception cref="WorkflowInstanceNotFoundException">No such run.</exception>
    public static WorkflowMetadata Exists(string instanceId, WorkflowMetadata? run) =>
        run ?? throw new WorkflowInstanceNotFoundException(instanceId);

    /// <summary>Refuses a missing or finished run.</summary>
    /// <param name="instanceId">The run asked for.</param>
    /// <param name="run">What the client read; null when there is none.</param>
    /// <param name="operation">What was asked, for the message ("raise an event for", "suspend", ...).</param>
    /// <returns>The run.</returns>
    /// <exception cref="WorkflowInstanceNotFoundException">No such run.</exception>
    /// <exception cref="WorkflowInstanceNotRunningException">The run has finished.</exception>
    public static WorkflowMetadata Running(string instanceId, WorkflowMetadata? run, string operation)
    {
        WorkflowMetadata found = Exists(instanceId, run);
        return found.IsCompleted ? throw new WorkflowInstanceNotRunningException(instanceId, found.RuntimeStatus, operation) : found;
    }

    /// <summary>Refuses a start whose instance id is taken.</summary>
    /// <param name="instanceId">The requested id.</param>
    /// <param name="existing">What the client read under that id; null when it is free.</param>
    /// <exception cref="WorkflowInstanceExistsException">The id is taken.</exception>
    public static void Free(string instanceId, WorkflowMetadata? existing)
    {
        if (existing is not null)
        {
            throw new WorkflowInstanceExistsException(instanceId, existing.RuntimeStatus);
        }
    }
}
