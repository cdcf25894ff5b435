using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Governance.Policies;

namespace Orchestration.Processes.Invoices;

/// <summary>Invoice to payment: the workflow, its activities bound to the systems they use, and its description.</summary>
/// <remarks>
/// The workflow also calls <see cref="PinPolicyBundleActivity"/> and the ledger's recording and seal activities; the
/// host adds those through governance's and the ledger's <see cref="IWorkflowRegistration"/>.
/// </remarks>
public static class InvoiceProcess
{
    /// <summary>Gets what the console and API show of the invoice approval workflow.</summary>
    public static WorkflowDescriptor Descriptor { get; } = new(
        nameof(InvoiceApprovalWorkflow),
        "Invoice to payment: validation, 3-way match against order and receipt, the invoice-payments policy "
        + "(sanctions, limits, approvals above 10,000), ERP posting; every decision in the run's sealed ledger.",
        SampleInvoices.LaptopInvoice,
        [
            new WorkflowEventDescriptor(
                InvoiceApprovalWorkflow.ApprovalEvent,
                "An approver's answer (never the requester's); the run waits up to 3 days for the approvals the policy needs, then rejects.",
                new ApprovalDecision(Approved: true, Approver: "maria.lopez@contoso.example", Comment: "Matches PO and goods receipt")),
        ]);

    /// <summary>Registers the workflow and its activities, bound to the simulated systems.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <param name="erp">The ERP that the match and posting activities use.</param>
    /// <param name="inbox">Where approval requests go.</param>
    /// <param name="logging">Where activities log.</param>
    /// <param name="policies">The host's policy gate: the same bundles its <see cref="PinPolicyBundleActivity"/> pins from.</param>
    /// <returns>The registry.</returns>
    public static WorkflowRegistry Register(
        WorkflowRegistry registry, SimulatedErp erp, ApprovalInbox inbox, ILoggerFactory logging, PolicyGate policies)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(policies);
        return registry
            .AddWorkflow(nameof(InvoiceApprovalWorkflow), () => new InvoiceApprovalWorkflow(policies))
            .AddActivity<ValidateInvoiceActivity>()
            .AddActivity(new MatchInvoiceActivity(erp))
            .AddActivity(new RequestApprovalActivity(inbox, logging.CreateLogger<RequestApprovalActivity>()))
            .AddActivity(new PostInvoiceActivity(erp, logging.CreateLogger<PostInvoiceActivity>()));
    }
}
