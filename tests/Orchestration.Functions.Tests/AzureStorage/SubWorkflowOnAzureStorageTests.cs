using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

[Collection(AzureStorageTaskHubs.Name)]
public sealed class SubWorkflowOnAzureStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task CallSubWorkflowAsync_OnAzureStorage_ReturnsTheChildOutput()
    {
        await using DurableWorkflowTestHost host = await DurableWorkflowTestHost.StartAsync(
            registry => registry
                .AddWorkflow<string, string>("Parent", (context, text) => context.CallSubWorkflowAsync<string>("Child", text))
                .AddWorkflow<string, string>("Child", (context, text) => context.CallActivityAsync<string>("Shout", text))
                .AddActivity<string, string>("Shout", (_, text) => Task.FromResult(text.ToUpperInvariant())),
            AzureStorageTaskHubs.On(azurite));
        string id = await host.Client.ScheduleNewWorkflowAsync("Parent", "invoice INV-2025-0042 posted");

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal("\"INVOICE INV-2025-0042 POSTED\"", run.SerializedOutput);
    }
}
