using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;

namespace Orchestration.Processes.Invoices;

/// <summary>Invoice to payment: the workflow, its activities bound to the systems they use, and its description.</summary>
public static class InvoiceProcess
{
    /// <summary>Gets what the console and API show of the invoice approval workflow.</summary>
    public static WorkflowDescriptor Descriptor { get; } = new(
        nameof(InvoiceApprovalWorkflow),
        "Invoice to payment: validation, 3-way match against order and receipt, approval above 10,000, ERP posting.",
        SampleInvoices.LaptopInvoice,
        [
            new WorkflowEventDescriptor(
                InvoiceApprovalWorkflow.ApprovalEvent,
                "The approver's answer; the run waits up to 3 days, then rejects.",
                new ApprovalDecision(Approved: true, Approver: "maria.lopez@contoso.example", Comment: "Matches PO and goods receipt")),
        ]);

    /// <summary>Registers the workflow and its activities, bound to the simulated systems.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <param name="erp">The ERP that the match and posting activities use.</param>
    /// <param name="inbox">Where approval requests go.</param>
    /// <param name="logging">Where activities log.</param>
    /// <returns>The registry.</returns>
    public static WorkflowRegistry Register(WorkflowRegistry registry, SimulatedErp erp, ApprovalInbox inbox, ILoggerFactory logging)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(logging);
        return registry
            .AddWorkflow<InvoiceApprovalWorkflow>()
            .AddActivity<ValidateInvoiceActivity>()
            .AddActivity(new MatchInvoiceActivity(erp))
            .AddActivity(new RequestApprovalActivity(inbox, logging.CreateLogger<RequestApprovalActivity>()))
            .AddActivity(new PostInvoiceActivity(erp, logging.CreateLogger<PostInvoiceActivity>()));
    }
}
