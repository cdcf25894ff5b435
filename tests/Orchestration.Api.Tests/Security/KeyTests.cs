using System.Net;
using System.Net.Http.Json;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Security;

public abstract class KeyTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private static readonly EchoRequest Hello = new("hello", 1);

    [Fact]
    public async Task Start_WithoutKey_Returns401AndStartsNothing()
    {
        using HttpClient anonymous = server.CreateKeyedClient(null);

        using HttpResponseMessage response = await anonymous.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}/anonymous-1", Hello);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("urn:orchestrationfunctions:problem:unauthorized", (await Problem.ReadAsync(response)).Type);
        Assert.Null(await server.WorkflowClient.GetInstanceAsync("anonymous-1"));
    }

    [Fact]
    public async Task Start_WithTheWorkflowsOwnStarterKey_Returns202()
    {
        using HttpClient starter = server.CreateKeyedClient(DevServerFactory.EchoStarterKey);

        using HttpResponseMessage response = await starter.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}", Hello);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Start_WithTheDefaultKeyWhereTheWorkflowHasItsOwn_Returns401()
    {
        using HttpClient starter = server.CreateKeyedClient(DevServerFactory.StarterKey);

        using HttpResponseMessage response = await starter.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}", Hello);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_WithAnotherWorkflowsStarterKey_Returns401()
    {
        using HttpClient starter = server.CreateKeyedClient(DevServerFactory.EchoStarterKey);

        using HttpResponseMessage response = await starter.PostAsJsonAsync($"/api/workflows/{TestWorkflows.WaitForApproval}", new ApprovalCase("C-7", 1m));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Start_WithKeyInCodeQueryParameter_Returns202()
    {
        using HttpClient anonymous = server.CreateKeyedClient(null);

        using HttpResponseMessage response = await anonymous.PostAsJsonAsync($"/api/workflows/{TestWorkflows.WaitForApproval}?code={DevServerFactory.StarterKey}", new ApprovalCase("C-8", 1m));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/runs")]
    [InlineData("/api/workflows")]
    [InlineData("/runtime/webhooks/durabletask/instances")]
    public async Task ManagementRead_WithStarterKey_Returns401(string path)
    {
        using HttpClient starter = server.CreateKeyedClient(DevServerFactory.StarterKey);

        using HttpResponseMessage response = await starter.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Terminate_WithoutKey_Returns401AndTheRunIsNotTerminated()
    {
        string id = await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("C-9", 5m), "keyless-terminate");
        using HttpClient anonymous = server.CreateKeyedClient(null);

        using HttpResponseMessage response = await anonymous.PostAsync($"/runtime/webhooks/durabletask/instances/{id}/terminate?reason=x", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        // Had the terminate been applied, the run could no longer finish on its approval.
        await server.WorkflowClient.RaiseEventAsync(id, TestWorkflows.ApprovalEvent, new ApprovalAnswer(true, "maria.lopez@contoso.example"));
        Assert.Equal(Orchestration.Abstractions.WorkflowRuntimeStatus.Completed, (await server.WaitForCompletionAsync(id)).RuntimeStatus);
    }

    [Fact]
    public async Task Management_WithWrongKey_Returns401()
    {
        using HttpClient wrong = server.CreateKeyedClient(DevServerFactory.SystemKey + "x");

        using HttpResponseMessage response = await wrong.GetAsync("/runtime/webhooks/durabletask/instances");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}

public sealed class KeyTestsOnEngine(DevServerFactory server) : KeyTests<DevServerFactory>(server);

public sealed class KeyTestsOnDurableTask(DurableDevServerFactory server) : KeyTests<DurableDevServerFactory>(server);
