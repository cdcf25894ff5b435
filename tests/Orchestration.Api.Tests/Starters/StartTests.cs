using System.Net;
using System.Net.Http.Json;
using Orchestration.Abstractions;
using Orchestration.Api.Management;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Starters;

public abstract class StartTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private static readonly EchoRequest Hello = new("hello", 2);

    [Fact]
    public async Task Start_ValidInput_Returns202WithLocationOfTheStatus()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}", Hello);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        ManagementPayload answer = (await response.Content.ReadFromJsonAsync<ManagementPayload>())!;
        Assert.Equal(answer.StatusQueryGetUri, response.Headers.Location!.ToString());
        Assert.Equal(WorkflowRuntimeStatus.Completed, (await server.WaitForCompletionAsync(answer.Id)).RuntimeStatus);
    }

    [Fact]
    public async Task Start_WithInstanceId_RunsUnderThatId()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, Hello, "order-4711");

        Assert.Equal("order-4711", id);
        Assert.Equal("HELLO", (await server.WaitForCompletionAsync(id)).ReadOutputAs<EchoReply>()!.Message);
    }

    [Fact]
    public async Task Start_SameInstanceIdTwice_Returns409AndStartsNoSecondRun()
    {
        await server.StartAsync(TestWorkflows.Echo, Hello, "twice-1");
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage second = await client.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}/twice-1", new EchoRequest("other", 9));

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("urn:orchestrationfunctions:problem:run-exists", (await Problem.ReadAsync(second)).Type);
        Assert.Equal(2, (await server.WaitForCompletionAsync("twice-1")).ReadOutputAs<EchoReply>()!.Count);
    }

    [Fact]
    public async Task Start_RetriedWithSameIdempotencyKey_ReturnsSameAnswerAndOneRun()
    {
        using HttpClient client = server.CreateSystemClient();

        ManagementPayload first = await StartIdempotentAsync(client, "erp-batch-0001", Hello, HttpStatusCode.Accepted);
        ManagementPayload retried = await StartIdempotentAsync(client, "erp-batch-0001", Hello, HttpStatusCode.Accepted);

        Assert.Equal(first, retried);
        WorkflowPage runs = await server.WorkflowClient.ListInstancesAsync(new WorkflowQuery(InstanceIdPrefix: first.Id));
        Assert.Single(runs.Values);
    }

    [Fact]
    public async Task Start_IdempotencyKeyReusedWithOtherInput_Returns422()
    {
        using HttpClient client = server.CreateSystemClient();
        await StartIdempotentAsync(client, "erp-batch-0002", Hello, HttpStatusCode.Accepted);

        using HttpRequestMessage request = IdempotentRequest("erp-batch-0002", new EchoRequest("changed", 3));
        using HttpResponseMessage response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("urn:orchestrationfunctions:problem:idempotency-key-reused", (await Problem.ReadAsync(response)).Type);
    }

    [Fact]
    public async Task Start_GateRefuses_Returns409WithItsReasonAndStartsNothing()
    {
        server.Gate.ClosedFor = TestWorkflows.WaitForApproval;
        try
        {
            using HttpClient client = server.CreateSystemClient();
            using HttpResponseMessage response = await client.PostAsJsonAsync($"/api/workflows/{TestWorkflows.WaitForApproval}/gated-1", new ApprovalCase("C-1", 10m));

            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Problem problem = await Problem.ReadAsync(response);
            Assert.Equal("urn:orchestrationfunctions:problem:kill-switch-engaged", problem.Type);
            Assert.Null(await server.WorkflowClient.GetInstanceAsync("gated-1"));
        }
        finally
        {
            server.Gate.ClosedFor = null;
        }
    }

    private static async Task<ManagementPayload> StartIdempotentAsync(HttpClient client, string key, EchoRequest input, HttpStatusCode expected)
    {
        using HttpRequestMessage request = IdempotentRequest(key, input);
        using HttpResponseMessage response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ManagementPayload>())!;
    }

    private static HttpRequestMessage IdempotentRequest(string key, EchoRequest input)
    {
        HttpRequestMessage request = new(HttpMethod.Post, $"/api/workflows/{TestWorkflows.Echo}") { Content = JsonContent.Create(input) };
        request.Headers.Add("Idempotency-Key", key);
        return request;
    }
}

public sealed class StartTestsOnEngine(DevServerFactory server) : StartTests<DevServerFactory>(server);

public sealed class StartTestsOnDurableTask(DurableDevServerFactory server) : StartTests<DurableDevServerFactory>(server);
