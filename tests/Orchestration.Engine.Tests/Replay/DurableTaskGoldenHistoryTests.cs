using Orchestration.Engine.Replay;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.Functions.TestKit.Replay;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// Replays every checked-in history through the Durable Task SDK's orchestrator runner with the Functions app's
/// orchestrator function code, episode by episode: a workflow deployed to Azure must schedule what it scheduled on the
/// engine. The histories and the registry of <see cref="GoldenHistoryTests"/>.
/// </summary>
public sealed class DurableTaskGoldenHistoryTests
{
    [Theory]
    [MemberData(nameof(GoldenHistoryTests.MatchingHistories), MemberType = typeof(GoldenHistoryTests))]
    public void ReplayOnDurableTask_CheckedInHistory_SchedulesWhatTheEngineScheduled(string fileName)
    {
        ReplayResult result = DurableHistoryReplayer.Replay(GoldenHistoryTests.CurrentRegistry(), GoldenHistories.Read(fileName));

        Assert.True(result.Succeeded, $"{fileName}: {result.Divergence}");
    }

    [Theory]
    [MemberData(nameof(GoldenHistoryTests.DivergentHistories), MemberType = typeof(GoldenHistoryTests))]
    public void ReplayOnDurableTask_DivergentHistory_FailsNamingTheStep(string fileName)
    {
        ReplayResult result = DurableHistoryReplayer.Replay(GoldenHistoryTests.CurrentRegistry(), GoldenHistories.Read(fileName));

        Assert.False(result.Succeeded, $"{fileName} replayed on Durable Task, but it was recorded by code that differs from the current code.");
        Assert.Matches(@"step #\d+", result.Divergence);
    }

    [Fact]
    public void ReplayOnDurableTask_HistoryRecordedWithEmailStep_NamesStep2AndBothActivities()
    {
        string? divergence = DurableHistoryReplayer.Replay(GoldenHistoryTests.CurrentRegistry(), GoldenHistories.Read("invoice-approval-emailed.divergent.json")).Divergence;

        Assert.Contains("step #2", divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(SendApprovalEmailActivity), divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(RequestApprovalActivity), divergence, StringComparison.Ordinal);
    }
}
