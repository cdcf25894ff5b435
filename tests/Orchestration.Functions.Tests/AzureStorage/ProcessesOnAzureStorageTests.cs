using Orchestration.Abstractions;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Functions.Tests.Workflows;
using Orchestration.Governance.KillSwitch;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.ReferenceData;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// Every registered workflow of the product, composed as the hosts compose it (governance filters, ledger), end to end
/// on the Azure Storage backend through the Functions app's adapters. The approval timeout (3 days) cannot pass in
/// real time here; the engine's tests cover it with a manual clock.
/// </summary>
[Collection(AzureStorageTaskHubs.Name)]
public sealed class ProcessesOnAzureStorageTests(AzuriteFixture azurite)
{
    private static readonly ApprovalDecision Approve = new(Approved: true, "maria.lopez@contoso.example");

    [Fact]
    public async Task Registry_ComposedProduct_HoldsOnlyTheWorkflowsRunHere()
    {
        await using ComposedProduct product = await ComposedProduct.StartAsync();

        Assert.Equal([nameof(InvoiceApprovalWorkflow), nameof(ReferenceDataRefreshWorkflow), nameof(SupplierDocumentIntakeWorkflow)], product.Registry.WorkflowNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunWorkflow_ReferenceDataRefresh_RecordsBothDataSets()
    {
        await using ComposedProduct product = await ComposedProduct.StartAsync(AzureStorageTaskHubs.On(azurite));

        ReferenceDataRefreshOutcome outcome = await product.RefreshReferenceDataAsync();

        Assert.Equal([SimulatedReferenceFeeds.PriceList, SimulatedReferenceFeeds.SanctionsList], outcome.Refreshes.Select(refresh => refresh.DataSet).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunWorkflow_InvoiceApproved_PostsItApprovedByTheApprover()
    {
        await using ComposedProduct product = await StartAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.LaptopInvoice);

        // Raised before the run waits for it: Durable Task keeps it until the wait.
        await product.Host.Client.RaiseEventAsync(id, InvoiceApprovalWorkflow.ApprovalEvent, Approve);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"), await product.Host.WaitForCompletionAsync(id));
    }

    [Fact]
    public async Task RunWorkflow_SanctionedSupplier_RefusesWithThePolicyReason()
    {
        await using ComposedProduct product = await StartAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), OnAzureStorageInvoices.Sanctioned);

        AssertOutcome(
            new InvoiceOutcome("INV-2025-0108", InvoiceStatus.Refused, ["Supplier SUP-6666 (Northwind Shadow Trading LLC) is on the sanctions list."]),
            await product.Host.WaitForCompletionAsync(id));
    }

    [Fact]
    public async Task RunWorkflow_ErpPosterKillSwitchEngaged_RefusesWithTheGovernanceCode()
    {
        await using ComposedProduct product = await StartAsync();
        await product.Get<KillSwitchService>().EngageAsync(KillSwitchScope.Agent, "erp-poster", "ops@contoso.example", "ERP cut-over", suspendRunning: false);
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), OnAzureStorageInvoices.Small);

        InvoiceOutcome outcome = (await product.Host.WaitForCompletionAsync(id)).ReadOutputAs<InvoiceOutcome>()!;

        Assert.StartsWith("PostInvoiceActivity was refused by governance (kill-switch-engaged)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunWorkflow_RequesterThenApproverAnswer_PostsApprovedByTheApproverOnly()
    {
        await using ComposedProduct product = await StartAsync();

        WorkflowMetadata run = await RunRequesterThenApproverAsync(product);

        AssertOutcome(new InvoiceOutcome("INV-2025-0042", InvoiceStatus.Posted, [], Approve.Approver, "5100001"), run);
    }

    [Fact]
    public async Task RunWorkflow_RequesterThenApproverAnswer_RecordsASegregationOfDutiesRefusal()
    {
        await using ComposedProduct product = await StartAsync();

        WorkflowMetadata run = await RunRequesterThenApproverAsync(product);

        IReadOnlyList<EvidenceRecord> records = await product.Get<IEvidenceStore>().ReadRunAsync(run.InstanceId);
        RefusalDetails refusal = Assert.Single(records.Select(record => record.Details).OfType<RefusalDetails>());
        Assert.Equal(("approval", "segregation-of-duties"), (refusal.Step, refusal.Code));
    }

    // The requester's answer reaches the run's history before the approver's is raised, so the run sees them in that order.
    private static async Task<WorkflowMetadata> RunRequesterThenApproverAsync(ComposedProduct product)
    {
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.LaptopInvoice);
        await product.Host.Client.RaiseEventAsync(
            id, InvoiceApprovalWorkflow.ApprovalEvent, new ApprovalDecision(Approved: true, SampleInvoices.Requester, "Urgent, please pay"));
        await product.Host.WaitForCommitAsync(id, run => run.EventsReceived == 1);
        await product.Host.Client.RaiseEventAsync(id, InvoiceApprovalWorkflow.ApprovalEvent, Approve);
        return await product.Host.WaitForCompletionAsync(id);
    }

    private async Task<ComposedProduct> StartAsync()
    {
        ComposedProduct product = await ComposedProduct.StartAsync(AzureStorageTaskHubs.On(azurite));
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

    // Records compare lists by reference; their JSON compares them by content.
    private static void AssertOutcome(InvoiceOutcome expected, WorkflowMetadata run) =>
        Assert.Equal(WorkflowJson.Serialize(expected), run.SerializedOutput);
}
