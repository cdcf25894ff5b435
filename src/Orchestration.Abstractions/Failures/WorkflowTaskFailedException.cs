namespace Orchestration.Abstractions;

/// <summary>
/// Thrown into workflow code when an activity or sub-workflow it awaited failed.
/// Mirrors Durable Functions' <c>TaskFailedException</c>: the original exception is not re-thrown; its facts travel as
/// <see cref="FailureDetails"/>.
/// </summary>
public sealed class WorkflowTaskFailedException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="WorkflowTaskFailedException"/> class.</summary>
    /// <param name="taskName">The activity or workflow name.</param>
    /// <param name="taskId">The task's position in the run's history.</param>
    /// <param name="failureDetails">What the task failed with.</param>
    public WorkflowTaskFailedException(string taskName, int taskId, WorkflowFailureDetails failureDetails)
        : base(BuildMessage(taskName, taskId, failureDetails))
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    /// <summary>Initializes a new instance of the <see cref="WorkflowTaskFailedException"/> class.</summary>
    public WorkflowTaskFailedException()
        : this("unknown", -1, new WorkflowFailureDetails(typeof(Exception).FullName!, "unknown failure"))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkflowTaskFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    public WorkflowTaskFailedException(string message)
        : this(message, innerException: null!)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="WorkflowTaskFailedException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WorkflowTaskFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskName = "unknown";
        TaskId = -1;
        FailureDetails = innerException is null
            ? new WorkflowFailureDetails(typeof(Exception).FullName!, message)
            : WorkflowFailureDetails.FromException(innerException);
    }

    /// <summary>Gets the activity or workflow name.</summary>
    public string TaskName { get; }

    /// <summary>Gets the task's position in the run's history.</summary>
    public int TaskId { get; }

    /// <summary>Gets what the task failed with.</summary>
    public WorkflowFailureDetails FailureDetails { get; }

    private static string BuildMessage(string taskName, int taskId, WorkflowFailureDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return $"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {details.ErrorMessage}";
    }
}
