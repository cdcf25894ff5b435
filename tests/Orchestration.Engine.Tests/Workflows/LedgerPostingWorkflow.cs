using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Posts to the ledger with three attempts, 1 then 2 minutes apart, retrying only timeouts.</summary>
public sealed class LedgerPostingWorkflow : Workflow<Invoice, string>
{
    public static readonly TimeSpan FirstRetryInterval = TimeSpan.FromMinutes(1);

    public static WorkflowRetryPolicy Policy { get; } = new(maxNumberOfAttempts: 3, FirstRetryInterval, backoffCoefficient: 2.0)
    {
        HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
    };

    public override Task<string> RunAsync(IWorkflowContext context, Invoice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.CallActivityAsync<string>(nameof(LedgerPostingActivity), input, WorkflowTaskOptions.FromRetryPolicy(Policy));
    }
}
