using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Chaining: normalize, price in euros, route to an approver; each step takes the previous step's output.</summary>
public sealed class InvoiceIntakeWorkflow : Workflow<Invoice, RoutedInvoice>
{
    public override async Task<RoutedInvoice> RunAsync(IWorkflowContext context, Invoice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        Invoice normalized = await context.CallActivityAsync<Invoice>(nameof(NormalizeInvoiceActivity), input);
        PricedInvoice priced = await context.CallActivityAsync<PricedInvoice>(nameof(ConvertToEurActivity), normalized);
        return await context.CallActivityAsync<RoutedInvoice>(nameof(RouteToApproverActivity), priced);
    }
}
