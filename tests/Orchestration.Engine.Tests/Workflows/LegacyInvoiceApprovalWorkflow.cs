using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>
/// The previous version of <see cref="InvoiceApprovalWorkflow"/>, registered under the same name: at step #2 it
/// e-mailed the approver instead of creating an approval task. Runs recorded with it must not replay on the new code.
/// </summary>
public sealed class LegacyInvoiceApprovalWorkflow : Workflow<Invoice, ApprovalOutcome>
{
    public override async Task<ApprovalOutcome> RunAsync(IWorkflowContext context, Invoice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        PricedInvoice priced = await context.CallActivityAsync<PricedInvoice>(nameof(ConvertToEurActivity), input);
        RoutedInvoice routed = await context.CallActivityAsync<RoutedInvoice>(nameof(RouteToApproverActivity), priced);
        ApprovalRequest request = new(input.InvoiceNumber, routed.Approver, priced.AmountEur);
        context.SetCustomStatus(new ApprovalStatus(ApprovalStages.AwaitingApproval, routed.Approver));
        await context.CallActivityAsync<string>(nameof(SendApprovalEmailActivity), request);
        return await InvoiceApprovalWorkflow.DecideAsync(context, input, request);
    }
}
