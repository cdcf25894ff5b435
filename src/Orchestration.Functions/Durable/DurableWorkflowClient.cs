using Grpc.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Orchestration.Abstractions;
using OrchestrationAlreadyExistsException = DurableTask.Core.Exceptions.OrchestrationAlreadyExistsException;

namespace Orchestration.Functions.Durable;

/// <summary>
/// <see cref="IWorkflowClient"/> over a Durable Task <see cref="DurableTaskClient"/>: one forward per member. Where the
/// seam promises a refusal that Durable Functions does not give (an event for a finished run, a start under a taken
/// id), the run is read first and <see cref="RunGuards"/> decides. The functions use <see cref="BoundWorkflowClient"/>.
/// </summary>
/// <param name="inner">The Durable Task client.</param>
/// <param name="registry">The registry, to refuse unknown workflows and invalid input before anything starts.</param>
internal class DurableWorkflowClient(DurableTaskClient inner, WorkflowRegistry registry) : IWorkflowClient
{
    /// <summary>Gets the Durable Task client.</summary>
    protected DurableTaskClient Inner => inner;


    public async Task<string> ScheduleNewWorkflowAsync(
        string workflowName, object? input = null, StartWorkflowOptions? options = null, CancellationToken cancellation = default)
    {
        _ = WorkflowInputReader.Resolve(registry, workflowName, WorkflowJson.Serialize(input));
        if (options?.InstanceId is { } requested)
        {
            WorkflowInstanceIds.Validate(requested);
            RunGuards.Free(requested, await GetInstanceAsync(requested, cancellation: cancellation));
        }

        try
        {
            return await inner.ScheduleNewOrchestrationInstanceAsync(
                workflowName, input: DurablePayload.ToElement(input), options: new StartOrchestrationOptions(options?.InstanceId), cancellation: cancellation);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            throw new WorkflowInstanceExistsException(options?.InstanceId ?? string.Empty, WorkflowRuntimeStatus.Running);
        }
    }

    public async Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        RunGuards.Running(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation), "raise an event for");
        await inner.RaiseEventAsync(instanceId, eventName, DurablePayload.ToElement(eventPayload), cancellation);
    }

    public async Task<WorkflowMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        ToWorkflowMetadata(await inner.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellation));

    public async Task<IReadOnlyList<WorkflowHistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellation = default)
    {
        RunGuards.Exists(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation));
        try
        {
            return DurableHistory.ToWorkflowHistory(await inner.GetOrchestrationHistoryAsync(instanceId, cancellation));
        }
        catch (RpcException unserved) when (unserved.StatusCode == StatusCode.Unimplemented)
        {
            // The Functions host's gRPC endpoint for the isolated worker does not serve history (it implements no
            // StreamInstanceHistory): the run views then show no timeline rather than fail.
            return [];
        }
    }

    public async Task<WorkflowPage> ListInstancesAsync(WorkflowQuery? query = null, CancellationToken cancellation = default)
    {
        query ??= new WorkflowQuery();
        OrchestrationQuery filter = new(
            query.CreatedFrom,
            query.CreatedTo,
            query.Statuses?.Select(status => (OrchestrationRuntimeStatus)DurableMappings.ToDurableStatus(status)).ToList(),
            InstanceIdPrefix: query.InstanceIdPrefix,
            PageSize: query.PageSize,
            FetchInputsAndOutputs: query.FetchInputsAndOutputs,
            ContinuationToken: query.ContinuationToken);
        await foreach (Page<OrchestrationMetadata> page in inner.GetAllInstancesAsync(filter).AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellation))
        {
            // Durable Functions' query has no name filter: the page is filtered here, so it may hold fewer runs.
            return new WorkflowPage(
                [.. page.Values.Where(run => query.WorkflowName is null || string.Equals(run.Name, query.WorkflowName, StringComparison.OrdinalIgnoreCase)).Select(ToWorkflowMetadata).OfType<WorkflowMetadata>()],
                page.ContinuationToken);
        }

        return new WorkflowPage([], null);
    }

    public async Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        RunGuards.Running(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation), "suspend");
        await inner.SuspendInstanceAsync(instanceId, reason, cancellation);
    }

    public async Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        RunGuards.Running(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation), "resume");
        await inner.ResumeInstanceAsync(instanceId, reason, cancellation);
    }

    // Durable Functions records the second argument as the terminated run's output, which is where the seam keeps the reason.
    public async Task TerminateInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        RunGuards.Running(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation), "terminate");
        await inner.TerminateInstanceAsync(instanceId, new TerminateInstanceOptions(Output: reason), cancellation);
    }

    public async Task<int> PurgeInstanceAsync(string instanceId, CancellationToken cancellation = default) =>
        (await inner.PurgeInstanceAsync(instanceId, options: null, cancellation)).PurgedInstanceCount;

    public async Task<WorkflowMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        RunGuards.Exists(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation));
        return ToWorkflowMetadata(await inner.WaitForInstanceStartAsync(instanceId, getInputsAndOutputs, cancellation))!;
    }

    public async Task<WorkflowMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        RunGuards.Exists(instanceId, await GetInstanceAsync(instanceId, cancellation: cancellation));
        return ToWorkflowMetadata(await inner.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellation))!;
    }

    // Durable Functions' metadata has no parent instance id; ParentInstanceId stays null on this runtime. On Azure
    // Storage a failed run's failure comes as its output (not JSON): it becomes the failure, as on the engine.
    private static WorkflowMetadata? ToWorkflowMetadata(OrchestrationMetadata? run)
    {
        if (run is null)
        {
            return null;
        }

        WorkflowFailureDetails? failure = run.FailureDetails is { } details
            ? DurableFailures.ToWorkflowDetails(details)
            : run.RuntimeStatus == OrchestrationRuntimeStatus.Failed ? DurableFailures.FromFailedRunOutput(run.SerializedOutput) : null;
        return new WorkflowMetadata(run.Name, run.InstanceId)
        {
            RuntimeStatus = DurableMappings.ToWorkflowStatus((int)run.RuntimeStatus),
            CreatedAt = run.CreatedAt,
            LastUpdatedAt = run.LastUpdatedAt,
            SerializedInput = run.SerializedInput,
            SerializedOutput = run.FailureDetails is null && failure is not null ? null : run.SerializedOutput,
            SerializedCustomStatus = run.SerializedCustomStatus,
            FailureDetails = failure,
        };
    }
}
