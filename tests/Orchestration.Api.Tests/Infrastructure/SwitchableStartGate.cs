using Orchestration.Api.Starters;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>A start gate the tests close and open, standing in for the kill switch.</summary>
public sealed class SwitchableStartGate : IWorkflowStartGate
{
    public string? ClosedFor { get; set; }

    public ValueTask<WorkflowStartRefusal?> CheckAsync(string workflowName, CancellationToken cancellation) =>
        ValueTask.FromResult(string.Equals(ClosedFor, workflowName, StringComparison.OrdinalIgnoreCase)
            ? new WorkflowStartRefusal("kill-switch-engaged", $"Starts of {workflowName} are switched off by compliance (test).")
            : null);
}
