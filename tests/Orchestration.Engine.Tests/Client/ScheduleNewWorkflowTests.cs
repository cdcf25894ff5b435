using System.Text.Json.Nodes;
using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class ScheduleNewWorkflowTests
{
    [Fact]
    public async Task ScheduleNewWorkflowAsync_UnknownWorkflow_ThrowsUnknownWorkflowException()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        UnknownWorkflowException error = await Assert.ThrowsAsync<UnknownWorkflowException>(
            () => host.Client.ScheduleNewWorkflowAsync("InvoiceApprovalWorkflowV2", SampleInvoices.Medium));

        Assert.Equal("InvoiceApprovalWorkflowV2", error.WorkflowName);
        Assert.Empty((await host.Client.ListInstancesAsync()).Values);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_InputWithUnknownMember_ThrowsInvalidInputAtThatPath()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        JsonNode input = JsonNode.Parse("""{"invoiceNumber":"INV-1","supplier":"Contoso","amount":10.5,"currency":"EUR","discount":5}""")!;

        InvalidWorkflowInputException error = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), input));

        Assert.Equal(nameof(InvoiceApprovalWorkflow), error.WorkflowName);
        Assert.Contains(error.Errors, e => e.Path == "$.discount");
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_InputMissingRequiredMember_ThrowsInvalidInputNamingTheMember()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        JsonNode input = JsonNode.Parse("""{"invoiceNumber":"INV-1","supplier":"Contoso","currency":"EUR"}""")!;

        InvalidWorkflowInputException error = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), input));

        WorkflowInputError problem = Assert.Single(error.Errors);
        Assert.StartsWith("$", problem.Path, StringComparison.Ordinal);
        Assert.Contains("amount", problem.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_InputWithWrongType_ThrowsInvalidInputAtThatPath()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        JsonNode input = JsonNode.Parse("""{"invoiceNumber":"INV-1","supplier":"Contoso","amount":"a lot","currency":"EUR"}""")!;

        InvalidWorkflowInputException error = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), input));

        Assert.Equal("$.amount", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_NullInputForRecordInput_ThrowsInvalidInputAtRoot()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        InvalidWorkflowInputException error = await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), input: null));

        Assert.Equal("$", Assert.Single(error.Errors).Path);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_InvalidInput_StartsNothing()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        JsonNode input = JsonNode.Parse("""{"invoiceNumber":"INV-1"}""")!;

        await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), input, new StartWorkflowOptions("invoice-INV-1")));
        await host.WaitForIdleAsync();

        Assert.Null(await host.Client.GetInstanceAsync("invoice-INV-1"));
        Assert.Equal(0, catalog.ConvertToEur.Executions);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_JsonNodeInput_TakenAsJson()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        JsonNode input = JsonNode.Parse("""{"invoiceNumber":" inv-9 ","supplier":"Litware   Inc","amount":100,"currency":"gbp"}""")!;

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), input);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(new Invoice("INV-9", "Litware Inc", 100m, "GBP"), run.ReadOutputAs<RoutedInvoice>()?.Priced.Invoice);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_CallerChosenInstanceId_RunHasThatId()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, new StartWorkflowOptions("intake-INV-2026-0007"));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal("intake-INV-2026-0007", id);
        Assert.Equal("intake-INV-2026-0007", run.InstanceId);
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_DuplicateIdOfRunningRun_ThrowsExistsAndOnlyOneRunExists()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        StartWorkflowOptions options = new("approval-INV-2026-0100");
        await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Medium, options);
        await host.WaitForIdleAsync();

        WorkflowInstanceExistsException error = await Assert.ThrowsAsync<WorkflowInstanceExistsException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), SampleInvoices.Large, options));
        await host.WaitForIdleAsync();

        Assert.Equal(("approval-INV-2026-0100", WorkflowRuntimeStatus.Running), (error.InstanceId, error.ExistingStatus));
        Assert.Single((await host.Client.ListInstancesAsync()).Values);
        Assert.Equal(1, catalog.RequestApproval.Executions);
        Assert.Equal(SampleInvoices.Medium, (await host.GetRequiredInstanceAsync(options.InstanceId!)).ReadInputAs<Invoice>());
    }

    [Fact]
    public async Task ScheduleNewWorkflowAsync_DuplicateIdOfCompletedRun_ThrowsExistsAndStartsNoSecondRun()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        StartWorkflowOptions options = new("intake-INV-2026-0007");
        await host.WaitForCompletionAsync(await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, options));

        WorkflowInstanceExistsException error = await Assert.ThrowsAsync<WorkflowInstanceExistsException>(
            () => host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, options));
        await host.WaitForIdleAsync();

        Assert.Equal(WorkflowRuntimeStatus.Completed, error.ExistingStatus);
        Assert.Equal(1, catalog.Normalize.Executions);
    }
}
