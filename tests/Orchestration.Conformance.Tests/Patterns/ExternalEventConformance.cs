using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>External events: waits with and without a timeout, events that come early, and events against timers.</summary>
public abstract class ExternalEventConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string AwaitDecision = "AwaitDecision";
    private const string AwaitDecisionFor = "AwaitDecisionFor";
    private const string AwaitBoth = "AwaitBoth";
    private const string DecisionOrReminder = "DecisionOrReminder";
    private const string TwoWaits = "TwoWaits";
    private const string Decision = "Decision";

    [Fact]
    public async Task AwaitDecision_EventRaised_WorkflowGetsItsPayload()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitDecision);
        await Client.RaiseEventAsync(id, Decision, new Answer("approved", "maria.lopez@contoso.example"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("approved by maria.lopez@contoso.example", Output<string>(run));
    }

    [Fact]
    public async Task AwaitDecision_EventNameInOtherCase_StillMatches()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitDecision);
        await Client.RaiseEventAsync(id, Decision.ToUpperInvariant(), new Answer("rejected", "li.wei@contoso.example"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("rejected by li.wei@contoso.example", Output<string>(run));
    }

    [Fact]
    public async Task AwaitDecisionFor_EventBeforeTheTimeout_WorkflowGetsItsPayload()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitDecisionFor, Ample);
        await Client.RaiseEventAsync(id, Decision, new Answer("approved", "maria.lopez@contoso.example"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("approved by maria.lopez@contoso.example", Output<string>(run));
    }

    [Fact]
    public async Task AwaitDecisionFor_NoEventBeforeTheTimeout_WaitEndsAsCancelled()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitDecisionFor, Brief);
        await Runtime.LetTimePassAsync(Brief);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("timed out", Output<string>(run));
    }

    [Fact]
    public async Task AwaitBoth_SecondEventRaisedFirst_IsKeptUntilItsWait()
    {
        string id = await Client.ScheduleNewWorkflowAsync(AwaitBoth);
        await Client.RaiseEventAsync(id, "Second", "b");
        await Client.RaiseEventAsync(id, "First", "a");

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("a then b", Output<string>(run));
    }

    [Fact]
    public async Task DecisionOrReminder_EventBeforeTheTimer_EventWins()
    {
        string id = await Client.ScheduleNewWorkflowAsync(DecisionOrReminder);
        await Client.RaiseEventAsync(id, Decision, new Answer("approved", "maria.lopez@contoso.example"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("decided: approved", Output<string>(run));
    }

    [Fact]
    public async Task DecisionOrReminder_NoEvent_TimerWins()
    {
        string id = await Client.ScheduleNewWorkflowAsync(DecisionOrReminder);
        await Runtime.LetTimePassAsync(Brief);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("reminded", Output<string>(run));
    }

    [Fact]
    public async Task TwoWaitsOnOneName_TwoEvents_TheNewestWaitTakesTheFirst()
    {
        string id = await Client.ScheduleNewWorkflowAsync(TwoWaits);
        await Client.RaiseEventAsync(id, Decision, new Answer("first", "maria.lopez@contoso.example"));
        await Client.RaiseEventAsync(id, Decision, new Answer("second", "li.wei@contoso.example"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        // Last in, first out, as in Durable Task since durabletask-dotnet #509: a wait abandoned in a WhenAny loop
        // never takes the event meant for the wait that replaced it.
        Assert.Equal("older got second, newer got first", Output<string>(run));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, string>(TwoWaits, async (context, _) =>
        {
            Task<Answer> older = context.WaitForExternalEvent<Answer>(Decision);
            Task<Answer> newer = context.WaitForExternalEvent<Answer>(Decision);
            await Task.WhenAll(older, newer);
            return $"older got {(await older).Outcome}, newer got {(await newer).Outcome}";
        })
        .AddWorkflow<object?, string>(AwaitDecision, async (context, _) =>
            (await context.WaitForExternalEvent<Answer>(Decision)).ToString())
        .AddWorkflow<TimeSpan, string>(AwaitDecisionFor, async (context, timeout) =>
        {
            try
            {
                return (await context.WaitForExternalEvent<Answer>(Decision, timeout)).ToString();
            }
            catch (TaskCanceledException)
            {
                return "timed out";
            }
        })
        .AddWorkflow<object?, string>(AwaitBoth, async (context, _) =>
        {
            string first = await context.WaitForExternalEvent<string>("First");
            string second = await context.WaitForExternalEvent<string>("Second");
            return $"{first} then {second}";
        })
        .AddWorkflow<object?, string>(DecisionOrReminder, async (context, _) =>
        {
            using CancellationTokenSource reminder = new();
            Task timer = context.CreateTimer(Brief, reminder.Token);
            Task<Answer> decision = context.WaitForExternalEvent<Answer>(Decision);
            if (await Task.WhenAny(decision, timer) == decision)
            {
                // WARNING: Cancel, never CancelAsync: that runs the timer's cancellation off the workflow's scheduler.
                reminder.Cancel();
                return $"decided: {(await decision).Outcome}";
            }

            return "reminded";
        });

    private sealed record Answer(string Outcome, string Approver)
    {
        public override string ToString() => $"{Outcome} by {Approver}";
    }
}

public sealed class ExternalEventOnEngine() : ExternalEventConformance(Runtimes.Runtimes.Engine);

public sealed class ExternalEventOnDurableTask() : ExternalEventConformance(Runtimes.Runtimes.DurableTask);
