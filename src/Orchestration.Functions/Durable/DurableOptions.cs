using Microsoft.DurableTask;
using Orchestration.Abstractions;

namespace Orchestration.Functions.Durable;

/// <summary>The seam's call options as Durable Functions' <see cref="TaskOptions"/>; the policy's fields map one to one.</summary>
internal static class DurableOptions
{
    public static TaskOptions? ToTaskOptions(WorkflowTaskOptions? options) =>
        options?.Retry is { } retry ? TaskOptions.FromRetryPolicy(ToRetryPolicy(retry)) : null;

    public static TaskOptions? ToSubOrchestrationOptions(WorkflowTaskOptions? options) => options switch
    {
        SubWorkflowOptions { InstanceId: { } instanceId } sub => new SubOrchestrationOptions(ToTaskOptions(sub) ?? new TaskOptions(), instanceId),
        _ => ToTaskOptions(options),
    };

    private static RetryPolicy ToRetryPolicy(WorkflowRetryPolicy retry) => retry.HandleFailure is { } handle
        ? new RetryPolicy(retry.MaxNumberOfAttempts, retry.FirstRetryInterval, retry.BackoffCoefficient, retry.MaxRetryInterval, retry.RetryTimeout)
        {
            HandleFailure = failure => handle(DurableFailures.ToWorkflowDetails(failure)),
        }
        : new RetryPolicy(retry.MaxNumberOfAttempts, retry.FirstRetryInterval, retry.BackoffCoefficient, retry.MaxRetryInterval, retry.RetryTimeout);
}
