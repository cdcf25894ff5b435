using Orchestration.Abstractions;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Functions.Tests.Workflows;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// Supplier document intake composed as the hosts compose it, its agents the local implementations (no model is
/// configured), end to end on the Azure Storage backend through the Functions app's adapters; the registry's dispatch
/// filter refuses a disabled agent and one acting outside its scope on this runtime as on the engine.
/// </summary>
[Collection(AzureStorageTaskHubs.Name)]
public sealed class IntakeOnAzureStorageTests(AzuriteFixture azurite)
{
    private static readonly ApprovalDecision Approve = new(Approved: true, "maria.lopez@contoso.example");

    [Fact]
    public async Task RunWorkflow_PrintedInvoiceApproved_EndsSubmittedWithTheInvoicePosted()
    {
        await using ComposedProduct product = await StartAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), SampleDocuments.LaptopInvoice);

        // The invoice run must exist before an event can be raised into it; Durable Task then keeps it until the wait.
        string invoiceRun = SupplierDocumentIntakeWorkflow.InvoiceInstanceId(id);
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(60));
        while (await product.Host.Client.GetInstanceAsync(invoiceRun, cancellation: hang.Token) is null)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), hang.Token);
        }

        await product.Host.Client.RaiseEventAsync(invoiceRun, InvoiceApprovalWorkflow.ApprovalEvent, Approve);
        IntakeOutcome outcome = Outcome(await product.Host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Submitted, InvoiceStatus.Posted, SampleInvoices.LaptopInvoice.InvoiceNumber),
            (outcome.Status, outcome.Invoice?.Status, outcome.Invoice?.InvoiceNumber));
    }

    [Fact]
    public async Task RunWorkflow_PaymentReminder_RoutesItToCorrespondence()
    {
        await using ComposedProduct product = await StartAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), SampleDocuments.PaymentReminder);

        IntakeOutcome outcome = Outcome(await product.Host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Routed, "ap-correspondence"), (outcome.Status, outcome.RoutedTo));
    }

    [Fact]
    public async Task RunWorkflow_PaymentReminder_RecordsTheClassifierCallAsLocal()
    {
        await using ComposedProduct product = await StartAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), SampleDocuments.PaymentReminder);
        await product.Host.WaitForCompletionAsync(id);

        IReadOnlyList<EvidenceRecord> records = await product.Get<IEvidenceStore>().ReadRunAsync(id);

        ModelCallDetails call = Assert.Single(records.Select(record => record.Details).OfType<ModelCallDetails>());
        Assert.Equal((IntakeAgents.DocumentClassifier, "local", "local"), (call.AgentId, call.Implementation, call.EndpointKind));
    }

    [Fact]
    public async Task RunWorkflow_ClassifierDisabledInTheRegistry_RefusesWithAgentDisabled()
    {
        await using ComposedProduct product = await StartAsync(folder => EditedAgentRegistry.Disabling(folder, IntakeAgents.DocumentClassifier));
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), SampleDocuments.LaptopInvoice);

        IntakeOutcome outcome = Outcome(await product.Host.WaitForCompletionAsync(id));

        Assert.StartsWith("ClassifyDocumentActivity was refused by governance (agent-disabled)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWorkflow_ExtractorBoundToAConnectorOutsideItsScope_RefusesWithOutOfScope()
    {
        await using ComposedProduct product = await StartAsync(folder => EditedAgentRegistry.Write(folder,
            "    action: invoice.extract\n    dataClasses: [supplier-document]",
            "    action: invoice.extract\n    connectors: [erp]\n    dataClasses: [supplier-document]"));
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(SupplierDocumentIntakeWorkflow), SampleDocuments.LaptopInvoice);

        IntakeOutcome outcome = Outcome(await product.Host.WaitForCompletionAsync(id));

        Assert.StartsWith("ExtractInvoiceFieldsActivity was refused by governance (out-of-scope)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    private static IntakeOutcome Outcome(WorkflowMetadata run)
    {
        Assert.True(run.RuntimeStatus == WorkflowRuntimeStatus.Completed, $"The run ended {run.RuntimeStatus}: {run.FailureDetails}");
        return run.ReadOutputAs<IntakeOutcome>()!;
    }

    private async Task<ComposedProduct> StartAsync(Func<string, IReadOnlyDictionary<string, string?>>? settings = null)
    {
        ComposedProduct product = await ComposedProduct.StartAsync(AzureStorageTaskHubs.On(azurite), settings: settings);
        try
        {
            await product.RefreshReferenceDataAsync();
            return product;
        }
        catch
        {
            await product.DisposeAsync();
            throw;
        }
    }
}
