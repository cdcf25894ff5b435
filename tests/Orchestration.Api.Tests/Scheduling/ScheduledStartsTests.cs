using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit;

namespace Orchestration.Api.Tests.Scheduling;

public sealed class ScheduledStartsTests
{
    private static readonly DateTime Occurrence = new(2026, 11, 21, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void InstanceIdFor_Occurrence_IsWorkflowAndUtcTime()
    {
        Assert.Equal("NightlyWorkflow-20261121T020000Z", ScheduledStarts.InstanceIdFor("NightlyWorkflow", Occurrence));
    }

    [Fact]
    public async Task StartOnceAsync_SameOccurrenceTwice_StartsOneRun()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => registry
            .AddWorkflow<string, string>("NightlyWorkflow", (_, text) => Task.FromResult(text)));

        (string first, bool started) = await ScheduledStarts.StartOnceAsync(host.Client, "NightlyWorkflow", Occurrence, "a");
        (string second, bool startedAgain) = await ScheduledStarts.StartOnceAsync(host.Client, "NightlyWorkflow", Occurrence, "a");

        Assert.True(started);
        Assert.False(startedAgain);
        Assert.Equal(first, second);
        Assert.Equal("a", (await host.WaitForCompletionAsync(first)).ReadOutputAs<string>());
    }

    [Fact]
    public async Task StartOnceAsync_InvalidInput_Throws()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => registry
            .AddWorkflow<InvoiceSubmission, string>("NightlyInvoiceIntake", (_, invoice) => Task.FromResult(invoice.InvoiceNumber)));

        await Assert.ThrowsAsync<InvalidWorkflowInputException>(
            () => ScheduledStarts.StartOnceAsync(host.Client, "NightlyInvoiceIntake", Occurrence));
    }
}
