using Orchestration.Abstractions;
using Orchestration.Governance.Records;

namespace Orchestration.Governance.KillSwitch;

/// <summary>
/// Engages and releases kill switches: persists the change with who and why, optionally suspends the running runs
/// it covers (and resumes them on release), and records the change as evidence.
/// </summary>
/// <param name="store">The kill switches.</param>
/// <param name="client">Resolves the workflow client, for suspending and resuming runs.</param>
/// <param name="records">Where changes are recorded.</param>
public sealed class KillSwitchService(IKillSwitchStore store, Func<IWorkflowClient?> client, IGovernanceRecordSink records)
{
    private static readonly WorkflowRuntimeStatus[] Live = [WorkflowRuntimeStatus.Running, WorkflowRuntimeStatus.Pending];

    /// <summary>Gets the store.</summary>
    public IKillSwitchStore Store => store;

    /// <summary>Engages a switch.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="target">The workflow or agent; ignored for global.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <param name="suspendRunning">Also suspend the live runs the switch covers (global or workflow scope).</param>
    /// <param name="cancellation">Cancels the operation.</param>
    /// <returns>The change.</returns>
    public async Task<KillSwitchChange> EngageAsync(
        KillSwitchScope scope, string? target, string actor, string reason, bool suspendRunning, CancellationToken cancellation = default)
    {
        string resolved = Resolve(scope, target, actor, reason);
        List<string> suspended = [];
        if (suspendRunning && scope != KillSwitchScope.Agent)
        {
            IWorkflowClient workflows = RequireClient();
            foreach (string instanceId in await ListLiveAsync(workflows, scope == KillSwitchScope.Global ? null : resolved, cancellation))
            {
                await workflows.SuspendInstanceAsync(instanceId, $"Kill switch engaged by {actor}: {reason}", cancellation);
                suspended.Add(instanceId);
            }
        }

        return await RecordAsync(await store.AppendAsync(KillSwitchAction.Engaged, scope, resolved, actor, reason, suspended, cancellation), cancellation);
    }

    /// <summary>Releases a switch and resumes the runs it suspended.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="target">The workflow or agent; ignored for global.</param>
    /// <param name="actor">Who.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellation">Cancels the operation.</param>
    /// <returns>The change.</returns>
    /// <exception cref="InvalidOperationException">The switch is not engaged.</exception>
    public async Task<KillSwitchChange> ReleaseAsync(KillSwitchScope scope, string? target, string actor, string reason, CancellationToken cancellation = default)
    {
        string resolved = Resolve(scope, target, actor, reason);
        KillSwitchState state = (await store.GetEngagedAsync(cancellation)).FirstOrDefault(s => s.Scope == scope && s.Target == resolved)
            ?? throw new InvalidOperationException($"The {scope.ToString().ToLowerInvariant()} kill switch '{resolved}' is not engaged.");
        KillSwitchChange change = await store.AppendAsync(KillSwitchAction.Released, scope, resolved, actor, reason, state.SuspendedInstances, cancellation);
        if (state.SuspendedInstances.Count > 0)
        {
            IWorkflowClient workflows = RequireClient();
            foreach (string instanceId in state.SuspendedInstances)
            {
                await workflows.ResumeInstanceAsync(instanceId, $"Kill switch released by {actor}: {reason}", cancellation);
            }
        }

        return await RecordAsync(change, cancellation);
    }

    private static string Resolve(KillSwitchScope scope, string? target, string actor, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (scope == KillSwitchScope.Global)
        {
            return KillSwitchState.Everything;
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return target;
    }

    private static async Task<List<string>> ListLiveAsync(IWorkflowClient workflows, string? workflowName, CancellationToken cancellation)
    {
        List<string> ids = [];
        string? token = null;
        do
        {
            WorkflowPage page = await workflows.ListInstancesAsync(
                new WorkflowQuery(Statuses: Live, WorkflowName: workflowName, PageSize: WorkflowQuery.MaxPageSize, ContinuationToken: token), cancellation);
            ids.AddRange(page.Values.Select(run => run.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null);
        return ids;
    }

    private IWorkflowClient RequireClient() =>
        client() ?? throw new InvalidOperationException("No IWorkflowClient is registered, so running instances cannot be suspended or resumed.");

    private async Task<KillSwitchChange> RecordAsync(KillSwitchChange change, CancellationToken cancellation)
    {
        await records.RecordAsync(new KillSwitchRecord(change), cancellation);
        return change;
    }
}
