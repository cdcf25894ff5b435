using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Evidence;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Governance;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;
using Microsoft.Extensions.Time.Testing;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Support;

/// <summary>
/// The invoice and reference data processes wired as the hosts wire them: AddProcesses, AddGovernance over the shipped
/// policies and AddEvidenceLedger on a SQLite file in a temp folder, with a manual clock for governance. The ERP and
/// inbox are the test's own, so a test can make the posting gateway flaky and read the approval requests.
/// </summary>
internal sealed class GovernedInvoiceSystems : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "orchestration-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    /// <param name="flakyPostings">How many postings the ERP fails before it takes one.</param>
    /// <param name="settings">Settings over the defaults (another agent registry, a model endpoint).</param>
    public GovernedInvoiceSystems(int flakyPostings = 0, IReadOnlyDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(directory);
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evidence:LocalPath"] = Path.Combine(directory, "evidence.db"),
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        ServiceCollection collection = new();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        collection.AddSingleton<TimeProvider>(Clock);
        collection.AddProcesses(configuration);
        collection.AddGovernance(configuration);
        collection.AddEvidenceLedger(configuration);
        services = collection.BuildServiceProvider();
        Erp = new SimulatedErp(flakyPostings);
        SampleInvoices.Seed(Erp);
    }

    public SimulatedErp Erp { get; }

    /// <summary>Gets governance's clock: the freshness gates measure against it and the refreshes are recorded by it.</summary>
    // The activities' clock (refresh times, freshness); the engine host keeps its own. Moved only while no run is active.
    public FakeTimeProvider Clock { get; } = FakeClocks.AtDefaultStart();

    public ApprovalInbox Inbox { get; } = new();

    public IntakeReviewInbox IntakeReviews { get; } = new();

    /// <summary>Gets a folder of the test's own, for files a test writes (another agent registry).</summary>
    public string Folder => directory;

    public IEvidenceStore Ledger => Get<IEvidenceStore>();

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Registers what the host's registry holds: the processes, then every part's registration.</summary>
    public WorkflowRegistry Register(WorkflowRegistry registry)
    {
        InvoiceProcess.Register(registry, Erp, Inbox, NullLoggerFactory.Instance, Get<PolicyGate>());
        IntakeProcess.Register(registry, Get<IntakeAgentSet>(), IntakeReviews, NullLoggerFactory.Instance, Get<PolicyGate>());
        string sanctionsFile = Path.Combine(GovernancePaths.ResolvePoliciesDirectory(Get<GovernanceOptions>().PoliciesPath), RefreshSanctionsListActivity.ShippedFile);
        ReferenceDataProcess.Register(registry, sanctionsFile, Erp, Get<ReferenceDataRefreshLog>(), Clock);
        foreach (IWorkflowRegistration registration in services.GetServices<IWorkflowRegistration>())
        {
            registration.AddTo(registry);
        }

        return registry;
    }

    public async Task<IReadOnlyList<EvidenceDetails>> DetailsAsync(string runId) =>
        [.. (await Ledger.ReadRunAsync(runId)).Select(record => record.Details)];

    public async Task<EvidenceVerification> VerifyAsync(string runId) =>
        EvidenceVerifier.Verify(await Get<EvidencePackService>().BuildAsync(runId) ?? throw new InvalidOperationException($"No evidence of '{runId}'."));

    public void Dispose()
    {
        services.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled SQLite connection may still hold the file; the temp folder is left behind, the test stands.
        }
    }
}
