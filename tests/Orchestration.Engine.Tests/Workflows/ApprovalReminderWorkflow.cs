using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>
/// Waits a day for a decision, reminds the approver once, then waits without limit. The second wait must get the
/// next decision: the timed-out first wait may not swallow it (durabletask-dotnet #508).
/// </summary>
public sealed class ApprovalReminderWorkflow : Workflow<string, ReminderOutcome>
{
    public static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(1);

    public override async Task<ReminderOutcome> RunAsync(IWorkflowContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            ApprovalDecision prompt = await context.WaitForExternalEvent<ApprovalDecision>(ApprovalEvents.Decision, ReminderAfter);
            return new ReminderOutcome(input, 0, prompt);
        }
        catch (TaskCanceledException)
        {
            await context.CallActivityAsync<string>(nameof(SendReminderActivity), input);
        }

        ApprovalDecision late = await context.WaitForExternalEvent<ApprovalDecision>(ApprovalEvents.Decision);
        return new ReminderOutcome(input, 1, late);
    }
}
