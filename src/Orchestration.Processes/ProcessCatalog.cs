using Microsoft.Extensions.Logging;
using Orchestration.Abstractions;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes;

/// <summary>
/// The processes a host offers, wired to the simulated systems of record they run against. Both hosts build one,
/// so the local server and the Functions app run the same workflows.
/// </summary>
public sealed class ProcessCatalog
{
    private readonly ILoggerFactory logging;
    private readonly PolicyGate policies;

    /// <summary>Initializes a new instance of the <see cref="ProcessCatalog"/> class with seeded sample systems.</summary>
    /// <param name="logging">Where activities log.</param>
    /// <param name="policies">The host's policy gate, over the bundles its pinning activity pins from.</param>
    public ProcessCatalog(ILoggerFactory logging, PolicyGate policies)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(policies);
        this.logging = logging;
        this.policies = policies;
        SampleInvoices.Seed(Erp);
    }

    /// <summary>Gets the simulated ERP.</summary>
    public SimulatedErp Erp { get; } = new(flakyPostings: 0);

    /// <summary>Gets where approval requests wait until the approvals channel delivers them.</summary>
    public ApprovalInbox Inbox { get; } = new();

    /// <summary>Gets the startable workflows with their sample inputs and events.</summary>
    public IReadOnlyList<WorkflowDescriptor> Workflows { get; } = [InvoiceProcess.Descriptor];

    /// <summary>Registers every process's workflows and activities.</summary>
    /// <param name="registry">The registry to add to.</param>
    /// <returns>The registry.</returns>
    public WorkflowRegistry Register(WorkflowRegistry registry) => InvoiceProcess.Register(registry, Erp, Inbox, logging, policies);
}
