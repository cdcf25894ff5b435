using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>
/// Events that arrive after a wait for them timed out go to the next wait, not to the timed-out one. Durable Task SDKs
/// before the fix of durabletask-dotnet #508 (#509, last-in-first-out waiters) lost such an event; the SDK version the
/// Functions app runs on keeps it, as the engine always has.
/// </summary>
public abstract class TimedOutWaitConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Escalate = "Escalate";
    private const string Reminded = "Reminded";
    private const string NoteTimedOut = "NoteTimedOut";
    private readonly TaskCompletionSource firstWaitTimedOut = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Reminded_DecisionArrivesWhileTheNextWaitIsOpen_GoesToThatWait()
    {
        string id = await StartPastTheFirstTimeoutAsync(Reminded);

        await Client.RaiseEventAsync(id, "Decision", "approved after a reminder");
        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("approved after a reminder", Output<string>(run));
    }

    [Fact]
    public async Task Escalate_DecisionArrivesAfterItsWaitTimedOut_IsKeptForTheNextWait()
    {
        string id = await StartPastTheFirstTimeoutAsync(Escalate);

        await Client.RaiseEventAsync(id, "Decision", "approved late");
        await Client.RaiseEventAsync(id, "Escalated", "to the CFO");
        await Runtime.LetTimePassAsync(Brief);
        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("approved late", Output<string>(run));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, string>(Escalate, async (context, _) =>
        {
            string? decision = await DecisionWithinAsync(context);
            if (decision is null)
            {
                await context.CallActivityAsync(NoteTimedOut);
                await context.WaitForExternalEvent<string>("Escalated");
                decision = await DecisionWithinAsync(context);
            }

            return decision ?? "lost";
        })
        .AddWorkflow<object?, string>(Reminded, async (context, _) =>
        {
            string? decision = await DecisionWithinAsync(context);
            if (decision is null)
            {
                await context.CallActivityAsync(NoteTimedOut);
                decision = await context.WaitForExternalEvent<string>("Decision");
            }

            return decision;
        })
        .AddActivity<object?, bool>(NoteTimedOut, (_, _) => Task.FromResult(firstWaitTimedOut.TrySetResult()));

    // Started, and its first wait has timed out: the workflow has noted it in an activity.
    private async Task<string> StartPastTheFirstTimeoutAsync(string workflow)
    {
        string id = await Client.ScheduleNewWorkflowAsync(workflow);
        await Runtime.LetTimePassAsync(Brief);
        await firstWaitTimedOut.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return id;
    }

    private static async Task<string?> DecisionWithinAsync(IWorkflowContext context)
    {
        try
        {
            return await context.WaitForExternalEvent<string>("Decision", Brief);
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }
}

public sealed class TimedOutWaitOnEngine() : TimedOutWaitConformance(Runtimes.Runtimes.Engine);

public sealed class TimedOutWaitOnDurableTask() : TimedOutWaitConformance(Runtimes.Runtimes.DurableTask);
