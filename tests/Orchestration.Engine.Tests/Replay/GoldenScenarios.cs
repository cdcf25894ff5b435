using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// The runs whose histories are checked in under <c>Replay/Histories</c>. Each drives one run to its end on a fresh
/// host; a scenario marked legacy is recorded with the previous workflow version and must not replay on the current.
/// </summary>
public sealed record GoldenScenario(string FileName, bool Legacy, Func<WorkflowTestHost, StartWorkflowOptions, Task<string>> Run)
{
    private static readonly ApprovalDecision Approve = new(true, RouteToApproverActivity.FinanceManager, "Matches PO-7781");

    public static IReadOnlyList<GoldenScenario> All { get; } =
    [
        new("invoice-intake.json", false, (host, options) => Start(host, options, nameof(InvoiceIntakeWorkflow), SampleInvoices.Messy)),
        new("invoice-approval-approved.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
            await host.WaitForIdleAsync();
            await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
            return id;
        }),
        new("invoice-approval-timed-out.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(InvoiceApprovalWorkflow), SampleInvoices.Large);
            await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalWindow);
            return id;
        }),
        new("approval-reminder-late-decision.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(ApprovalReminderWorkflow), "INV-2026-0100");
            await host.AdvanceTimeAsync(ApprovalReminderWorkflow.ReminderAfter);
            await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
            return id;
        }),
        new("supplier-risk-review.json", false, (host, options) =>
            Start(host, options, nameof(SupplierRiskReviewWorkflow), new SupplierRiskReviewRequest([.. SampleInvoices.TwentySuppliers.Take(5)]))),
        new("ledger-posting-retried.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(LedgerPostingWorkflow), SampleInvoices.Medium);
            await host.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
            await host.AdvanceTimeAsync(TimeSpan.FromMinutes(2));
            return id;
        })
        {
            CreateCatalog = static () => new InvoiceCatalog { LedgerPosting = new LedgerPostingActivity { TransientFailures = 2 } },
        },
        new("invoice-batch.json", false, (host, options) =>
            Start(host, options, nameof(InvoiceBatchWorkflow), new InvoiceBatch("BATCH-2026-01", [SampleInvoices.Small, SampleInvoices.Large]))),
        new("invoice-compliance-blocked.json", false, (host, options) => Start(host, options, nameof(InvoiceComplianceWorkflow), SampleInvoices.FromBlockedSupplier)),
        new("payment-monitor-last-generation.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(PaymentMonitorWorkflow), new PaymentMonitorState("INV-2026-0100", 1));
            for (int check = 1; check < 4; check++)
            {
                await host.AdvanceTimeAsync(PaymentMonitorWorkflow.PollInterval);
            }

            return id;
        }),
        new("payment-reference.json", false, async (host, options) =>
        {
            string id = await Start(host, options, nameof(PaymentReferenceWorkflow), "INV-2026-0100");
            await host.WaitForIdleAsync();
            await host.Client.RaiseEventAsync(id, ApprovalEvents.Confirmation, "confirmed");
            return id;
        }),
        new("invoice-approval-emailed.divergent.json", true, async (host, options) =>
        {
            string id = await Start(host, options, nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
            await host.WaitForIdleAsync();
            await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
            return id;
        }),
    ];

    /// <summary>Gets the activities the run uses.</summary>
    public Func<InvoiceCatalog> CreateCatalog { get; init; } = static () => new InvoiceCatalog();

    /// <summary>Gets the run's instance id: fixed, so that regenerated files differ only where the engine changed.</summary>
    public string InstanceId => $"golden-{FileName.Split('.')[0]}";

    /// <summary>Runs the scenario and returns its completed run's id.</summary>
    /// <param name="host">A fresh host registered by <see cref="Registration"/>.</param>
    /// <returns>The instance id.</returns>
    public async Task<string> RunToCompletionAsync(WorkflowTestHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        string id = await Run(host, new StartWorkflowOptions(InstanceId));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        return run.RuntimeStatus == WorkflowRuntimeStatus.Completed
            ? id
            : throw new InvalidOperationException($"{FileName}: the run ended {run.RuntimeStatus}: {run.FailureDetails}");
    }

    /// <summary>Registers what the scenario's run needs: the legacy approval workflow or the current one.</summary>
    /// <param name="catalog">The activities.</param>
    /// <returns>The registration.</returns>
    public Action<WorkflowRegistry> Registration(InvoiceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Legacy ? catalog.RegisterLegacyApproval : catalog.Register;
    }

    private static Task<string> Start(WorkflowTestHost host, StartWorkflowOptions options, string workflowName, object input) =>
        host.Client.ScheduleNewWorkflowAsync(workflowName, input, options);
}
