using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestration.Abstractions;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Governance;

/// <summary>Each test flips switches on a dev server of its own: the switches persist in its data folder.</summary>
public sealed class KillSwitchTests : IAsyncDisposable
{
    private readonly DevServerFactory server = new();

    [Fact]
    public async Task Start_WorkflowSwitchEngaged_Returns409KillSwitchEngaged()
    {
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();

        using HttpResponseMessage response = await StartEchoAsync("ks-refused");

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal((409, "urn:orchestrationfunctions:problem:kill-switch-engaged"), (problem.Status, problem.Type));
    }

    [Fact]
    public async Task Start_WorkflowSwitchEngaged_StartsNothing()
    {
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();

        using HttpResponseMessage response = await StartEchoAsync("ks-nothing");

        Assert.Null(await server.WorkflowClient.GetInstanceAsync("ks-nothing"));
    }

    [Fact]
    public async Task Start_OtherWorkflowWhileSwitchEngaged_Returns202()
    {
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.PostAsJsonAsync(
            $"/api/workflows/{TestWorkflows.WaitForApproval}/ks-other", new ApprovalCase("ks-other", 10m));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Start_WorkflowSwitchReleased_RunStartsAndCompletes()
    {
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();
        (await KillSwitchClient.ReleaseAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();

        using HttpResponseMessage response = await StartEchoAsync("ks-released");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(WorkflowRuntimeStatus.Completed, (await server.WaitForCompletionAsync("ks-released")).RuntimeStatus);
    }

    [Fact]
    public async Task Engage_SwitchOn_IsListedWithItsActorAndReason()
    {
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo)).EnsureSuccessStatusCode();
        using HttpClient client = server.CreateSystemClient();

        JsonObject switches = (await client.GetFromJsonAsync<JsonObject>(KillSwitchClient.Path))!;

        JsonNode engaged = switches["engaged"]!.AsArray().Single()!;
        Assert.Equal(
            (TestWorkflows.Echo, KillSwitchClient.Actor, "supplier fraud alert"),
            ((string?)engaged["target"], (string?)engaged["actor"], (string?)engaged["reason"]));
    }

    [Fact]
    public async Task Engage_SuspendRunning_SuspendsTheWorkflowsRunningRuns()
    {
        string[] ids = [await StartWaitingAsync("ks-suspend-1"), await StartWaitingAsync("ks-suspend-2")];

        (await KillSwitchClient.EngageAsync(server, TestWorkflows.WaitForApproval, suspendRunning: true)).EnsureSuccessStatusCode();

        Assert.Equal([WorkflowRuntimeStatus.Suspended, WorkflowRuntimeStatus.Suspended], await StatusesWhenIdleAsync(ids));
    }

    [Fact]
    public async Task Engage_SuspendRunning_LeavesOtherWorkflowsRunning()
    {
        string id = await StartWaitingAsync("ks-untouched");

        (await KillSwitchClient.EngageAsync(server, TestWorkflows.Echo, suspendRunning: true)).EnsureSuccessStatusCode();

        Assert.Equal([WorkflowRuntimeStatus.Running], await StatusesWhenIdleAsync([id]));
    }

    [Fact]
    public async Task Release_SwitchThatSuspendedRuns_ResumesThem()
    {
        string[] ids = [await StartWaitingAsync("ks-resume-1"), await StartWaitingAsync("ks-resume-2")];
        (await KillSwitchClient.EngageAsync(server, TestWorkflows.WaitForApproval, suspendRunning: true)).EnsureSuccessStatusCode();
        await StatusesWhenIdleAsync(ids);

        (await KillSwitchClient.ReleaseAsync(server, TestWorkflows.WaitForApproval)).EnsureSuccessStatusCode();

        Assert.Equal([WorkflowRuntimeStatus.Running, WorkflowRuntimeStatus.Running], await StatusesWhenIdleAsync(ids));
    }

    [Fact]
    public async Task Release_SwitchNotEngaged_Returns409Problem()
    {
        using HttpResponseMessage response = await KillSwitchClient.ReleaseAsync(server, TestWorkflows.Echo);

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal((409, "urn:orchestrationfunctions:problem:kill-switch-unchanged"), (problem.Status, problem.Type));
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task<HttpResponseMessage> StartEchoAsync(string id)
    {
        using HttpClient client = server.CreateSystemClient();
        return await client.PostAsJsonAsync($"/api/workflows/{TestWorkflows.Echo}/{id}", new EchoRequest("hold", 1));
    }

    private async Task<string> StartWaitingAsync(string id)
    {
        await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase(id, 5_000m), id);
        await server.WorkflowClient.WaitForInstanceStartAsync(id);
        return id;
    }

    // Suspend and resume are messages the run's next episode applies: wait for the engine to be idle, then read.
    private async Task<WorkflowRuntimeStatus[]> StatusesWhenIdleAsync(string[] ids)
    {
        await server.WaitForIdleAsync();
        List<WorkflowRuntimeStatus> statuses = [];
        foreach (string id in ids)
        {
            statuses.Add((await server.WorkflowClient.GetInstanceAsync(id))!.RuntimeStatus);
        }

        return [.. statuses];
    }
}
