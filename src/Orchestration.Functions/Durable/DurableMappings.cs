using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>
/// The value mappings between Durable Functions and the seam that need more than a cast, kept here so that they are
/// tested. The Functions adapters pass Durable Functions' enum values in as numbers or names.
/// </summary>
public static class DurableMappings
{
    // Durable Functions' OrchestrationRuntimeStatus: Running 0, Completed 1, ContinuedAsNew 2 (obsolete), Failed 3,
    // Canceled 4 (obsolete, never set), Terminated 5, Pending 6, Suspended 7. The seam keeps the same numbers.
    private const int ObsoleteContinuedAsNew = 2;
    private const int ObsoleteCanceled = 4;

    /// <summary>Maps Durable Functions' runtime status (as its number) to the seam's status.</summary>
    /// <param name="durableStatus">The value of <c>OrchestrationRuntimeStatus</c>.</param>
    /// <returns>The seam's status.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value Durable Functions does not define.</exception>
    public static WorkflowRuntimeStatus ToWorkflowStatus(int durableStatus) => durableStatus switch
    {
        ObsoleteContinuedAsNew => WorkflowRuntimeStatus.Running,
        ObsoleteCanceled => WorkflowRuntimeStatus.Terminated,
        _ when Enum.IsDefined((WorkflowRuntimeStatus)durableStatus) => (WorkflowRuntimeStatus)durableStatus,
        _ => throw new ArgumentOutOfRangeException(nameof(durableStatus), durableStatus, "Not a Durable Functions runtime status."),
    };

    /// <summary>Maps the seam's status to Durable Functions' runtime status (as its number).</summary>
    /// <param name="status">The seam's status.</param>
    /// <returns>The value of <c>OrchestrationRuntimeStatus</c>.</returns>
    public static int ToDurableStatus(WorkflowRuntimeStatus status) => (int)status;
}
