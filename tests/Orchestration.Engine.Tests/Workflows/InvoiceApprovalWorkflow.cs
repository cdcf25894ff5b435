using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>
/// Human interaction: route the invoice, ask the approver, wait up to three days for the decision, then post it,
/// record the rejection, or escalate to the CFO when nobody answered.
/// </summary>
public sealed class InvoiceApprovalWorkflow : Workflow<Invoice, ApprovalOutcome>
{
    public static readonly TimeSpan ApprovalWindow = TimeSpan.FromDays(3);

    public override async Task<ApprovalOutcome> RunAsync(IWorkflowContext context, Invoice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        PricedInvoice priced = await context.CallActivityAsync<PricedInvoice>(nameof(ConvertToEurActivity), input);
        RoutedInvoice routed = await context.CallActivityAsync<RoutedInvoice>(nameof(RouteToApproverActivity), priced);
        ApprovalRequest request = new(input.InvoiceNumber, routed.Approver, priced.AmountEur);
        context.SetCustomStatus(new ApprovalStatus(ApprovalStages.AwaitingApproval, routed.Approver));
        await context.CallActivityAsync<string>(nameof(RequestApprovalActivity), request);
        return await DecideAsync(context, input, request);
    }

    internal static async Task<ApprovalOutcome> DecideAsync(IWorkflowContext context, Invoice input, ApprovalRequest request)
    {
        ApprovalDecision decision;
        try
        {
            decision = await context.WaitForExternalEvent<ApprovalDecision>(ApprovalEvents.Decision, ApprovalWindow);
        }
        catch (TaskCanceledException)
        {
            string escalatedTo = await context.CallActivityAsync<string>(nameof(EscalateInvoiceActivity), request);
            context.SetCustomStatus(new ApprovalStatus(ApprovalStages.Escalated, escalatedTo));
            return new ApprovalOutcome(input.InvoiceNumber, ApprovalResult.TimedOut, escalatedTo);
        }

        if (!decision.Approved)
        {
            context.SetCustomStatus(new ApprovalStatus(ApprovalStages.Rejected, decision.Approver));
            return new ApprovalOutcome(input.InvoiceNumber, ApprovalResult.Rejected, decision.Approver);
        }

        string ledgerEntry = await context.CallActivityAsync<string>(nameof(PostInvoiceActivity), input);
        context.SetCustomStatus(new ApprovalStatus(ApprovalStages.Posted, decision.Approver));
        return new ApprovalOutcome(input.InvoiceNumber, ApprovalResult.Approved, decision.Approver, ledgerEntry);
    }
}

/// <summary>The stages <see cref="InvoiceApprovalWorkflow"/> reports as custom status.</summary>
public static class ApprovalStages
{
    public const string AwaitingApproval = "AwaitingApproval";
    public const string Escalated = "Escalated";
    public const string Rejected = "Rejected";
    public const string Posted = "Posted";
}
