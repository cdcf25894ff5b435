using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestration.Abstractions;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Management;

// A server of its own: purge-many deletes by time, so other classes' runs must not share it.
public abstract class PurgeManyTests<TServer>(TServer server) : IClassFixture<TServer>
    where TServer : DevServerFactory
{
    private const string Base = "/runtime/webhooks/durabletask/instances";

    [Fact]
    public async Task PurgeMany_CompletedRunsInRange_DeletesThemAndKeepsRunningOnes()
    {
        DateTimeOffset from = (await server.WorkflowClient.GetInstanceAsync(
            await server.StartAsync(TestWorkflows.WaitForApproval, new ApprovalCase("P-3", 1m), "bulk-running")))!.CreatedAt;
        await server.WaitForCompletionAsync(await server.StartAsync(TestWorkflows.Echo, new EchoRequest("b", 1), "bulk-done"));
        using HttpClient client = server.CreateSystemClient();

        using HttpResponseMessage response = await client.DeleteAsync($"{Base}?createdTimeFrom={Uri.EscapeDataString(from.ToString("O"))}&runtimeStatus=Completed");

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonObject>())!["instancesDeleted"]!.GetValue<int>());
        Assert.Equal(WorkflowRuntimeStatus.Running, (await server.WorkflowClient.GetInstanceAsync("bulk-running"))!.RuntimeStatus);
    }
}

public sealed class PurgeManyTestsOnEngine(DevServerFactory server) : PurgeManyTests<DevServerFactory>(server);

public sealed class PurgeManyTestsOnDurableTask(DurableDevServerFactory server) : PurgeManyTests<DurableDevServerFactory>(server);
