using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Management;

public abstract class ListAndPurgeTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private const string Base = "/runtime/webhooks/durabletask/instances";

    [Fact]
    public async Task List_PagedWithTop_FollowsTheContinuationHeaderThroughEveryRun()
    {
        for (int i = 0; i < 5; i++)
        {
            await server.WaitForCompletionAsync(await server.StartAsync(TestWorkflows.Echo, new EchoRequest("page", i), $"paged-{i}"));
        }

        List<string> seen = [];
        string? token = null;
        using HttpClient client = server.CreateSystemClient();
        do
        {
            using HttpRequestMessage request = new(HttpMethod.Get, $"{Base}?instanceIdPrefix=paged-&top=2");
            if (token is not null)
            {
                request.Headers.Add("x-ms-continuation-token", token);
            }

            using HttpResponseMessage response = await client.SendAsync(request);
            JsonArray page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
            Assert.InRange(page.Count, 1, 2);
            seen.AddRange(page.Select(run => (string)run!["instanceId"]!));
            token = response.Headers.TryGetValues("x-ms-continuation-token", out IEnumerable<string>? next) ? next.Single() : null;
        }
        while (token is not null);

        Assert.Equal(["paged-0", "paged-1", "paged-2", "paged-3", "paged-4"], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_FilteredByRuntimeStatus_ReturnsOnlyThoseRuns()
    {
        await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("L-1", 1m), "filtered-running");
        await server.WaitForCompletionAsync(await server.StartAsync(TestWorkflows.Echo, new EchoRequest("f", 1), "filtered-done"));
        using HttpClient client = server.CreateSystemClient();

        JsonArray runs = (await client.GetFromJsonAsync<JsonArray>($"{Base}?instanceIdPrefix=filtered-&runtimeStatus=Running,Pending"))!;

        Assert.Equal(["filtered-running"], runs.Select(run => (string)run!["instanceId"]!));
    }

    [Fact]
    public async Task List_UnknownRuntimeStatus_Returns400NamingIt()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"{Base}?runtimeStatus=Sleeping");

        Assert.Contains("Sleeping", (await Problem.ReadAsync(response)).Errors!["runtimeStatus"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PurgeOne_FinishedRun_Returns200WithOneDeleted()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("purge", 1), "purge-finished");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.DeleteAsync($"{Base}/{id}");

        Assert.Equal("{\"instancesDeleted\":1}", await response.Content.ReadAsStringAsync());
        Assert.Null(await server.WorkflowClient.GetInstanceAsync(id));
    }

    [Fact]
    public async Task PurgeOne_RunningRun_Returns412AndKeepsIt()
    {
        string id = await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("P-2", 1m), "purge-running");
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.DeleteAsync($"{Base}/{id}");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.NotNull(await server.WorkflowClient.GetInstanceAsync(id));
    }

    [Fact]
    public async Task PurgeOne_UnknownRun_Returns404()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.DeleteAsync($"{Base}/never-was");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PurgeMany_WithoutCreatedTimeFrom_Returns400()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.DeleteAsync(Base);

        Assert.Contains("createdTimeFrom", (await Problem.ReadAsync(response)).Errors!.Keys);
    }
}

public sealed class ListAndPurgeTestsOnEngine(DevServerFactory server) : ListAndPurgeTests<DevServerFactory>(server);

public sealed class ListAndPurgeTestsOnDurableTask(DurableDevServerFactory server) : ListAndPurgeTests<DurableDevServerFactory>(server);
