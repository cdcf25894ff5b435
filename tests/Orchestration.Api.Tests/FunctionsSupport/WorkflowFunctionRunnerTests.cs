using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;
using Orchestration.Evidence.Recording;
using Orchestration.Governance.Policies;
using Orchestration.Processes.Invoices;

namespace Orchestration.Api.Tests.FunctionsSupport;

public sealed class WorkflowFunctionRunnerTests
{
    [Fact]
    public async Task RunWorkflowAsync_InvoiceApprovedThroughJsonBoundary_PostsInvoice()
    {
        await using ComposedProduct product = new();
        await product.RefreshReferenceDataAsync();
        WorkflowRegistry registry = product.Registry;
        LoopbackWorkflowContext context = new(registry, nameof(InvoiceApprovalWorkflow), "invoice-1");
        context.Raise(InvoiceApprovalWorkflow.ApprovalEvent, new ApprovalDecision(true, "maria.lopez@contoso.example"));

        JsonElement output = await WorkflowFunctionRunner.RunWorkflowAsync(
            registry, context, DurablePayload.ToElement(SampleInvoices.LaptopInvoice));

        InvoiceOutcome outcome = DurablePayload.Read<InvoiceOutcome>(LoopbackWorkflowContext.ThroughDurable(output))!;
        Assert.Equal(InvoiceStatus.Posted, outcome.Status);
        Assert.Equal("maria.lopez@contoso.example", outcome.ApprovedBy);
        Assert.Equal(
            [nameof(PinPolicyBundleActivity), nameof(ValidateInvoiceActivity), nameof(MatchInvoiceActivity), nameof(RequestApprovalActivity),
                nameof(RecordEvidenceActivity), nameof(PostInvoiceActivity), nameof(SealRunActivity)],
            context.Activities);
        Assert.Contains("""{"stage":"Posted"}""", context.CustomStatuses);
    }

    [Fact]
    public async Task RunWorkflowAsync_NoApprovalEvent_RejectsAfterTimeout()
    {
        await using ComposedProduct product = new();
        WorkflowRegistry registry = product.Registry;
        LoopbackWorkflowContext context = new(registry, nameof(InvoiceApprovalWorkflow), "invoice-2");

        JsonElement output = await WorkflowFunctionRunner.RunWorkflowAsync(
            registry, context, DurablePayload.ToElement(SampleInvoices.LaptopInvoice));

        Assert.Equal(InvoiceStatus.Rejected, DurablePayload.Read<InvoiceOutcome>(output)!.Status);
        Assert.DoesNotContain(nameof(PostInvoiceActivity), context.Activities);
    }

    [Fact]
    public async Task RunWorkflowAsync_UnknownName_ThrowsUnknownWorkflow()
    {
        WorkflowRegistry registry = new();
        LoopbackWorkflowContext context = new(registry, "Missing", "run-1");

        await Assert.ThrowsAsync<UnknownWorkflowException>(
            () => WorkflowFunctionRunner.RunWorkflowAsync(registry, context, DurablePayload.ToElement(null)));
    }

    [Fact]
    public async Task RunWorkflowAsync_InputMissingRequiredMember_ThrowsNamingTheField()
    {
        WorkflowRegistry registry = new WorkflowRegistry()
            .AddWorkflow<ApprovalDecision, string>("Echo", (_, decision) => Task.FromResult(decision.Approver));
        LoopbackWorkflowContext context = new(registry, "Echo", "run-1");
        JsonElement input = JsonDocument.Parse("""{"approved":true}""").RootElement;

        InvalidWorkflowInputException refused = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => WorkflowFunctionRunner.RunWorkflowAsync(registry, context, input));

        Assert.Contains(refused.Errors, error => error.Path.Contains("approver", StringComparison.OrdinalIgnoreCase));
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
