using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>
/// The test workflows and one test's activity objects, whose counters show how often each ran.
/// A fresh catalog per test keeps the counters apart; the same catalog survives a host restart, as a process's
/// external effects would.
/// </summary>
public sealed class InvoiceCatalog
{
    public NormalizeInvoiceActivity Normalize { get; } = new();

    public ConvertToEurActivity ConvertToEur { get; } = new();

    public RouteToApproverActivity RouteToApprover { get; } = new();

    public RequestApprovalActivity RequestApproval { get; } = new();

    public SendApprovalEmailActivity SendApprovalEmail { get; } = new();

    public EscalateInvoiceActivity Escalate { get; } = new();

    public PostInvoiceActivity PostInvoice { get; } = new();

    public SendReminderActivity SendReminder { get; } = new();

    public ScoreSupplierRiskActivity ScoreSupplierRisk { get; } = new();

    public CheckSupplierSanctionsActivity CheckSanctions { get; } = new();

    public CheckPaymentStatusActivity CheckPaymentStatus { get; init; } = new();

    public RegisterPaymentReferenceActivity RegisterPaymentReference { get; } = new();

    public LedgerPostingActivity LedgerPosting { get; init; } = new();

    /// <summary>Registers the current version of every workflow and this catalog's activities.</summary>
    /// <param name="registry">The registry.</param>
    public void Register(WorkflowRegistry registry) =>
        RegisterActivities(RegisterWorkflows(registry).AddWorkflow<InvoiceApprovalWorkflow>());

    /// <summary>Registers as <see cref="Register"/> does, but with the previous version of the approval workflow.</summary>
    /// <param name="registry">The registry.</param>
    public void RegisterLegacyApproval(WorkflowRegistry registry) =>
        RegisterActivities(RegisterWorkflows(registry).AddWorkflow(nameof(InvoiceApprovalWorkflow), static () => new LegacyInvoiceApprovalWorkflow()));

    private static WorkflowRegistry RegisterWorkflows(WorkflowRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return registry
            .AddWorkflow<InvoiceIntakeWorkflow>()
            .AddWorkflow<ApprovalReminderWorkflow>()
            .AddWorkflow<ScheduledPaymentWorkflow>()
            .AddWorkflow<PaymentMonitorWorkflow>()
            .AddWorkflow<SupplierDisputeWorkflow>()
            .AddWorkflow<PaymentReferenceWorkflow>()
            .AddWorkflow<LedgerPostingWorkflow>()
            .AddWorkflow<SupplierRiskReviewWorkflow>()
            .AddWorkflow<InvoiceBatchWorkflow>()
            .AddWorkflow<SupplierComplianceWorkflow>()
            .AddWorkflow<InvoiceComplianceWorkflow>();
    }

    private void RegisterActivities(WorkflowRegistry registry) => registry
        .AddActivity(Normalize)
        .AddActivity(ConvertToEur)
        .AddActivity(RouteToApprover)
        .AddActivity(RequestApproval)
        .AddActivity(SendApprovalEmail)
        .AddActivity(Escalate)
        .AddActivity(PostInvoice)
        .AddActivity(SendReminder)
        .AddActivity(ScoreSupplierRisk)
        .AddActivity(CheckSanctions)
        .AddActivity(CheckPaymentStatus)
        .AddActivity(RegisterPaymentReference)
        .AddActivity(LedgerPosting);
}
