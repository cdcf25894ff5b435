using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>Runs <see cref="InvoiceIntakeWorkflow"/> as a sub-workflow per invoice and sums what they return.</summary>
public sealed class InvoiceBatchWorkflow : Workflow<InvoiceBatch, BatchSummary>
{
    public static string ChildInstanceId(string batchInstanceId, Invoice invoice) => $"{batchInstanceId}-{invoice.InvoiceNumber}";

    public override async Task<BatchSummary> RunAsync(IWorkflowContext context, InvoiceBatch input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        RoutedInvoice[] routed = await Task.WhenAll(input.Invoices.Select(invoice => context.CallSubWorkflowAsync<RoutedInvoice>(
            nameof(InvoiceIntakeWorkflow), invoice, new SubWorkflowOptions(InstanceId: ChildInstanceId(context.InstanceId, invoice)))));
        string[] approvers = [.. routed.Select(invoice => invoice.Approver).Distinct().Order(StringComparer.Ordinal)];
        return new BatchSummary(input.BatchId, routed.Length, routed.Sum(invoice => invoice.Priced.AmountEur), approvers);
    }
}
