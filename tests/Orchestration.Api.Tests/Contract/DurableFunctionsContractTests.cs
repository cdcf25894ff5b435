using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Contract;

/// <summary>
/// The payloads match Durable Functions' HTTP API as documented in shared/reference/azure-durable-functions-api.md
/// section 4, so clients and scripts written against a Function app work unchanged against the dev server.
/// </summary>
public sealed class DurableFunctionsContractTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    private static readonly string[] PayloadFields =
        ["id", "statusQueryGetUri", "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "restartPostUri", "suspendPostUri", "resumePostUri"];

    private static readonly string[] StatusFields =
        ["name", "instanceId", "runtimeStatus", "input", "customStatus", "output", "createdTime", "lastUpdatedTime"];

    [Fact]
    public async Task ManagementPayload_HasTheHostsFieldsAllStrings()
    {
        JsonObject payload = await StartAsync("contract-fields");

        Assert.Equal(PayloadFields.Order(StringComparer.Ordinal), payload.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(payload, p => Assert.Equal(JsonValueKind.String, p.Value!.GetValueKind()));
    }

    [Theory]
    [InlineData("statusQueryGetUri", "/runtime/webhooks/durabletask/instances/contract-urls?taskHub=")]
    [InlineData("sendEventPostUri", "/runtime/webhooks/durabletask/instances/contract-urls/raiseEvent/{eventName}?taskHub=")]
    [InlineData("terminatePostUri", "/runtime/webhooks/durabletask/instances/contract-urls/terminate?reason={text}&taskHub=")]
    [InlineData("suspendPostUri", "/runtime/webhooks/durabletask/instances/contract-urls/suspend?reason={text}&taskHub=")]
    [InlineData("resumePostUri", "/runtime/webhooks/durabletask/instances/contract-urls/resume?reason={text}&taskHub=")]
    [InlineData("purgeHistoryDeleteUri", "/runtime/webhooks/durabletask/instances/contract-urls?taskHub=")]
    public async Task ManagementPayload_UrlHasTheHostsForm(string field, string expectedPathAndQueryStart)
    {
        JsonObject payload = await StartAsync("contract-urls");

        string url = (string)payload[field]!;

        Assert.StartsWith("http://localhost" + expectedPathAndQueryStart, url, StringComparison.Ordinal);
        Assert.Contains("&connection=Storage&code=", url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_HasTheHostsFieldsAndTypes()
    {
        string id = (string)(await StartAsync("contract-status"))["id"]!;
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        JsonObject status = (await client.GetFromJsonAsync<JsonObject>($"/runtime/webhooks/durabletask/instances/{id}"))!;

        Assert.Equal(StatusFields.Order(StringComparer.Ordinal), status.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, status["input"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Object, status["output"]!.GetValueKind());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", (string)status["createdTime"]!);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", (string)status["lastUpdatedTime"]!);
    }

    [Fact]
    public async Task StatusHistory_UsesPascalCaseEntriesAndFoldsScheduling()
    {
        string id = (string)(await StartAsync("contract-history"))["id"]!;
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        JsonObject status = (await client.GetFromJsonAsync<JsonObject>($"/runtime/webhooks/durabletask/instances/{id}?showHistory=true"))!;

        string[] types = [.. status["historyEvents"]!.AsArray().Select(e => (string)e!["EventType"]!)];
        Assert.Equal(["ExecutionStarted", "TaskCompleted", "ExecutionCompleted"], types);
        Assert.All(status["historyEvents"]!.AsArray(), e => Assert.NotNull(e!["Timestamp"]));
    }

    [Fact]
    public async Task List_ReturnsAJsonArrayOfStatusObjects()
    {
        await StartAsync("contract-list");
        using HttpClient client = server.CreateSystemClient();

        JsonNode list = (await client.GetFromJsonAsync<JsonNode>("/runtime/webhooks/durabletask/instances?instanceIdPrefix=contract-list"))!;

        JsonObject only = Assert.Single(list.AsArray())!.AsObject();
        Assert.Equal(StatusFields.Order(StringComparer.Ordinal), only.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryRoute()
    {
        using HttpClient client = server.CreateKeyedClient(null);

        JsonObject document = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;

        string[] paths = [.. document["paths"]!.AsObject().Select(p => p.Key)];
        Assert.Contains("/api/workflows/{name}/{instanceId}", paths);
        Assert.Contains("/api/runs/{instanceId}", paths);
        Assert.Contains("/runtime/webhooks/durabletask/instances/{instanceId}/raiseEvent/{eventName}", paths);
        Assert.Contains("/runtime/webhooks/durabletask/instances/{instanceId}/terminate", paths);
    }

    // The Idempotency-Key lets every case of a theory start the same run and get the same answer.
    private async Task<JsonObject> StartAsync(string id)
    {
        using HttpClient client = server.CreateSystemClient();
        using HttpRequestMessage request = new(HttpMethod.Post, $"/api/workflows/{TestWorkflows.Echo}/{id}") { Content = JsonContent.Create(new EchoRequest("contract", 1)) };
        request.Headers.Add("Idempotency-Key", id);
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }
}
