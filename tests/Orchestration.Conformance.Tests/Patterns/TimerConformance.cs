using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Durable timers: the workflow's clock moves by at least the delay, and only through history.</summary>
public abstract class TimerConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Remind = "Remind";
    private const string RemindAt = "RemindAt";

    [Fact]
    public async Task Remind_TimerByDelay_WorkflowClockMovesAtLeastTheDelay()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Remind);
        await Runtime.LetTimePassAsync(Brief);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.True(Output<TimeSpan>(run) >= Brief, $"the clock moved {Output<TimeSpan>(run)}");
    }

    [Fact]
    public async Task RemindAt_TimerAtATime_FiresNoEarlierThanThatTime()
    {
        string id = await Client.ScheduleNewWorkflowAsync(RemindAt);
        await Runtime.LetTimePassAsync(Brief);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Timed timed = Output<Timed>(run);
        Assert.True(timed.Woke >= timed.Due, $"woke {timed.Woke:O}, due {timed.Due:O}");
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, TimeSpan>(Remind, async (context, _) =>
        {
            DateTime before = context.CurrentUtcDateTime;
            await context.CreateTimer(Brief, CancellationToken.None);
            return context.CurrentUtcDateTime - before;
        })
        .AddWorkflow<object?, Timed>(RemindAt, async (context, _) =>
        {
            DateTime due = context.CurrentUtcDateTime + Brief;
            await context.CreateTimer(due, CancellationToken.None);
            return new Timed(due, context.CurrentUtcDateTime);
        });

    private sealed record Timed(DateTime Due, DateTime Woke);
}

public sealed class TimerOnEngine() : TimerConformance(Runtimes.Runtimes.Engine);

public sealed class TimerOnDurableTask() : TimerConformance(Runtimes.Runtimes.DurableTask);
