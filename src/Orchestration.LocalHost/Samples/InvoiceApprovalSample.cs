using Orchestration.Abstractions;
using Orchestration.Api.Hosting;
using Orchestration.Api.Scheduling;
using Orchestration.Engine;
using Orchestration.Engine.Replay;
using Orchestration.LocalHost.DevServer;
using Orchestration.Processes;
using Orchestration.Processes.Invoices;

namespace Orchestration.LocalHost.Samples;

/// <summary>
/// Runs one invoice through <see cref="InvoiceApprovalWorkflow"/> on the embedded engine, answers the approval as a
/// person would, and replays the recorded history against the current code. The reference data the invoice's gates
/// check is refreshed first, by the dev server's <see cref="WorkflowScheduler"/>.
/// </summary>
public static class InvoiceApprovalSample
{
    private static readonly ApprovalDecision HumanAnswer = new(
        Approved: true, Approver: "maria.lopez@contoso.example", Comment: "Matches PO and goods receipt; budget confirmed");

    /// <summary>Runs the sample.</summary>
    /// <param name="folder">Where the engine's file, the ledger and the kill switches go.</param>
    /// <param name="logging">Where the engine, workflow and activities log.</param>
    /// <param name="cancellation">Stops waiting.</param>
    /// <returns>The run's final state, history and replay result.</returns>
    public static async Task<SampleRun> RunAsync(string folder, ILoggerFactory logging, CancellationToken cancellation)
    {
        // The same composition as the dev server and the Functions app: processes, governance, ledger.
        await using ServiceProvider services = BuildServices(folder, logging);
        WorkflowRegistry registry = services.GetRequiredService<WorkflowRegistry>();
        ProcessCatalog catalog = services.GetRequiredService<ProcessCatalog>();
        EmbeddedEngineOptions options = new() { DatabasePath = Path.Combine(folder, "engine.db"), LoggerFactory = logging };

        await using EmbeddedWorkflowEngine engine = await EmbeddedWorkflowEngine.StartAsync(registry, options, cancellation);

        // As the dev server does at start-up: the scheduled reference data refresh runs first, so the invoice's
        // freshness gates pass (the sample's folder is new, so no refresh has been recorded in its ledger).
        using WorkflowScheduler scheduler = new(
            () => engine.Client, services.GetRequiredService<ScheduledWorkflows>(), TimeProvider.System, logging.CreateLogger<WorkflowScheduler>());
        await scheduler.StartAsync(cancellation);
        try
        {
            return await RunInvoiceAsync(engine, registry, catalog, logging, cancellation);
        }
        finally
        {
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<SampleRun> RunInvoiceAsync(
        EmbeddedWorkflowEngine engine, WorkflowRegistry registry, ProcessCatalog catalog, ILoggerFactory logging, CancellationToken cancellation)
    {
        InvoiceSubmission invoice = SampleInvoices.LaptopInvoice;
        string instanceId = await engine.Client.ScheduleNewWorkflowAsync(
            nameof(InvoiceApprovalWorkflow), invoice, new StartWorkflowOptions($"invoice-{invoice.InvoiceNumber}"), cancellation);
        ILogger human = logging.CreateLogger("Approver");
        WorkflowMetadata final = await AnswerUntilDoneAsync(engine.Client, catalog.Inbox, instanceId, human, cancellation);

        WorkflowHistoryDocument history = await WorkflowHistoryDocument.ExportAsync(engine.Client, instanceId, cancellation);
        ReplayResult replay = WorkflowReplayer.Replay(registry, history);
        return new SampleRun(final, history.Events, replay, catalog.Erp.PostingCalls);
    }

    private static ServiceProvider BuildServices(string folder, ILoggerFactory logging)
    {
        IConfiguration settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evidence:LocalPath"] = Path.Combine(folder, "evidence.db"),
        }).Build();
        ServiceCollection services = new();
        services.AddSingleton(logging).AddSingleton(typeof(ILogger<>), typeof(Logger<>)).AddOrchestration(settings);
        return services.BuildServiceProvider();
    }

    // The run asks for approval only above the threshold; whichever comes first, the request or the end, decides.
    private static async Task<WorkflowMetadata> AnswerUntilDoneAsync(
        IWorkflowClient client, ApprovalInbox inbox, string instanceId, ILogger human, CancellationToken cancellation)
    {
        using CancellationTokenSource stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        Task<WorkflowMetadata> completion = client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellation);
        Task<ApprovalRequest> asked = inbox.NextAsync(stopReading.Token).AsTask();
        if (await Task.WhenAny(asked, completion) == asked)
        {
            ApprovalRequest request = await asked;
            Logs.HumanAnswering(human, HumanAnswer.Approver, request.InvoiceNumber, request.InstanceId);
            await client.RaiseEventAsync(request.InstanceId, InvoiceApprovalWorkflow.ApprovalEvent, HumanAnswer, cancellation);
        }

        await stopReading.CancelAsync();
        return await completion;
    }
}
