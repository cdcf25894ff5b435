using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;
using Orchestration.Abstractions;
using Orchestration.Api.Tests.Infrastructure;
using Orchestration.Evidence.Packs;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Api.Tests.Evidence;

public sealed class EvidenceTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task GetEvidence_FinishedRun_ReturnsThePackWithEveryRecord()
    {
        string id = await FinishedRunAsync("evidence-json");
        using HttpClient client = server.CreateSystemClient();

        EvidencePack pack = EvidencePackJson.Parse(await client.GetStringAsync($"/api/runs/{id}/evidence"));

        Assert.Equal(
            (id, TestWorkflows.Evidenced, TestWorkflows.EvidencedRecordsBeforeSeal + 1),
            (pack.RunId, pack.WorkflowName, pack.Records.Count));
    }

    [Fact]
    public async Task GetEvidence_FinishedRun_CarriesTheSealOverTheRecords()
    {
        string id = await FinishedRunAsync("evidence-seal");
        using HttpClient client = server.CreateSystemClient();

        EvidencePack pack = EvidencePackJson.Parse(await client.GetStringAsync($"/api/runs/{id}/evidence"));

        Assert.Equal((long)TestWorkflows.EvidencedRecordsBeforeSeal, pack.Seal?.RecordCount);
    }

    [Fact]
    public async Task GetEvidence_AcceptPrefersHtml_ReturnsTheHtmlReport()
    {
        string id = await FinishedRunAsync("evidence-html");
        using HttpClient client = server.CreateSystemClient();
        using HttpRequestMessage request = new(HttpMethod.Get, $"/api/runs/{id}/evidence");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(("text/html", true), (response.Content.Headers.ContentType?.MediaType, (await response.Content.ReadAsStringAsync()).Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetEvidence_AcceptAnything_ReturnsJson()
    {
        string id = await FinishedRunAsync("evidence-any");
        using HttpClient client = server.CreateSystemClient();
        using HttpRequestMessage request = new(HttpMethod.Get, $"/api/runs/{id}/evidence");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Verify_FinishedRun_SaysIntactAndSealed()
    {
        string id = await FinishedRunAsync("evidence-verify");
        using HttpClient client = server.CreateSystemClient();

        JsonObject result = (await client.GetFromJsonAsync<JsonObject>($"/api/runs/{id}/verify"))!;

        Assert.Equal((true, true, false), ((bool?)result["isIntact"], (bool?)result["isSealed"], result["problem"] is not null));
    }

    [Theory]
    [InlineData("evidence")]
    [InlineData("verify")]
    public async Task EvidenceRoute_UnknownRun_Returns404Problem(string route)
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"/api/runs/no-such-run/{route}");

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal((404, "urn:orchestrationfunctions:problem:unknown-run"), (problem.Status, problem.Type));
    }

    [Fact]
    public async Task GetEvidence_RunThatRecordedNothing_Returns404Problem()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("quiet", 1), "evidence-none");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.GetAsync($"/api/runs/{id}/evidence");

        Assert.Equal(404, (await Problem.ReadAsync(response)).Status);
    }

    [Fact]
    public async Task GetEvidence_StoreAccountUnreachable_Returns503Problem()
    {
        await using WebApplicationFactory<Program> unreachable = server.WithWebHostBuilder(builder => builder
            .UseSetting("Evidence:Store", "Table")
            .UseSetting("Evidence:ConnectionString", StorageConnectionStrings.ClosedPort())
            .UseSetting("Evidence:MaxRetries", "0"));
        using HttpClient client = unreachable.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", DevServerFactory.SystemKey);

        using HttpResponseMessage response = await client.GetAsync("/api/runs/invoice-run-7/evidence");

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal((503, "urn:orchestrationfunctions:problem:evidence-store-unavailable"), (problem.Status, problem.Type));
    }

    [Theory]
    [InlineData("evidence")]
    [InlineData("verify")]
    public async Task EvidenceRoute_NoKey_Returns401Problem(string route)
    {
        string id = await FinishedRunAsync($"evidence-nokey-{route}");
        using HttpClient client = server.CreateKeyedClient(null);

        using HttpResponseMessage response = await client.GetAsync($"/api/runs/{id}/{route}");

        Assert.Equal(401, (await Problem.ReadAsync(response)).Status);
    }

    [Fact]
    public async Task OpenApiDocument_EvidenceRoutes_AreNamedAndTagged()
    {
        using HttpClient client = server.CreateKeyedClient(null);

        JsonObject paths = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!.AsObject();

        Assert.Equal(
            [("GetRunEvidence", "Evidence"), ("VerifyRunEvidence", "Evidence")],
            new[] { "/api/runs/{id}/evidence", "/api/runs/{id}/verify" }.Select(path =>
                ((string?)paths[path]!["get"]!["operationId"], (string?)paths[path]!["get"]!["tags"]![0])));
    }

    private async Task<string> FinishedRunAsync(string id)
    {
        await server.StartAsync(TestWorkflows.Evidenced, new EchoRequest("audited", 2), id);
        WorkflowMetadata run = await server.WaitForCompletionAsync(id);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        return id;
    }
}
