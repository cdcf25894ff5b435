using System.Net;
using System.Net.Http.Json;
using System.Text;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Starters;

public abstract class StartValidationTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private const string Prefix = "validation-";

    [Fact]
    public async Task Start_UnknownWorkflow_Returns400NamingIt()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/workflows/NoSuchWorkflow", new EchoRequest("hi", 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal("urn:orchestrationfunctions:problem:unknown-workflow", problem.Type);
        Assert.Contains("NoSuchWorkflow", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MalformedJson_Returns400AndStartsNothing()
    {
        Problem problem = await StartRawAsync($"{Prefix}malformed", "{\"message\": \"hi\", \"count\": ");

        Assert.Equal(400, problem.Status);
        Assert.Contains("not valid JSON", problem.Errors!["$"][0], StringComparison.Ordinal);
        Assert.Null(await server.WorkflowClient.GetInstanceAsync($"{Prefix}malformed"));
    }

    [Fact]
    public async Task Start_MissingRequiredMember_Returns400NamingTheField()
    {
        Problem problem = await StartRawAsync($"{Prefix}missing", "{\"message\": \"hi\"}");

        Assert.Equal(["The required member 'count' is missing."], problem.Errors!["$.count"]);
        Assert.Null(await server.WorkflowClient.GetInstanceAsync($"{Prefix}missing"));
    }

    [Fact]
    public async Task Start_UnknownMember_Returns400NamingTheField()
    {
        Problem problem = await StartRawAsync($"{Prefix}unknown", "{\"message\": \"hi\", \"count\": 1, \"priority\": \"high\"}");

        Assert.Equal(["'priority' is not a member of EchoRequest."], problem.Errors!["$.priority"]);
    }

    [Fact]
    public async Task Start_WrongType_Returns400NamingTheField()
    {
        Problem problem = await StartRawAsync($"{Prefix}wrongtype", "{\"message\": \"hi\", \"count\": \"three\"}");

        Assert.Equal(["Expected an integer, found a string."], problem.Errors!["$.count"]);
    }

    [Fact]
    public async Task Start_NullForNonNullableMember_Returns400NamingTheField()
    {
        Problem problem = await StartRawAsync($"{Prefix}null", "{\"message\": null, \"count\": 1}");

        Assert.Equal(["Expected a string; null is not allowed."], problem.Errors!["$.message"]);
    }

    [Fact]
    public async Task Start_SeveralBadFields_NamesEveryOne()
    {
        Problem problem = await StartRawAsync($"{Prefix}several", "{\"count\": true, \"extra\": 1}");

        Assert.Equal(["$.count", "$.extra", "$.message"], problem.Errors!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Start_EmptyBodyForRequiredInput_Returns400()
    {
        Problem problem = await StartRawAsync($"{Prefix}empty", string.Empty);

        Assert.Equal(["An input of type EchoRequest is required."], problem.Errors!["$"]);
    }

    [Fact]
    public async Task Start_InvalidInstanceId_Returns400()
    {
        Problem problem = await StartRawAsync("bad%23id", "{\"message\": \"hi\", \"count\": 1}");

        Assert.Equal("urn:orchestrationfunctions:problem:bad-argument", problem.Type);
    }

    [Fact]
    public async Task Start_BodyOverOneMegabyte_Returns413()
    {
        string huge = "{\"message\": \"" + new string('x', 1024 * 1024) + "\", \"count\": 1}";

        Problem problem = await StartRawAsync($"{Prefix}huge", huge);

        Assert.Equal(413, problem.Status);
    }

    private async Task<Problem> StartRawAsync(string instanceId, string body)
    {
        using HttpClient client = server.CreateSystemClient();
        using StringContent content = new(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await client.PostAsync($"/api/workflows/{TestWorkflows.Echo}/{instanceId}", content);
        Assert.False(response.IsSuccessStatusCode);
        return await Problem.ReadAsync(response);
    }
}

public sealed class StartValidationTestsOnEngine(DevServerFactory server) : StartValidationTests<DevServerFactory>(server);

public sealed class StartValidationTestsOnDurableTask(DurableDevServerFactory server) : StartValidationTests<DurableDevServerFactory>(server);
