using System.Net;
using System.Net.Http.Json;
using System.Text;
using Orchestration.Abstractions;
using Orchestration.Api.Management;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Management;

public abstract class OperationTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private const string Base = "/runtime/webhooks/durabletask/instances";
    private static readonly ApprovalAnswer Yes = new(true, "maria.lopez@contoso.example");

    [Fact]
    public async Task RaiseEvent_WaitingRun_Returns202AndTheRunCompletesWithThePayload()
    {
        string id = await StartWaitingAsync("raise-ok");
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync($"{Base}/{id}/raiseEvent/{TestWorkflows.ApprovalEvent}", Yes);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(Yes, (await server.WaitForCompletionAsync(id)).ReadOutputAs<ApprovalAnswer>());
    }

    [Fact]
    public async Task RaiseEvent_NonJsonContentType_Returns400()
    {
        string id = await StartWaitingAsync("raise-text");
        using HttpClient client = server.CreateSystemClient();
        using StringContent text = new("approved", Encoding.UTF8, "text/plain");

        using HttpResponseMessage response = await client.PostAsync($"{Base}/{id}/raiseEvent/{TestWorkflows.ApprovalEvent}", text);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_InvalidJson_Returns400()
    {
        string id = await StartWaitingAsync("raise-badjson");
        using HttpClient client = server.CreateSystemClient();
        using StringContent json = new("{\"approved\": tru", Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await client.PostAsync($"{Base}/{id}/raiseEvent/{TestWorkflows.ApprovalEvent}", json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_UnknownRun_Returns404()
    {
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync($"{Base}/nobody/raiseEvent/{TestWorkflows.ApprovalEvent}", Yes);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RaiseEvent_FinishedRun_Returns410()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("x", 1), "raise-finished");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync($"{Base}/{id}/raiseEvent/{TestWorkflows.ApprovalEvent}", Yes);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Fact]
    public async Task Terminate_RunningRun_Returns202AndTheReasonBecomesTheOutput()
    {
        string id = await StartWaitingAsync("terminate-ok");

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync($"{Base}/{id}/terminate?reason=duplicate%20invoice"));

        WorkflowMetadata run = await server.WaitForCompletionAsync(id);
        Assert.Equal((WorkflowRuntimeStatus.Terminated, "duplicate invoice"), (run.RuntimeStatus, run.ReadOutputAs<string>()));
    }

    [Fact]
    public async Task Terminate_FinishedRun_Returns410()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("x", 1), "terminate-finished");
        await server.WaitForCompletionAsync(id);

        Assert.Equal(HttpStatusCode.Gone, await PostAsync($"{Base}/{id}/terminate?reason=late"));
    }

    [Fact]
    public async Task Suspend_RunningRun_Returns202AndTheRunIsSuspended()
    {
        string id = await StartWaitingAsync("suspend-ok");

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync($"{Base}/{id}/suspend?reason=audit"));

        Assert.Equal(WorkflowRuntimeStatus.Suspended, (await server.WaitForStatusAsync(id, WorkflowRuntimeStatus.Suspended)).RuntimeStatus);
    }

    [Fact]
    public async Task Resume_SuspendedRun_Returns202AndTheRunRunsAgain()
    {
        string id = await StartWaitingAsync("resume-ok");
        await PostAsync($"{Base}/{id}/suspend?reason=audit");
        await server.WaitForStatusAsync(id, WorkflowRuntimeStatus.Suspended);

        Assert.Equal(HttpStatusCode.Accepted, await PostAsync($"{Base}/{id}/resume?reason=cleared"));

        Assert.Equal(WorkflowRuntimeStatus.Running, (await server.WaitForStatusAsync(id, WorkflowRuntimeStatus.Running)).RuntimeStatus);
    }

    [Fact]
    public async Task Restart_FinishedRun_Returns202WithANewRunOfTheSameInput()
    {
        string id = await server.StartAsync(TestWorkflows.Echo, new EchoRequest("again", 4), "restart-source");
        await server.WaitForCompletionAsync(id);
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsync($"{Base}/{id}/restart", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        ManagementPayload restarted = (await response.Content.ReadFromJsonAsync<ManagementPayload>())!;
        Assert.NotEqual(id, restarted.Id);
        Assert.Equal(new EchoReply("AGAIN", 4), (await server.WaitForCompletionAsync(restarted.Id)).ReadOutputAs<EchoReply>());
    }

    [Fact]
    public async Task Rewind_RunThatDidNotFail_Returns412()
    {
        string id = await StartWaitingAsync("rewind-running");

        Assert.Equal(HttpStatusCode.PreconditionFailed, await PostAsync($"{Base}/{id}/rewind?reason=retry"));
    }

    private async Task<string> StartWaitingAsync(string id)
    {
        await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase(id, 5_000m), id);
        await server.WorkflowClient.WaitForInstanceStartAsync(id);
        return id;
    }

    private async Task<HttpStatusCode> PostAsync(string path)
    {
        using HttpClient client = server.CreateSystemClient();
        using HttpResponseMessage response = await client.PostAsync(path, null);
        return response.StatusCode;
    }
}

public sealed class OperationTestsOnEngine(DevServerFactory server) : OperationTests<DevServerFactory>(server);

public sealed class OperationTestsOnDurableTask(DurableDevServerFactory server) : OperationTests<DurableDevServerFactory>(server);
