using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Client;

/// <summary>Listing runs by filter, one page at a time, and purging finished ones.</summary>
public abstract class QueryConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Invoice = "QueryInvoice";
    private const string Refund = "QueryRefund";
    private const string Hold = "QueryHold";

    [Fact]
    public async Task List_ByPrefixInPagesOfTwo_ReturnsEveryRunOnceAcrossThreePages()
    {
        await FinishAsync(Invoice, "inv-a", "inv-b", "inv-c", "inv-d", "inv-e");
        await FinishAsync(Refund, "ref-a");

        (List<int> sizes, List<string> ids) = await ListAllAsync(new WorkflowQuery(InstanceIdPrefix: "inv-", PageSize: 2));

        Assert.Equal(["inv-a", "inv-b", "inv-c", "inv-d", "inv-e"], ids.Order(StringComparer.Ordinal));
        Assert.Equal([2, 2, 1], sizes.Where(size => size > 0));
    }

    [Fact]
    public async Task List_ByStatus_ReturnsOnlyRunsInThatStatus()
    {
        await FinishAsync(Invoice, "st-done");
        await Client.ScheduleNewWorkflowAsync(Hold, null, new StartWorkflowOptions("st-waiting"));
        await WaitForStatusAsync("st-waiting", WorkflowRuntimeStatus.Running);

        WorkflowPage page = await Client.ListInstancesAsync(new WorkflowQuery(Statuses: [WorkflowRuntimeStatus.Running], InstanceIdPrefix: "st-"));

        Assert.Equal(["st-waiting"], page.Values.Select(run => run.InstanceId));
    }

    [Fact]
    public async Task List_ByCreationTime_ExcludesRunsCreatedBefore()
    {
        await FinishAsync(Invoice, "ct-old");
        DateTimeOffset after = (await Client.GetInstanceAsync("ct-old"))!.CreatedAt.AddMilliseconds(1);
        await Runtime.LetTimePassAsync(TimeSpan.FromSeconds(1));
        await FinishAsync(Invoice, "ct-new");

        WorkflowPage page = await Client.ListInstancesAsync(new WorkflowQuery(CreatedFrom: after, InstanceIdPrefix: "ct-"));

        Assert.Equal(["ct-new"], page.Values.Select(run => run.InstanceId));
    }

    [Fact]
    public async Task List_ByWorkflowName_ReturnsEveryRunOfThatWorkflowAndNoOther()
    {
        await FinishInterleavedAsync("wa-");

        (List<int> _, List<string> ids) = await ListAllAsync(new WorkflowQuery(WorkflowName: Invoice, InstanceIdPrefix: "wa-", PageSize: 2));

        Assert.Equal(["wa-invoice-1", "wa-invoice-2", "wa-invoice-3"], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    [ShowsDifference("name-filter-per-page")]
    public async Task List_ByWorkflowName_PagesBeforeTheLastAreFullOnTheEngineOnly()
    {
        await FinishInterleavedAsync("wb-");

        // Three pages of two over six runs, three of them invoices: filtered per page, one page must come back short.
        (List<int> sizes, List<string> _) = await ListAllAsync(new WorkflowQuery(WorkflowName: Invoice, InstanceIdPrefix: "wb-", PageSize: 2));

        Assert.Equal(Runtime.Has(RuntimeDifferences.NameFilterPerPage), sizes.SkipLast(1).Any(size => size < 2));
    }

    [Fact]
    public async Task List_FetchInputsAndOutputs_CarriesThem()
    {
        await FinishAsync(Invoice, "io-a");

        WorkflowPage page = await Client.ListInstancesAsync(new WorkflowQuery(InstanceIdPrefix: "io-", FetchInputsAndOutputs: true));

        WorkflowMetadata run = Assert.Single(page.Values);
        Assert.Equal("\"io-a\"", run.SerializedInput);
        Assert.Equal("\"io-a paid\"", run.SerializedOutput);
    }

    [Fact]
    public async Task Purge_FinishedRun_RemovesItAndItsHistory()
    {
        await FinishAsync(Invoice, "pg-done");

        int purged = await Client.PurgeInstanceAsync("pg-done");

        Assert.Equal(1, purged);
        Assert.Null(await Client.GetInstanceAsync("pg-done"));
    }

    [Fact]
    public async Task Purge_RunningRun_PurgesNothing()
    {
        await Client.ScheduleNewWorkflowAsync(Hold, null, new StartWorkflowOptions("pg-waiting"));
        await WaitForStatusAsync("pg-waiting", WorkflowRuntimeStatus.Running);

        int purged = await Client.PurgeInstanceAsync("pg-waiting");

        Assert.Equal(0, purged);
        Assert.NotNull(await Client.GetInstanceAsync("pg-waiting"));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<string, string>(Invoice, (context, _) => Task.FromResult($"{context.InstanceId} paid"))
        .AddWorkflow<string, string>(Refund, (context, _) => Task.FromResult($"{context.InstanceId} refunded"))
        .AddWorkflow<object?, string>(Hold, async (context, _) => await context.WaitForExternalEvent<string>("Release"));

    private async Task FinishInterleavedAsync(string prefix)
    {
        for (int n = 1; n <= 3; n++)
        {
            await FinishAsync(Refund, $"{prefix}refund-{n}");
            await FinishAsync(Invoice, $"{prefix}invoice-{n}");
        }
    }

    private async Task<(List<int> Sizes, List<string> Ids)> ListAllAsync(WorkflowQuery query)
    {
        List<int> sizes = [];
        List<string> ids = [];
        string? token = null;
        do
        {
            WorkflowPage page = await Client.ListInstancesAsync(query with { ContinuationToken = token });
            sizes.Add(page.Values.Count);
            ids.AddRange(page.Values.Select(run => run.InstanceId));
            token = page.ContinuationToken;
        }
        while (token is not null);

        return (sizes, ids);
    }

    private async Task FinishAsync(string workflow, params string[] ids)
    {
        foreach (string id in ids)
        {
            await Runtime.WaitForCompletionAsync(await Client.ScheduleNewWorkflowAsync(workflow, id, new StartWorkflowOptions(id)));
        }
    }
}

public sealed class QueryOnEngine() : QueryConformance(Runtimes.Runtimes.Engine);

public sealed class QueryOnDurableTask() : QueryConformance(Runtimes.Runtimes.DurableTask);
