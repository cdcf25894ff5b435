namespace Orchestration.Abstractions;

/// <summary>Options for an activity or sub-workflow call. Mirrors Durable Functions' <c>TaskOptions</c>.</summary>
/// <param name="Retry">The retry policy; null means a failure is final.</param>
public record WorkflowTaskOptions(WorkflowRetryPolicy? Retry = null)
{
    /// <summary>Creates options that retry with <paramref name="policy"/>.</summary>
    /// <param name="policy">The retry policy.</param>
    /// <returns>The options.</returns>
    public static WorkflowTaskOptions FromRetryPolicy(WorkflowRetryPolicy policy) => new(policy);

    /// <summary>Adds a caller-chosen instance id for a sub-workflow.</summary>
    /// <param name="instanceId">The child's instance id.</param>
    /// <returns>Sub-workflow options.</returns>
    public SubWorkflowOptions WithInstanceId(string instanceId) => new(Retry, instanceId);
}

/// <summary>Options for a sub-workflow call. Mirrors Durable Functions' <c>SubOrchestrationOptions</c>.</summary>
/// <param name="Retry">The retry policy; null means a failure is final.</param>
/// <param name="InstanceId">The child's instance id; null derives a deterministic one.</param>
public sealed record SubWorkflowOptions(WorkflowRetryPolicy? Retry = null, string? InstanceId = null)
    : WorkflowTaskOptions(Retry);
