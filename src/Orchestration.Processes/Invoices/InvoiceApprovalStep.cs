using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Governance.Policies;

namespace Orchestration.Processes.Invoices;

/// <summary>
/// Puts a payment the policy does not allow outright in front of people and collects their answers until the
/// policy's approvals are complete, someone rejects, or the approval window closes. Never approves by default.
/// </summary>
/// <remarks>
/// Segregation of duties is a floor, whatever constraints the bundle names: an answer from the requester (approve or
/// reject) or a second answer from the same approver is refused, recorded and not counted, and the run keeps waiting
/// for a valid answer until the same deadline, so a refused answer cannot stretch the window.
/// </remarks>
internal sealed class InvoiceApprovalStep(IWorkflowContext context, InvoiceEvidence evidence, ILogger log)
{
    /// <summary>The refusal code of an answer from the person who requested the payment.</summary>
    public const string SelfApproval = "segregation-of-duties";

    /// <summary>The refusal code of a second answer from the same approver.</summary>
    public const string RepeatedApprover = "repeated-approver";

    public async Task<ApprovalResult> RunAsync(InvoiceSubmission invoice, PolicyDecision decision)
    {
        ApprovalRequirement requirement = RequirementOf(decision);
        string taskId = $"{context.InstanceId}:approval";
        ApprovalRequest request = new(context.InstanceId, invoice.InvoiceNumber, invoice.Amount, invoice.Currency,
            string.Join(" ", decision.Reasons), requirement.Role, requirement.Approvers, invoice.RequestedBy);
        DateTime dueAt = context.CurrentUtcDateTime + InvoiceApprovalWorkflow.ApprovalTimeout;
        await context.CallActivityAsync(nameof(RequestApprovalActivity), request);
        if (decision.Outcome == PolicyOutcome.Escalate)
        {
            evidence.Escalated(taskId, decision.EscalateTo, decision.Reasons);
        }

        string seen = evidence.HumanTaskOpened(taskId, request, dueAt);
        await evidence.Recorder.FlushAsync();
        return await CollectAsync(taskId, seen, request, requirement, dueAt);
    }

    // An escalation is a human decision too: one member of the body it goes to, never the requester.
    private static ApprovalRequirement RequirementOf(PolicyDecision decision) => decision.Outcome == PolicyOutcome.Escalate
        ? new(string.Join(", ", decision.EscalateTo), 1, ApprovalConstraints.All)
        : new(
            string.Join(", ", decision.Approvals.Select(approval => approval.Role).Distinct(StringComparer.Ordinal)),
            decision.Approvals.Select(approval => approval.Approvers).DefaultIfEmpty(1).Max(),
            ApprovalConstraints.All);

    private async Task<ApprovalResult> CollectAsync(
        string taskId, string seen, ApprovalRequest request, ApprovalRequirement requirement, DateTime dueAt)
    {
        List<string> approvers = [];
        while (await WaitAsync(dueAt) is { } answer)
        {
            evidence.HumanAnswered(taskId, answer, seen);
            Logs.ApprovalAnswered(log, answer.Approver, request.InvoiceNumber, answer.Approved);
            if (Refuse(answer, request.RequestedBy, approvers) is { } refusal)
            {
                evidence.Refused("approval", refusal.Code, refusal.Reason);
                continue;
            }

            if (!answer.Approved)
            {
                return new ApprovalResult(false, [answer.Approver], answer.Comment ?? $"Rejected by {answer.Approver}");
            }

            approvers.Add(answer.Approver);
            if (approvers.Count >= requirement.Approvers)
            {
                return new ApprovalResult(true, approvers, null);
            }
        }

        Logs.ApprovalTimedOut(log, request.InvoiceNumber, InvoiceApprovalWorkflow.ApprovalTimeout);
        string timedOut = "No approval within the approval timeout";
        evidence.Decide("approval", "timed-out", $"{timedOut} ({approvers.Count} of {requirement.Approvers} approvals given).", null);
        return new ApprovalResult(false, [], timedOut);
    }

    private static (string Code, string Reason)? Refuse(ApprovalDecision answer, string requester, List<string> approvers) =>
        string.Equals(answer.Approver, requester, StringComparison.OrdinalIgnoreCase)
            ? (SelfApproval, $"{answer.Approver} requested the payment and may not decide it; the answer does not count.")
            : approvers.Contains(answer.Approver, StringComparer.OrdinalIgnoreCase)
                ? (RepeatedApprover, $"{answer.Approver} already approved; each approval must come from a different person.")
                : null;

    private async Task<ApprovalDecision?> WaitAsync(DateTime dueAt)
    {
        TimeSpan remaining = dueAt - context.CurrentUtcDateTime;
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        try
        {
            return await context.WaitForExternalEvent<ApprovalDecision>(InvoiceApprovalWorkflow.ApprovalEvent, remaining);
        }
        catch (TaskCanceledException)
        {
            // As in Durable Functions, the timeout surfaces as a cancelled wait. Silence is a rejection, never an approval.
            return null;
        }
    }
}

/// <summary>How the people asked decided.</summary>
/// <param name="Approved">True when every approval the policy needs was given.</param>
/// <param name="DecidedBy">The approvers, or whoever rejected; empty on a timeout.</param>
/// <param name="Reason">Why it was not approved.</param>
internal sealed record ApprovalResult(bool Approved, IReadOnlyList<string> DecidedBy, string? Reason);
