using Orchestration.Abstractions;

namespace Orchestration.Engine.CrashHost;

/// <summary>Reads the report from the engine's client: statuses, outputs and each step's committed result.</summary>
public static class CrashReportReader
{
    /// <summary>Reads every run in the store.</summary>
    /// <param name="client">The client.</param>
    /// <param name="cancellation">Cancels the read.</param>
    /// <returns>The report.</returns>
    public static async Task<CrashReport> ReadAsync(IWorkflowClient client, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(client);
        List<CrashRunReport> runs = [];
        foreach (WorkflowMetadata run in await ListAsync(client, null, cancellation))
        {
            IReadOnlyList<WorkflowHistoryEvent> history = await client.GetHistoryAsync(run.InstanceId, cancellation);
            runs.Add(new CrashRunReport(
                run.InstanceId,
                run.Name,
                run.RuntimeStatus,
                ReadSteps(history),
                run.RuntimeStatus == WorkflowRuntimeStatus.Completed ? run.ReadOutputAs<CrashOutput>() : null,
                run.FailureDetails?.ToString()));
        }

        return new CrashReport([.. runs.OrderBy(run => run.InstanceId, StringComparer.Ordinal)]);
    }

    /// <summary>Lists every run, page by page.</summary>
    /// <param name="client">The client.</param>
    /// <param name="workflowName">Only runs of this workflow; null for all.</param>
    /// <param name="cancellation">Cancels the listing.</param>
    /// <returns>The runs, with inputs and outputs.</returns>
    public static async Task<IReadOnlyList<WorkflowMetadata>> ListAsync(IWorkflowClient client, string? workflowName, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(client);
        List<WorkflowMetadata> runs = [];
        string? token = null;
        do
        {
            WorkflowQuery query = new(WorkflowName: workflowName, PageSize: WorkflowQuery.MaxPageSize, FetchInputsAndOutputs: true, ContinuationToken: token);
            WorkflowPage page = await client.ListInstancesAsync(query, cancellation);
            runs.AddRange(page.Values);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return runs;
    }

    private static List<CrashStepReport> ReadSteps(IReadOnlyList<WorkflowHistoryEvent> history)
    {
        Dictionary<int, string> stepByTask = [];
        Dictionary<string, CrashStepReport> steps = new(StringComparer.Ordinal);
        foreach (WorkflowHistoryEvent e in history)
        {
            if (e.EventType == WorkflowHistoryEventType.TaskScheduled
                && string.Equals(e.Name, nameof(CrashStepActivity), StringComparison.OrdinalIgnoreCase)
                && e.TaskId is int scheduledId)
            {
                string step = WorkflowJson.Deserialize<CrashStep>(e.Input)!.Step;
                stepByTask[scheduledId] = step;
                CrashStepReport seen = steps.GetValueOrDefault(step) ?? new CrashStepReport(step, 0, 0, 0);
                steps[step] = seen with { Scheduled = seen.Scheduled + 1 };
            }
            else if (e.TaskId is int taskId && stepByTask.TryGetValue(taskId, out string? step))
            {
                CrashStepReport seen = steps[step];
                steps[step] = e.EventType switch
                {
                    WorkflowHistoryEventType.TaskCompleted => seen with
                    {
                        Completed = seen.Completed + 1,
                        CommittedNonce = WorkflowJson.Deserialize<CrashStepResult>(e.Result)!.Nonce,
                    },
                    WorkflowHistoryEventType.TaskFailed => seen with { Failed = seen.Failed + 1 },
                    _ => seen,
                };
            }
        }

        return [.. steps.Values];
    }
}
