using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Client;

public sealed class ListInstancesTests
{
    [Fact]
    public async Task ListInstancesAsync_FilterByStatus_ReturnsOnlyRunsInThatStatus()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        (string[] waiting, string[] completed) = await StartMixAsync(host);

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(Statuses: [WorkflowRuntimeStatus.Completed]));

        Assert.Equal(completed.Order(StringComparer.Ordinal), page.Values.Select(run => run.InstanceId).Order(StringComparer.Ordinal));
        Assert.All(page.Values, run => Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus));
        Assert.Equal(3, waiting.Length);
    }

    [Fact]
    public async Task ListInstancesAsync_FilterByWorkflowName_ReturnsOnlyThatWorkflowsRuns()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        (string[] waiting, _) = await StartMixAsync(host);

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(WorkflowName: nameof(InvoiceApprovalWorkflow)));

        Assert.Equal(waiting.Order(StringComparer.Ordinal), page.Values.Select(run => run.InstanceId).Order(StringComparer.Ordinal));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task ListInstancesAsync_StatusAndNameTogether_ReturnsTheIntersection()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        await StartMixAsync(host);

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(
            Statuses: [WorkflowRuntimeStatus.Completed], WorkflowName: nameof(InvoiceApprovalWorkflow)));

        Assert.Empty(page.Values);
    }

    [Fact]
    public async Task ListInstancesAsync_PageSizeTwo_PagesThroughEveryRunWithContinuationToken()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        (string[] waiting, string[] completed) = await StartMixAsync(host);
        List<int> pageSizes = [];
        List<string> seen = [];
        string? token = null;

        do
        {
            WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(PageSize: 2, ContinuationToken: token));
            pageSizes.Add(page.Values.Count);
            seen.AddRange(page.Values.Select(run => run.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null && pageSizes.Count < 10);

        Assert.Equal([2, 2, 1], pageSizes);
        Assert.Equal(waiting.Concat(completed).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListInstancesAsync_InstanceIdPrefix_ReturnsOnlyMatchingRuns()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        (string[] waiting, _) = await StartMixAsync(host);

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(InstanceIdPrefix: "approval-"));

        Assert.Equal(waiting.Order(StringComparer.Ordinal), page.Values.Select(run => run.InstanceId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListInstancesAsync_FetchInputsAndOutputs_IncludesEachRunsOutput()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        (_, string[] completed) = await StartMixAsync(host);

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(
            Statuses: [WorkflowRuntimeStatus.Completed], FetchInputsAndOutputs: true));

        Assert.Equal(completed.Length, page.Values.Count);
        Assert.All(page.Values, run => Assert.NotNull(run.ReadOutputAs<RoutedInvoice>()?.Approver));
    }

    [Fact]
    public async Task ListInstancesAsync_CreatedFromAfterEarlierRuns_ReturnsOnlyLaterRuns()
    {
        InvoiceCatalog catalog = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        await StartMixAsync(host);
        host.Time.Advance(TimeSpan.FromHours(1));
        DateTimeOffset cutOff = host.Time.GetUtcNow();
        string late = await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Large, new StartWorkflowOptions("intake-late"));

        WorkflowPage page = await host.Client.ListInstancesAsync(new WorkflowQuery(CreatedFrom: cutOff));

        Assert.Equal(late, Assert.Single(page.Values).InstanceId);
    }

    private static async Task<(string[] Waiting, string[] Completed)> StartMixAsync(WorkflowTestHost host)
    {
        Invoice[] approvals = [SampleInvoices.Small, SampleInvoices.Medium, SampleInvoices.Large];
        List<string> waiting = [];
        foreach (Invoice invoice in approvals)
        {
            waiting.Add(await host.Client.ScheduleNewWorkflowAsync(
                nameof(InvoiceApprovalWorkflow), invoice, new StartWorkflowOptions($"approval-{invoice.InvoiceNumber}")));
        }

        string[] completed =
        [
            await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Messy, new StartWorkflowOptions("intake-1")),
            await host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceIntakeWorkflow), SampleInvoices.Small, new StartWorkflowOptions("intake-2")),
        ];
        foreach (string id in completed)
        {
            await host.WaitForCompletionAsync(id);
        }

        await host.WaitForIdleAsync();
        return ([.. waiting], completed);
    }
}
