namespace Orchestration.Abstractions;

/// <summary>The base of the client's domain failures; each sealed leaf carries the facts a caller needs.</summary>
public abstract class WorkflowException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="WorkflowException"/> class.</summary>
    /// <param name="message">What went wrong, for a person.</param>
    /// <param name="innerException">The cause, if any.</param>
    protected WorkflowException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}

/// <summary>No workflow of that name is registered; nothing was started.</summary>
public sealed class UnknownWorkflowException(string workflowName)
    : WorkflowException($"No workflow named '{workflowName}' is registered.")
{
    /// <summary>Gets the name that was asked for.</summary>
    public string WorkflowName { get; } = workflowName;
}

/// <summary>No run with that instance id exists.</summary>
public sealed class WorkflowInstanceNotFoundException(string instanceId)
    : WorkflowException($"No workflow run with instance id '{instanceId}' exists.")
{
    /// <summary>Gets the instance id that was asked for.</summary>
    public string InstanceId { get; } = instanceId;
}

/// <summary>A run with that instance id already exists; no second run was started.</summary>
public sealed class WorkflowInstanceExistsException(string instanceId, WorkflowRuntimeStatus existingStatus)
    : WorkflowException($"A workflow run with instance id '{instanceId}' already exists ({existingStatus}); no second run was started.")
{
    /// <summary>Gets the instance id that is taken.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>Gets the existing run's status.</summary>
    public WorkflowRuntimeStatus ExistingStatus { get; } = existingStatus;
}

/// <summary>The run has finished (completed, failed or terminated), so it takes no more events or commands.</summary>
public sealed class WorkflowInstanceNotRunningException(string instanceId, WorkflowRuntimeStatus status, string operation)
    : WorkflowException($"Cannot {operation} workflow run '{instanceId}': it has finished ({status}).")
{
    /// <summary>Gets the run's instance id.</summary>
    public string InstanceId { get; } = instanceId;

    /// <summary>Gets the run's final status.</summary>
    public WorkflowRuntimeStatus Status { get; } = status;
}

/// <summary>The input does not match the workflow's input type; nothing was started.</summary>
public sealed class InvalidWorkflowInputException(string workflowName, IReadOnlyList<WorkflowInputError> errors)
    : WorkflowException($"Invalid input for workflow '{workflowName}': {string.Join("; ", errors)}")
{
    /// <summary>Gets the workflow whose input was rejected.</summary>
    public string WorkflowName { get; } = workflowName;

    /// <summary>Gets each problem, by JSON path.</summary>
    public IReadOnlyList<WorkflowInputError> Errors { get; } = errors;
}

/// <summary>One problem with an input, located by JSON path (<c>$.amount</c>).</summary>
/// <param name="Path">Where the problem is.</param>
/// <param name="Message">What is wrong there.</param>
public sealed record WorkflowInputError(string Path, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>
/// Replayed workflow code did something other than what its history recorded. The run fails with this error
/// rather than continuing on a different path.
/// </summary>
public sealed class NonDeterministicWorkflowException(int taskId, string expected, string actual)
    : WorkflowException(
        $"Non-deterministic workflow: at step #{taskId} the history recorded {expected}, but the code {actual}. "
        + "A change to workflow code must not alter the sequence of durable calls of runs already in flight.")
{
    /// <summary>Gets the step (task id) where the code diverged.</summary>
    public int TaskId { get; } = taskId;

    /// <summary>Gets what the history recorded at that step.</summary>
    public string Expected { get; } = expected;

    /// <summary>Gets what the code did instead.</summary>
    public string Actual { get; } = actual;
}
