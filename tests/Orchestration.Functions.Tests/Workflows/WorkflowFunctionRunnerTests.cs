using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Functions.Durable;
using Orchestration.Functions.Workflows;
using Orchestration.Processes.Invoices;

namespace Orchestration.Functions.Tests.Workflows;

/// <summary>The Functions app's orchestrator and activity function code, on the Durable Task runtime and called directly.</summary>
public sealed class WorkflowFunctionRunnerTests
{
    [Fact]
    public async Task RunWorkflow_InvoiceApprovedOnDurableTaskRuntime_PostsInvoice()
    {
        await using ComposedProduct product = await ComposedProduct.StartAsync();
        await product.RefreshReferenceDataAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.LaptopInvoice);

        // Raised before the run waits for it: Durable Task keeps it until the wait.
        await product.Host.Client.RaiseEventAsync(id, InvoiceApprovalWorkflow.ApprovalEvent, new ApprovalDecision(true, "maria.lopez@contoso.example"));
        WorkflowMetadata run = await product.Host.WaitForCompletionAsync(id);

        InvoiceOutcome outcome = WorkflowJson.Deserialize<InvoiceOutcome>(run.SerializedOutput)!;
        Assert.Equal(InvoiceStatus.Posted, outcome.Status);
        Assert.Equal("maria.lopez@contoso.example", outcome.ApprovedBy);
    }

    [Fact]
    public async Task RunWorkflow_InputMissingRequiredMemberStartedPastTheStarters_FailsNamingTheField()
    {
        await using ComposedProduct product = await ComposedProduct.StartAsync();

        // Durable Functions' own start route reaches the orchestrator without the starters' check.
        string id = await product.Host.DurableClient.ScheduleNewOrchestrationInstanceAsync(
            nameof(InvoiceApprovalWorkflow), JsonDocument.Parse("""{"invoiceNumber":"INV-9"}""").RootElement);
        WorkflowMetadata run = await product.Host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(typeof(InvalidWorkflowInputException).FullName, run.FailureDetails!.ErrorType);
        Assert.Contains("supplierId", run.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunActivityAsync_FilterRefuses_ActivityDoesNotRun()
    {
        int runs = 0;
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<string, string>("Shout", (_, text) => Task.FromResult(text.ToUpperInvariant() + runs++))
            .AddActivityFilter(new RefuseAll());

        await Assert.ThrowsAsync<InvalidOperationException>(() => WorkflowFunctionRunner.RunActivityAsync(
            registry, new WorkflowActivityContext("Shout", "run-1", CancellationToken.None), DurablePayload.ToElement("hi")));

        Assert.Equal(0, runs);
    }

    [Fact]
    public async Task RunActivityAsync_PassesContextAndReturnsResultAsElement()
    {
        WorkflowActivityContext? seen = null;
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<string, ErpPosting>("Post", (context, invoice) =>
            {
                seen = context;
                return Task.FromResult(new ErpPosting(invoice, "DOC-1"));
            });
        WorkflowActivityContext activity = new("Post", "run-7", CancellationToken.None);

        JsonElement result = await WorkflowFunctionRunner.RunActivityAsync(registry, activity, DurablePayload.ToElement("INV-1"));

        Assert.Equal("""{"invoiceNumber":"INV-1","documentNumber":"DOC-1"}""", result.GetRawText());
        Assert.Equal(activity, seen);
    }

    [Fact]
    public async Task RunActivityAsync_UnknownName_ThrowsInvalidOperation()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => WorkflowFunctionRunner.RunActivityAsync(
            new WorkflowRegistry(), new WorkflowActivityContext("Missing", "run-1", CancellationToken.None), DurablePayload.ToElement(null)));
    }

    [Fact]
    public async Task RunActivityAsync_InputOfWrongShape_ThrowsInvalidOperationWithJsonCause()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddActivity<ApprovalDecision, bool>("Decide", (_, decision) => Task.FromResult(decision.Approved));

        InvalidOperationException failed = await Assert.ThrowsAsync<InvalidOperationException>(() => WorkflowFunctionRunner.RunActivityAsync(
            registry, new WorkflowActivityContext("Decide", "run-1", CancellationToken.None), DurablePayload.ToElement(42)));

        Assert.IsAssignableFrom<JsonException>(failed.InnerException);
    }

    [Fact]
    public void CreateActivityContext_BindingDataHasInstanceId_UsesIt()
    {
        using CancellationTokenSource stopping = new();
        Dictionary<string, object?> bindingData = new() { [WorkflowFunctionRunner.InstanceIdBindingKey] = "invoice-INV-1" };

        WorkflowActivityContext context = WorkflowFunctionRunner.CreateActivityContext(nameof(PostInvoiceActivity), bindingData, stopping.Token);

        Assert.Equal(new WorkflowActivityContext(nameof(PostInvoiceActivity), "invoice-INV-1", stopping.Token), context);
    }

    [Fact]
    public void CreateActivityContext_NoInstanceId_UsesEmpty()
    {
        WorkflowActivityContext context = WorkflowFunctionRunner.CreateActivityContext("Post", new Dictionary<string, object?>(), CancellationToken.None);

        Assert.Equal(string.Empty, context.InstanceId);
    }

    private sealed class RefuseAll : IWorkflowActivityFilter
    {
        public ValueTask OnActivityDispatchingAsync(WorkflowActivityContext context, object? input) =>
            throw new InvalidOperationException($"{context.Name} refused");
    }
}
