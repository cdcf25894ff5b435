using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Governance.KillSwitch;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Replay;

/// <summary>
/// The process runs whose histories are checked in under <c>Replay/Histories</c>. Each drives one run to its end on a
/// fresh host composed as the hosts compose it; an invoice run first refreshes the reference data, as the hosts do at
/// start-up. A scenario with an <see cref="Edit"/> writes its history edited, as if recorded by other code.
/// </summary>
internal sealed record ProcessScenario(string FileName, Func<WorkflowTestHost, GovernedInvoiceSystems, StartWorkflowOptions, Task> Run)
{
    /// <summary>The activity the divergent history schedules where the current code matches the invoice.</summary>
    public const string ScreenSupplierActivity = "ScreenSupplierActivity";

    public static IReadOnlyList<ProcessScenario> All { get; } =
    [
        new("invoice-approved-posted.json", RunApprovedAsync),
        new("invoice-sanctioned-supplier-refused.json", (host, systems, options) => StartInvoiceAsync(host, systems, SanctionedInvoice, options)),
        new("invoice-approval-timed-out.json", async (host, systems, options) =>
        {
            await StartInvoiceAsync(host, systems, SampleInvoices.LaptopInvoice, options);
            await host.AdvanceTimeAsync(InvoiceApprovalWorkflow.ApprovalTimeout);
        }),
        new("invoice-posting-kill-switch-refused.json", (host, systems, options) => StartInvoiceAsync(host, systems, SmallInvoice, options))
        {
            Prepare = static systems => systems.Get<KillSwitchService>()
                .EngageAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "ERP cut-over", suspendRunning: false),
        },
        new("invoice-requester-then-approver-posted.json", async (host, systems, options) =>
        {
            string id = await StartInvoiceAsync(host, systems, SampleInvoices.LaptopInvoice, options);
            await ApproveAsync(host, systems, id, ApproveOwnInvoice);
            await AnswerAsync(host, id, Approve);
        }),
        new("reference-data-refresh.json", (host, systems, options) => RefreshReferenceDataAsync(host, systems, options)),
        new("intake-reminder-routed.json", (host, systems, options) => StartDocumentAsync(host, systems, SampleDocuments.PaymentReminder, options)),
        new("intake-newsletter-withdrawn.json", async (host, systems, options) =>
        {
            string id = await StartDocumentAsync(host, systems, IntakeRuns.Newsletter, options);
            await IntakeRuns.RequestedReviewAsync(host, systems);
            await IntakeRuns.ReviewAsync(host, id, new IntakeReview(IntakeRuns.Clerk, Submit: false, Comment: "A newsletter, not an invoice"));
        }),
        new("invoice-screened-not-matched.divergent.json", RunApprovedAsync) { Edit = ScreenInsteadOfMatch },
    ];

    /// <summary>Gets what is done to the governed systems before the host starts.</summary>
    public Func<GovernedInvoiceSystems, Task> Prepare { get; init; } = static _ => Task.CompletedTask;

    /// <summary>Gets the edit applied to the recorded history before it is written.</summary>
    public Func<WorkflowHistoryDocument, WorkflowHistoryDocument> Edit { get; init; } = static document => document;

    /// <summary>Gets the run's instance id: fixed, so that regenerated files differ only where the code changed.</summary>
    public string InstanceId => $"golden-{FileName.Split('.')[0]}";

    /// <summary>Runs the scenario on a fresh host over <paramref name="systems"/> and returns its history, edited.</summary>
    public async Task<WorkflowHistoryDocument> RecordAsync(GovernedInvoiceSystems systems)
    {
        await Prepare(systems);
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => systems.Register(registry));
        await Run(host, systems, new StartWorkflowOptions(InstanceId));
        WorkflowMetadata run = await host.WaitForCompletionAsync(InstanceId);
        return run.RuntimeStatus == WorkflowRuntimeStatus.Completed
            ? Edit(await GoldenHistories.ExportAsync(host.Client, InstanceId))
            : throw new InvalidOperationException($"{FileName}: the run ended {run.RuntimeStatus}: {run.FailureDetails}");
    }

    private static async Task RunApprovedAsync(WorkflowTestHost host, GovernedInvoiceSystems systems, StartWorkflowOptions options)
    {
        string id = await StartInvoiceAsync(host, systems, SampleInvoices.LaptopInvoice, options);
        await ApproveAsync(host, systems, id, Approve);
    }

    private static async Task<string> StartInvoiceAsync(
        WorkflowTestHost host, GovernedInvoiceSystems systems, InvoiceSubmission invoice, StartWorkflowOptions options)
    {
        await RefreshReferenceDataAsync(host, systems);
        return await StartAsync(host, invoice, options);
    }

    private static async Task<string> StartDocumentAsync(
        WorkflowTestHost host, GovernedInvoiceSystems systems, DocumentIntakeRequest document, StartWorkflowOptions options)
    {
        await RefreshReferenceDataAsync(host, systems);
        return await host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), document, options);
    }

    // WARNING: deliberately non-deterministic: as if an earlier version had screened the supplier where the current
    // code runs the three-way match. Replay must refuse it at that step.
    private static WorkflowHistoryDocument ScreenInsteadOfMatch(WorkflowHistoryDocument document) => document with
    {
        Events = [.. document.Events.Select(e => e.Name == nameof(MatchInvoiceActivity) ? e with { Name = ScreenSupplierActivity } : e)],
    };
}
