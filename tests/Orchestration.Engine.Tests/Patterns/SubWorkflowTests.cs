using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class SubWorkflowTests
{
    private const string StrictComplianceWorkflow = "StrictInvoiceComplianceWorkflow";

    [Fact]
    public async Task CallSubWorkflowAsync_ChildrenReturnValues_ParentCombinesTheirOutputs()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        InvoiceBatch batch = new("BATCH-2026-01", [SampleInvoices.Small, SampleInvoices.Medium, SampleInvoices.Large]);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceBatchWorkflow), batch);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        BatchSummary? summary = run.ReadOutputAs<BatchSummary>();
        Assert.NotNull(summary);
        Assert.Equal(("BATCH-2026-01", 3, 21_161.60m), (summary.BatchId, summary.InvoiceCount, summary.TotalEur));
        Assert.Equal([RouteToApproverActivity.Cfo, RouteToApproverActivity.FinanceManager, RouteToApproverActivity.TeamLead], summary.Approvers);
    }

    [Fact]
    public async Task CallSubWorkflowAsync_ChosenChildInstanceId_ChildRunRecordsItsParent()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceBatchWorkflow), new InvoiceBatch("BATCH-2026-02", [SampleInvoices.Small]));
        await host.WaitForCompletionAsync(id);
        WorkflowMetadata child = await host.GetRequiredInstanceAsync(InvoiceBatchWorkflow.ChildInstanceId(id, SampleInvoices.Small));

        Assert.Equal(nameof(InvoiceIntakeWorkflow), child.Name, ignoreCase: true);
        Assert.Equal(WorkflowRuntimeStatus.Completed, child.RuntimeStatus);
        Assert.Equal(id, child.ParentInstanceId);
    }

    [Fact]
    public async Task CallSubWorkflowAsync_ChildClearsSupplier_ParentGetsChildOutput()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceComplianceWorkflow), SampleInvoices.Medium);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new ComplianceReport("INV-2026-0100", true, "Fabrikam Facilities cleared"), run.ReadOutputAs<ComplianceReport>());
    }

    [Fact]
    public async Task CallSubWorkflowAsync_ChildThrows_ParentCatchesTaskFailedExceptionWithChildCause()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceComplianceWorkflow), SampleInvoices.FromBlockedSupplier);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(
            new ComplianceReport(
                "INV-2026-0666",
                Cleared: false,
                FailedTask: nameof(SupplierComplianceWorkflow),
                ErrorType: typeof(SupplierBlockedException).FullName,
                ErrorMessage: SupplierComplianceWorkflow.BlockedMessage(CheckSupplierSanctionsActivity.BlockedSupplier)),
            run.ReadOutputAs<ComplianceReport>());
    }

    [Fact]
    public async Task CallSubWorkflowAsync_ChildFailureUncaught_ParentFailsWithChildCauseAsInnerFailure()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
        {
            catalog.Register(registry);
            registry.AddWorkflow<Invoice, string>(StrictComplianceWorkflow, (context, invoice) =>
                context.CallSubWorkflowAsync<string>(nameof(SupplierComplianceWorkflow), invoice.Supplier));
        });

        string id = await host.Client.ScheduleNewWorkflowAsync(StrictComplianceWorkflow, SampleInvoices.FromBlockedSupplier);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(typeof(WorkflowTaskFailedException).FullName, run.FailureDetails?.ErrorType);
        Assert.Equal(typeof(SupplierBlockedException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(SupplierComplianceWorkflow.BlockedMessage(CheckSupplierSanctionsActivity.BlockedSupplier), run.FailureDetails?.InnerFailure?.ErrorMessage);
    }
}
