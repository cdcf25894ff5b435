using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Waits for the payment date, then for treasury's release, which may have arrived long before.</summary>
public sealed class ScheduledPaymentWorkflow : Workflow<PaymentSchedule, PaymentRelease>
{
    public override async Task<PaymentRelease> RunAsync(IWorkflowContext context, PaymentSchedule input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        await context.CreateTimer(input.PayOn, CancellationToken.None);
        TreasuryRelease release = await context.WaitForExternalEvent<TreasuryRelease>(ApprovalEvents.TreasuryRelease);
        return new PaymentRelease(input.InvoiceNumber, release.ReleasedBy, context.CurrentUtcDateTime);
    }
}
