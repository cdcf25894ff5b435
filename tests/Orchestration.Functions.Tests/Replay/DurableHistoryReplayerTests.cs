using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using static Orchestration.Functions.TestKit.Replay.HandBuiltHistory;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>Hand-built histories replayed through the Durable Task SDK's orchestrator runner with the Functions app's orchestrator code.</summary>
public sealed class DurableHistoryReplayerTests
{
    private static readonly WorkflowRegistry Registry = new WorkflowRegistry()
        .AddWorkflow<string, string>("Greet", (context, name) => context.CallActivityAsync<string>("Shout", name))
        .AddActivity<string, string>("Shout", (_, name) => Task.FromResult(name.ToUpperInvariant()))

        // WARNING: deliberately non-deterministic: it schedules another activity when replayed than when first run.
        .AddWorkflow<string, string>("Flip", (context, name) => context.CallActivityAsync<string>(context.IsReplaying ? "Whisper" : "Shout", name));

    [Fact]
    public void Replay_HistoryOfTheSameCode_Succeeds()
    {
        Assert.Equal(new ReplayResult(true, null), DurableHistoryReplayer.Replay(Registry, Greeting("Greet", "\"ada\"", "\"ADA\"")));
    }

    [Fact]
    public void Replay_RecordedActivityInputDiffers_NamesTheStepAndBothInputs()
    {
        WorkflowHistoryDocument recorded = Greeting("Greet", "\"ada\"", "\"ADA\"");
        WorkflowHistoryDocument edited = recorded with { Events = [.. recorded.Events.Select(e => e.Name == "Shout" ? e with { Input = "\"bob\"" } : e)] };

        string? divergence = DurableHistoryReplayer.Replay(Registry, edited).Divergence;

        Assert.Equal("step #0: Durable Task scheduled activity 'Shout' with input \"ada\" where the history has \"bob\".", divergence);
    }

    [Fact]
    public void Replay_RecordedOutputDiffers_NamesTheRunsEndAndBothOutputs()
    {
        string? divergence = DurableHistoryReplayer.Replay(Registry, Greeting("Greet", "\"ada\"", "\"ADA!\"")).Divergence;

        Assert.Equal("the run's end (episode 1): Durable Task completed with \"ADA\" where the history has \"ADA!\".", divergence);
    }

    [Fact]
    public void Replay_CodeThatSchedulesAnotherActivityOnReplay_ReportsDurableTasksOwnNonDeterminismAtTheStep()
    {
        string? divergence = DurableHistoryReplayer.Replay(Registry, Greeting("Flip", "\"ada\"", "\"ADA\"")).Divergence;

        Assert.StartsWith("step #0: Durable Task found the code non-deterministic: ", divergence, StringComparison.Ordinal);
        Assert.Contains("'Whisper'", divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_UnregisteredWorkflow_Diverges()
    {
        Assert.False(DurableHistoryReplayer.Replay(Registry, Greeting("Missing", "\"ada\"", "\"ADA\"")).Succeeded);
    }

    // Start, schedule Shout; Shout returns, the run ends with the recorded output.
    private static WorkflowHistoryDocument Greeting(string workflowName, string input, string output) => Document(
        workflowName,
        Event(WorkflowHistoryEventType.OrchestratorStarted),
        Started(workflowName, input),
        Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = 0, Name = "Shout", Input = input },
        Event(WorkflowHistoryEventType.OrchestratorStarted),
        Event(WorkflowHistoryEventType.TaskCompleted) with { TaskId = 0, Name = "Shout", Result = "\"ADA\"" },
        Completed(output));
}
