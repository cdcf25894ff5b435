using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using static Orchestration.Functions.TestKit.Replay.HandBuiltHistory;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.Tests.Replay;

/// <summary>A history split into episodes as Durable Task splits work items, and each episode's request.</summary>
public sealed class DurableEpisodeTests
{
    // Two episodes: the start, which schedules an activity; its completion, which ends the run.
    private static readonly WorkflowHistoryDocument Greeting = Document(
        "Greet",
        Event(WorkflowHistoryEventType.OrchestratorStarted),
        Started("Greet", "\"ada\""),
        Event(WorkflowHistoryEventType.TaskScheduled) with { TaskId = 0, Name = "Shout", Input = "\"ada\"" },
        Event(WorkflowHistoryEventType.OrchestratorStarted, At.AddMinutes(1)),
        Event(WorkflowHistoryEventType.TaskCompleted, At.AddMinutes(1)) with { TaskId = 0, Result = "\"ADA\"" },
        Completed("\"ADA\""));

    [Fact]
    public void Split_History_StartsAnEpisodeAtEachOrchestratorStarted()
    {
        Assert.Equal([0, 1], DurableEpisode.Split(Greeting).Select(episode => episode.Number));
    }

    [Fact]
    public void Split_LaterEpisode_HasEveryEarlierEventAsPast()
    {
        Assert.Equal(Greeting.Events.Take(3), DurableEpisode.Split(Greeting)[1].Past);
    }

    [Fact]
    public void Split_Episode_FeedsItsStartAndArrivalsAndKeepsWhatTheCodeDecided()
    {
        DurableEpisode first = DurableEpisode.Split(Greeting)[0];

        Assert.Equal([WorkflowHistoryEventType.OrchestratorStarted, WorkflowHistoryEventType.ExecutionStarted], first.Incoming.Select(e => e.EventType));
        Assert.Equal([WorkflowHistoryEventType.TaskScheduled], first.Decided.Select(e => e.EventType));
    }

    [Fact]
    public void Ending_EpisodeThatCompletedTheRun_IsTheCompletion()
    {
        Assert.Equal(Greeting.Events[^1], DurableEpisode.Split(Greeting)[1].Ending);
    }

    [Fact]
    public void Ending_TerminatedEpisode_IsTheTermination()
    {
        WorkflowHistoryDocument terminated = Document(
            "Greet", Event(WorkflowHistoryEventType.OrchestratorStarted), Started("Greet", null), Event(WorkflowHistoryEventType.ExecutionTerminated));

        Assert.Equal(WorkflowHistoryEventType.ExecutionTerminated, DurableEpisode.Split(terminated)[0].Ending?.EventType);
    }

    [Fact]
    public void ToRequest_LaterEpisode_SendsEarlierEventsAsPastAndItsOwnAsNew()
    {
        P.OrchestratorRequest request = DurableEpisode.Split(Greeting)[1].ToRequest(Greeting);

        Assert.Equal(InstanceId, request.InstanceId);
        Assert.Equal(
            [P.HistoryEvent.EventTypeOneofCase.OrchestratorStarted, P.HistoryEvent.EventTypeOneofCase.ExecutionStarted, P.HistoryEvent.EventTypeOneofCase.TaskScheduled],
            request.PastEvents.Select(e => e.EventTypeCase));
        Assert.Equal(
            [P.HistoryEvent.EventTypeOneofCase.OrchestratorStarted, P.HistoryEvent.EventTypeOneofCase.TaskCompleted],
            request.NewEvents.Select(e => e.EventTypeCase));
    }
}
