using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Api.Governance;
using Orchestration.Api.Tests.Infrastructure;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Policies;

namespace Orchestration.Api.Tests.Governance;

public sealed class GovernanceTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task ListAgents_WithKey_ListsEveryRegisteredAgentWithItsVersion()
    {
        using HttpClient client = server.CreateSystemClient();

        JsonObject registry = (await client.GetFromJsonAsync<JsonObject>("/api/governance/agents"))!;

        string[] expected = [.. server.Services.GetRequiredService<AgentRegistry>().Agents.Select(agent => $"{agent.Id}@{agent.Version}")];
        Assert.NotEmpty(expected);
        Assert.Equal(expected, registry["agents"]!.AsArray().Select(agent => $"{agent!["id"]}@{agent["version"]}"));
    }

    [Fact]
    public async Task ListAgents_WithKey_ListsTheExemptPlatformActivities()
    {
        using HttpClient client = server.CreateSystemClient();

        JsonObject registry = (await client.GetFromJsonAsync<JsonObject>("/api/governance/agents"))!;

        Assert.Contains(TestWorkflows.ShoutActivity, registry["exempt"]!.AsArray().Select(name => (string?)name));
    }

    [Fact]
    public async Task ListPolicies_WithKey_ListsEveryLoadedBundleWithVersionAndDigest()
    {
        using HttpClient client = server.CreateSystemClient();

        JsonObject policies = (await client.GetFromJsonAsync<JsonObject>("/api/governance/policies"))!;

        string[] expected = [.. server.Services.GetRequiredService<PolicyBundleCatalog>().All.Select(bundle => $"{bundle.Id}@{bundle.Version} {bundle.Digest}")];
        Assert.NotEmpty(expected);
        Assert.Equal(expected, policies["versions"]!.AsArray().Select(bundle => $"{bundle!["id"]}@{bundle["version"]} {bundle["digest"]}"));
    }

    [Fact]
    public async Task ListPolicies_WithKey_ShowsTheActiveBundlesWithTheirRules()
    {
        using HttpClient client = server.CreateSystemClient();

        JsonObject policies = (await client.GetFromJsonAsync<JsonObject>("/api/governance/policies"))!;

        PolicyBundle[] active = [.. server.Services.GetRequiredService<PolicyBundleCatalog>().Active];
        Assert.Equal(
            active.Select(bundle => (bundle.Id, bundle.Rules.Count)),
            policies["active"]!.AsArray().Select(bundle => ((string)bundle!["id"]!, bundle["rules"]!.AsArray().Count)));
    }

    [Fact]
    public async Task ListKillSwitches_NoneFlipped_ListsNoneEngaged()
    {
        using HttpClient client = server.CreateSystemClient();

        JsonObject switches = (await client.GetFromJsonAsync<JsonObject>(KillSwitchClient.Path))!;

        Assert.Empty(switches["engaged"]!.AsArray());
    }

    [Fact]
    public async Task FlipKillSwitch_BadFields_Returns400NamingEachOne()
    {
        using HttpResponseMessage response = await KillSwitchClient.PostAsync(server, new { action = "stop", scope = "planet" });

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["action", "reason", "scope"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FlipKillSwitch_WorkflowScopeWithoutTarget_Returns400NamingTarget()
    {
        using HttpResponseMessage response = await KillSwitchClient.PostAsync(server, new { action = "engage", scope = "workflow", reason = "audit" });

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["target"], problem.Errors!.Keys);
    }

    [Fact]
    public async Task FlipKillSwitch_MissingActor_Returns400NamingTheActorHeader()
    {
        using HttpResponseMessage response = await KillSwitchClient.PostAsync(
            server, new { action = "engage", scope = "workflow", target = TestWorkflows.Echo, reason = "audit" }, actor: null);

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal([GovernanceHandlers.ActorHeader], problem.Errors!.Keys);
    }

    [Fact]
    public async Task FlipKillSwitch_BodyNotJson_Returns400NamingTheBody()
    {
        using HttpClient client = server.CreateSystemClient();
        client.DefaultRequestHeaders.Add(GovernanceHandlers.ActorHeader, KillSwitchClient.Actor);
        using StringContent body = new("{\"action\": engage", Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await client.PostAsync(KillSwitchClient.Path, body);

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal(400, problem.Status);
        Assert.Equal(["body"], problem.Errors!.Keys);
    }

    [Fact]
    public async Task OpenApiDocument_GovernanceRoutes_AreNamedAndTagged()
    {
        using HttpClient client = server.CreateKeyedClient(null);

        JsonObject paths = (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!["paths"]!.AsObject();

        Assert.Equal(
            [("ListAgents", "Governance"), ("ListPolicies", "Governance"), ("ListKillSwitches", "Governance"), ("FlipKillSwitch", "Governance")],
            new[] { ("/api/governance/agents", "get"), ("/api/governance/policies", "get"), (KillSwitchClient.Path, "get"), (KillSwitchClient.Path, "post") }
                .Select(route => ((string?)paths[route.Item1]![route.Item2]!["operationId"], (string?)paths[route.Item1]![route.Item2]!["tags"]![0])));
    }

    [Theory]
    [InlineData("GET", "/api/governance/agents")]
    [InlineData("GET", "/api/governance/policies")]
    [InlineData("GET", KillSwitchClient.Path)]
    [InlineData("POST", KillSwitchClient.Path)]
    public async Task GovernanceRoute_NoKey_Returns401Problem(string method, string path)
    {
        using HttpClient client = server.CreateKeyedClient(null);
        using HttpRequestMessage request = new(new HttpMethod(method), path);

        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(401, (await Problem.ReadAsync(response)).Status);
    }
}
