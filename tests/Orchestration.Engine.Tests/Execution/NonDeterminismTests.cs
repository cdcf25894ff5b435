using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Execution;

public sealed class NonDeterminismTests
{
    private static readonly ApprovalDecision Approve = new(true, RouteToApproverActivity.FinanceManager);

    [Fact]
    public async Task RaiseEventAsync_AfterDeployChangedActivityAtStep2_RunFailsAsNonDeterministic()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.RegisterLegacyApproval);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync(catalog.Register);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(typeof(NonDeterministicWorkflowException).FullName, run.FailureDetails?.ErrorType);
    }

    [Fact]
    public async Task RaiseEventAsync_AfterDeployChangedActivityAtStep2_MessageNamesStepExpectedAndActual()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.RegisterLegacyApproval);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync(catalog.Register);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        string message = run.FailureDetails?.ErrorMessage ?? string.Empty;
        Assert.Contains("step #2", message, StringComparison.Ordinal);
        Assert.Contains($"recorded activity '{nameof(SendApprovalEmailActivity)}'", message, StringComparison.Ordinal);
        Assert.Contains($"scheduled activity '{nameof(RequestApprovalActivity)}'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RaiseEventAsync_AfterDeployChangedActivityAtStep2_NoActivityOfTheDivergentPathRuns()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.RegisterLegacyApproval);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium);
        await host.WaitForIdleAsync();

        await host.RestartAsync(catalog.Register);
        await host.Client.RaiseEventAsync(id, ApprovalEvents.Decision, Approve);
        await host.WaitForCompletionAsync(id);
        await host.WaitForIdleAsync();

        Assert.Equal((1, 0, 0), (catalog.SendApprovalEmail.Executions, catalog.RequestApproval.Executions, catalog.PostInvoice.Executions));
    }

    [Fact]
    public async Task CallActivityAsync_CodeBranchingOnProcessState_DivergenceDetectedAtThatStep()
    {
        int episodes = 0;
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => registry
            .AddActivity<string, string>("CheckVatNumberActivity", (_, supplier) => Task.FromResult($"{supplier}: valid"))
            .AddActivity<string, string>("CheckIbanActivity", (_, supplier) => Task.FromResult($"{supplier}: valid"))
            .AddWorkflow<string, string>("SupplierVerificationWorkflow", async (context, supplier) =>
            {
                // The bug under test: a decision taken on process state, which differs on replay, instead of history.
                string check = Interlocked.Increment(ref episodes) == 1 ? "CheckVatNumberActivity" : "CheckIbanActivity";
                return await context.CallActivityAsync<string>(check, supplier);
            }));

        string id = await host.Client.ScheduleNewWorkflowAsync("SupplierVerificationWorkflow", "Northwind Traders");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(typeof(NonDeterministicWorkflowException).FullName, run.FailureDetails?.ErrorType);
        Assert.Contains("step #0", run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("CheckIbanActivity", run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
    }
}
