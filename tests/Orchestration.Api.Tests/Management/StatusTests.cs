using System.Net;
using System.Text.Json.Nodes;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Management;

public abstract class StatusTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private const string Base = "/runtime/webhooks/durabletask/instances";

    [Fact]
    public async Task GetStatus_RunningRun_Returns202WithLocationAndRetryAfter()
    {
        string id = await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("C-1", 120m), "status-running");
        await server.WorkflowClient.WaitForInstanceStartAsync(id);
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"{Base}/{id}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.EndsWith($"{Base}/{id}", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task GetStatus_CompletedRun_Returns200WithOutput()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("done", 3), "status-completed");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}", HttpStatusCode.OK);

        Assert.Equal("Completed", (string?)status["runtimeStatus"]);
        Assert.Equal("DONE", (string?)status["output"]!["message"]);
    }

    [Fact]
    public async Task GetStatus_ShowInputFalse_OmitsTheInput()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("secret", 1), "status-noinput");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}?showInput=false", HttpStatusCode.OK);

        Assert.Null(status["input"]);
    }

    [Fact]
    public async Task GetStatus_ShowHistory_ListsEventsWithoutResultsUnlessAsked()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("history", 1), "status-history");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}?showHistory=true", HttpStatusCode.OK);

        JsonObject[] completed = [.. status["historyEvents"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["EventType"] == "TaskCompleted")];
        Assert.Equal(
            server.ServesHistory ? [("ShoutActivity", false)] : [],
            completed.Select(e => ((string?)e["FunctionName"], e.ContainsKey("Result") && e["Result"] is not null)));
    }

    [Fact]
    public async Task GetStatus_ShowHistoryOutput_IncludesTaskResults()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("output", 1), "status-history-output");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}?showHistory=true&showHistoryOutput=true", HttpStatusCode.OK);

        JsonObject[] completed = [.. status["historyEvents"]!.AsArray().Select(e => e!.AsObject()).Where(e => (string?)e["EventType"] == "TaskCompleted")];
        Assert.Equal(server.ServesHistory ? ["OUTPUT"] : [], completed.Select(e => (string?)e["Result"]!["message"]));
    }

    [Fact]
    public async Task GetStatus_FailedRunWithReturnInternalServerErrorOnFailure_Returns500()
    {
        string id = await server.StartAsync(TestWorkflows.Failing, new EchoRequest("boom", 1), "status-failed");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}?returnInternalServerErrorOnFailure=true", HttpStatusCode.InternalServerError);

        Assert.Equal("Failed", (string?)status["runtimeStatus"]);
        Assert.Contains("The ledger refused 'boom'", (string?)status["output"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStatus_FailedRun_Returns200ByDefault()
    {
        string id = await server.StartAsync(TestWorkflows.Failing, new EchoRequest("boom", 1), "status-failed-200");
        await server.WaitForCompletionAsync(id);

        JsonObject status = await GetJsonAsync($"{Base}/{id}", HttpStatusCode.OK);

        Assert.Equal("Failed", (string?)status["runtimeStatus"]);
    }

    [Fact]
    public async Task GetStatus_UnknownRun_Returns404()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"{Base}/no-such-run");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetStatus_BadFlag_Returns400NamingTheParameter()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"{Base}/any?showHistory=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("showHistory", (await Problem.ReadAsync(response)).Errors!.Keys);
    }

    private async Task<JsonObject> GetJsonAsync(string path, HttpStatusCode expected)
    {
        using HttpClient client = server.CreateSystemClient();
        using HttpResponseMessage response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }
}

public sealed class StatusTestsOnEngine(DevServerFactory server) : StatusTests<DevServerFactory>(server);

public sealed class StatusTestsOnDurableTask(DurableDevServerFactory server) : StatusTests<DurableDevServerFactory>(server);
