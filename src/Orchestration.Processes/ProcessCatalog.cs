using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Processes;

/// <summary>
/// The processes a host offers, wired to the simulated systems of record they run against. Both hosts build one,
/// so the local server and the Functions app run the same workflows on the same schedules.
/// </summary>
public sealed class ProcessCatalog
{
    private readonly ILoggerFactory logging;
    private readonly PolicyGate policies;
    private readonly ReferenceDataRefreshLog refreshes;
    private readonly TimeProvider time;
    private readonly string policiesDirectory;
    private readonly IntakeAgentSet intakeAgents;

    /// <summary>Initializes a new instance of the <see cref="ProcessCatalog"/> class with seeded sample systems.</summary>
    /// <param name="logging">Where activities log.</param>
    /// <param name="policies">The host's policy gate, over the bundles its pinning activity pins from.</param>
    /// <param name="refreshes">Where the reference data refreshes are recorded, for the freshness gates to read.</param>
    /// <param name="time">The activities' clock.</param>
    /// <param name="policiesDirectory">The policies directory, whose bundles ship the simulated sanctions feed's file.</param>
    /// <param name="intakeAgents">The intake agents, each with the implementation the host's settings choose.</param>
    public ProcessCatalog(
        ILoggerFactory logging, PolicyGate policies, ReferenceDataRefreshLog refreshes, TimeProvider time, string policiesDirectory, IntakeAgentSet intakeAgents)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(policies);
        ArgumentNullException.ThrowIfNull(refreshes);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrEmpty(policiesDirectory);
        ArgumentNullException.ThrowIfNull(intakeAgents);
        this.logging = logging;
        this.policies = policies;
        this.refreshes = refreshes;
        this.time = time;
        this.policiesDirectory = policiesDirectory;
        this.intakeAgents = intakeAgents;
        SampleInvoices.Seed(Erp);
    }

    /// <summary>Gets the simulated ERP.</summary>
    public SimulatedErp Erp { get; } = new(flakyPostings: 0);

    /// <summary>Gets where approval requests wait until the approvals channel delivers them.</summary>
    public ApprovalInbox Inbox { get; } = new();

    /// <summary>Gets where intake review requests wait until a clerk picks them up.</summary>
    public IntakeReviewInbox IntakeReviews { get; } = new();

    /// <summary>Gets the startable workflows with their sample inputs and events.</summary>
    public IReadOnlyList<WorkflowDescriptor> Workflows { get; } = [InvoiceProcess.Descriptor, IntakeProcess.Descriptor];

    /// <summary>Gets the workflows that run on a schedule; each host starts them at every occurrence.</summary>
    public IReadOnlyList<WorkflowSchedule> Schedules { get; } = [ReferenceDataProcess.Schedule];

    /// <summary>Registers every process's workflows and activities.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <returns>The registry.</returns>
    public WorkflowRegistry Register(WorkflowRegistry registry)
    {
        InvoiceProcess.Register(registry, Erp, Inbox, logging, policies);
        IntakeProcess.Register(registry, intakeAgents, IntakeReviews, logging, policies);
        string sanctionsFile = Path.Combine(policiesDirectory, RefreshSanctionsListActivity.ShippedFile);
        return ReferenceDataProcess.Register(registry, sanctionsFile, Erp, refreshes, time);
    }
}
