using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Api.Scheduling;
using Orchestration.LocalHost.DevServer;
using Orchestration.Processes.Scheduling;
using Orchestration.TestKit;

namespace Orchestration.LocalHost.Tests.DevServer;

public sealed class WorkflowSchedulerTests
{
    private const string Hourly = "HourlyWorkflow";

    // Half past nine: the start-up run is for 09:00, the next occurrences are 10:00 and 11:00.
    private static readonly DateTime NineThirty = ManualTimeProvider.DefaultStart.UtcDateTime.AddMinutes(30);

    private static Task<WorkflowTestHost> StartHostAsync() => WorkflowTestHost.StartAsync(
        registry => registry.AddWorkflow<ScheduledOccurrence, DateTime>(Hourly, (_, input) => Task.FromResult(input.Occurrence)),
        options => options.StartTime = NineThirty);

    private static WorkflowScheduler Scheduler(WorkflowTestHost host) => new(
        () => host.Client,
        ScheduledWorkflows.Resolve([new WorkflowSchedule(Hourly, "0 0 * * * *", "HOURLY_SCHEDULE")], new ConfigurationBuilder().Build()),
        host.Time,
        NullLogger<WorkflowScheduler>.Instance);

    private static async Task<string[]> RunIdsAsync(WorkflowTestHost host)
    {
        await host.WaitForIdleAsync();
        WorkflowPage runs = await host.Client.ListInstancesAsync(new WorkflowQuery(WorkflowName: Hourly));
        return [.. runs.Values.Select(run => run.InstanceId).Order(StringComparer.Ordinal)];
    }

    private static string RunOf(int hour) => ScheduledStarts.InstanceIdFor(Hourly, NineThirty.Date.AddHours(hour));

    [Fact]
    public async Task StartAsync_ClockCrossesTwoOccurrences_StartsOneRunForEach()
    {
        await using WorkflowTestHost host = await StartHostAsync();
        using WorkflowScheduler scheduler = Scheduler(host);
        await scheduler.StartAsync(default);

        foreach (int hour in new[] { 10, 11 })
        {
            host.Time.Advance(TimeSpan.FromHours(1));
            await scheduler.WaitForOccurrenceAsync(Hourly, NineThirty.Date.AddHours(hour)).WaitAsync(TimeSpan.FromSeconds(30));
        }

        Assert.Equal([RunOf(9), RunOf(10), RunOf(11)], await RunIdsAsync(host));
        await scheduler.StopAsync(default);
    }

    [Fact]
    public async Task StartAsync_RestartWithinTheOccurrence_StartsNoSecondRun()
    {
        await using WorkflowTestHost host = await StartHostAsync();
        using (WorkflowScheduler first = Scheduler(host))
        {
            await first.StartAsync(default);
            await first.StopAsync(default);
        }

        await host.RestartAsync(downtime: TimeSpan.FromMinutes(10));
        using WorkflowScheduler second = Scheduler(host);
        await second.StartAsync(default);

        Assert.Equal([RunOf(9)], await RunIdsAsync(host));
        await second.StopAsync(default);
    }
}
