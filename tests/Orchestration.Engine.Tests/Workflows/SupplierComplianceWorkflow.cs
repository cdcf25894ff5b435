using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>A sub-workflow that clears a supplier, or fails with <see cref="SupplierBlockedException"/>.</summary>
public sealed class SupplierComplianceWorkflow : Workflow<string, string>
{
    public static string BlockedMessage(string supplier) => $"Supplier '{supplier}' is on the sanctions list.";

    public override async Task<string> RunAsync(IWorkflowContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool blocked = await context.CallActivityAsync<bool>(nameof(CheckSupplierSanctionsActivity), input);
        return blocked ? throw new SupplierBlockedException(BlockedMessage(input)) : $"{input} cleared";
    }
}

/// <summary>Runs <see cref="SupplierComplianceWorkflow"/> and reports a failed check instead of failing itself.</summary>
public sealed class InvoiceComplianceWorkflow : Workflow<Invoice, ComplianceReport>
{
    public override async Task<ComplianceReport> RunAsync(IWorkflowContext context, Invoice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            string clearance = await context.CallSubWorkflowAsync<string>(nameof(SupplierComplianceWorkflow), input.Supplier);
            return new ComplianceReport(input.InvoiceNumber, Cleared: true, clearance);
        }
        catch (WorkflowTaskFailedException failed)
        {
            return new ComplianceReport(
                input.InvoiceNumber, Cleared: false, null, failed.TaskName, failed.FailureDetails.ErrorType, failed.FailureDetails.ErrorMessage);
        }
    }
}
