using Orchestration.Abstractions;

namespace Orchestration.Governance.KillSwitch;

/// <summary>Finds which workflows a run belongs to: its own and its parents', for workflow-scoped kill switches.</summary>
public interface IWorkflowLineage
{
    /// <summary>Lists the workflow names of a run and of its parent runs, nearest first.</summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="cancellation">Cancels the lookup.</param>
    /// <returns>The names; empty when the run is unknown.</returns>
    ValueTask<IReadOnlyList<string>> GetWorkflowNamesAsync(string instanceId, CancellationToken cancellation);
}

/// <summary>Reads lineage through the workflow client, which the host registers after governance is configured.</summary>
/// <param name="client">Resolves the client when first needed (the engine starts after the registry is built).</param>
public sealed class ClientWorkflowLineage(Func<IWorkflowClient?> client) : IWorkflowLineage
{
    private const int MaxDepth = 16;

    /// <inheritdoc/>
    public async ValueTask<IReadOnlyList<string>> GetWorkflowNamesAsync(string instanceId, CancellationToken cancellation)
    {
        IWorkflowClient workflows = client() ?? throw new InvalidOperationException("No IWorkflowClient is registered, so a workflow kill switch cannot be checked.");
        List<string> names = [];
        for (string? current = instanceId; current is not null && names.Count < MaxDepth;)
        {
            WorkflowMetadata? run = await workflows.GetInstanceAsync(current, cancellation: cancellation);
            if (run is null)
            {
                break;
            }

            names.Add(run.Name);
            current = run.ParentInstanceId;
        }

        return names;
    }
}
