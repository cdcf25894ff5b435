using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;
using Orchestration.Functions.Tests.Workflows;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// Timers on Azure Storage, whose queues delay a timer message by whole seconds: a timer under a second fired at
/// once, and a longer one up to a second early, until the adapter set such timers again for what was left. The
/// invoice's ERP posting retry (200 ms, then 400 ms) waits on such timers.
/// </summary>
[Collection(AzureStorageTaskHubs.Name)]
public sealed class TimersOnAzureStorageTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task RunWorkflow_ErpTimesOutTwice_PostsOnTheThirdAttempt()
    {
        TimingOutErpGateway gateway = new(timeouts: 2);
        WorkflowMetadata run = await RunSmallInvoiceAsync(gateway);

        Assert.Equal(
            (InvoiceStatus.Posted, 2),
            (WorkflowJson.Deserialize<InvoiceOutcome>(run.SerializedOutput)!.Status, gateway.Gaps.Count));
    }

    [Fact]
    public async Task RunWorkflow_ErpTimesOutTwice_WaitsTheRetryIntervalsBetweenAttempts()
    {
        TimingOutErpGateway gateway = new(timeouts: 2);
        await RunSmallInvoiceAsync(gateway);

        Assert.Collection(
            gateway.Gaps,
            first => Assert.True(first >= TimeSpan.FromMilliseconds(200), $"The first retry came after {first.TotalMilliseconds} ms."),
            second => Assert.True(second >= TimeSpan.FromMilliseconds(400), $"The second retry came after {second.TotalMilliseconds} ms."));
    }

    [Fact]
    public async Task CreateTimer_UnderASecond_FiresNoEarlierThanAsked()
    {
        await using DurableWorkflowTestHost host = await DurableWorkflowTestHost.StartAsync(
            registry => registry.AddWorkflow<int, double>("Pause", async (context, milliseconds) =>
            {
                DateTime setAt = context.CurrentUtcDateTime;
                await context.CreateTimer(TimeSpan.FromMilliseconds(milliseconds), CancellationToken.None);
                return (context.CurrentUtcDateTime - setAt).TotalMilliseconds;
            }),
            AzureStorageTaskHubs.On(azurite));
        string id = await host.Client.ScheduleNewWorkflowAsync("Pause", 300);

        double waited = (await host.WaitForCompletionAsync(id)).ReadOutputAs<double>();

        Assert.True(waited >= 300, $"The 300 ms timer fired after {waited} ms by the run's clock.");
    }

    private async Task<WorkflowMetadata> RunSmallInvoiceAsync(TimingOutErpGateway gateway)
    {
        await using ComposedProduct product = await ComposedProduct.StartAsync(
            AzureStorageTaskHubs.On(azurite), registry => registry.AddActivityFilter(gateway));
        await product.RefreshReferenceDataAsync();
        string id = await product.Host.Client.ScheduleNewWorkflowAsync(nameof(InvoiceApprovalWorkflow), OnAzureStorageInvoices.Small);
        return await product.Host.WaitForCompletionAsync(id);
    }
}
