using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Runs;

public abstract class RunViewTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    [Fact]
    public async Task ListRuns_FilteredByWorkflowAndStatus_ReturnsOnlyMatchingRuns()
    {
        await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("R-1", 1m), "views-waiting");
        await server.WaitForCompletionAsync(await server.StartAsync(TestWorkflows.Echo, new EchoRequest("v", 1), "views-echo"));
        using HttpClient client = server.CreateSystemClient();

        JsonObject page = (await client.GetFromJsonAsync<JsonObject>($"/api/runs?workflow={TestWorkflows.Echo}&status=Completed"))!;

        Assert.All(page["runs"]!.AsArray(), run => Assert.Equal((TestWorkflows.Echo, "Completed"), ((string)run!["name"]!, (string)run["runtimeStatus"]!)));
        Assert.Contains(page["runs"]!.AsArray(), run => (string)run!["instanceId"]! == "views-echo");
    }

    [Fact]
    public async Task ListRuns_PageSizeOne_ReturnsAContinuationToken()
    {
        await server.StartAsync(TestWorkflows.Echo, new EchoRequest("p", 1), "views-page-1");
        await server.StartAsync(TestWorkflows.Echo, new EchoRequest("p", 2), "views-page-2");
        using HttpClient client = server.CreateSystemClient();

        JsonObject page = (await client.GetFromJsonAsync<JsonObject>("/api/runs?pageSize=1"))!;

        Assert.Single(page["runs"]!.AsArray());
        Assert.NotNull((string?)page["continuationToken"]);
    }

    [Fact]
    public async Task GetRun_CompletedRun_ReturnsItsTimelineWithTheActivityResult()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("timeline", 7), "views-timeline");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        JsonObject run = (await client.GetFromJsonAsync<JsonObject>($"/api/runs/{id}"))!;

        string?[] results = [.. run["timeline"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["eventType"] == "TaskCompleted").Select(e => (string?)e["result"])];
        Assert.Equal(server.ServesHistory ? ["{\"message\":\"TIMELINE\",\"count\":7}"] : [], results);
    }

    [Fact]
    public async Task GetRun_WaitingRun_ShowsItsCustomStatus()
    {
        string id = await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("R-9", 1m), "views-custom");
        await server.WaitUntilAsync(id, waiting => waiting.SerializedCustomStatus is not null);
        using HttpClient client = server.CreateSystemClient();

        JsonObject run = (await client.GetFromJsonAsync<JsonObject>($"/api/runs/{id}"))!;

        Assert.Equal("AwaitingApproval", (string?)run["customStatus"]!["stage"]);
    }

    [Fact]
    public async Task GetRun_FailedRun_ReturnsTheFailureAndNoOutput()
    {
        string id = await server.StartAsync(TestWorkflows.Failing, new EchoRequest("nope", 1), "views-failed");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        JsonObject run = (await client.GetFromJsonAsync<JsonObject>($"/api/runs/{id}"))!;

        Assert.Equal(("Failed", "System.InvalidOperationException"), ((string?)run["runtimeStatus"], (string?)run["failure"]!["errorType"]));
    }

    [Fact]
    public async Task GetRun_UnknownRun_Returns404Problem()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync("/api/runs/missing-run");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("urn:orchestrationfunctions:problem:run-not-found", (await Problem.ReadAsync(response)).Type);
    }

    [Fact]
    public async Task ListWorkflows_IncludesTheInvoiceProcessWithASampleInputThatStarts()
    {
        using HttpClient client = server.CreateSystemClient();
        JsonObject catalog = (await client.GetFromJsonAsync<JsonObject>("/api/workflows"))!;
        JsonObject invoice = catalog["workflows"]!.AsArray().Select(w => w!.AsObject()).Single(w => (string?)w["name"] == "InvoiceApprovalWorkflow");

        using HttpResponseMessage started = await client.PostAsJsonAsync("/api/workflows/InvoiceApprovalWorkflow", invoice["sampleInput"]);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
    }
}

public sealed class RunViewTestsOnEngine(DevServerFactory server) : RunViewTests<DevServerFactory>(server);

public sealed class RunViewTestsOnDurableTask(DurableDevServerFactory server) : RunViewTests<DurableDevServerFactory>(server);
