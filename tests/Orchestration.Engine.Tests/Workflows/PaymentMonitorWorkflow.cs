using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Monitor: checks the bank hourly until the invoice is paid, one generation (continue-as-new) per check.</summary>
public sealed class PaymentMonitorWorkflow : Workflow<PaymentMonitorState, PaymentMonitorResult?>
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromHours(1);

    public override async Task<PaymentMonitorResult?> RunAsync(IWorkflowContext context, PaymentMonitorState input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        PaymentCheck check = new(input.InvoiceNumber, input.Check);
        if (await context.CallActivityAsync<bool>(nameof(CheckPaymentStatusActivity), check))
        {
            return new PaymentMonitorResult(input.InvoiceNumber, input.Check, context.CurrentUtcDateTime);
        }

        context.SetCustomStatus(check);
        await context.CreateTimer(PollInterval, CancellationToken.None);
        context.ContinueAsNew(input with { Check = input.Check + 1 });
        return null;
    }
}
