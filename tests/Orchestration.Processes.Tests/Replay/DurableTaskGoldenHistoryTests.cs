using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.TestKit.Replay;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Replay;

/// <summary>
/// Replays every checked-in process history through the Durable Task SDK's orchestrator runner with the Functions
/// app's orchestrator function code, episode by episode: a process deployed to Azure must schedule what it scheduled on
/// the engine. The histories and the registry of <see cref="GoldenHistoryTests"/>.
/// </summary>
public sealed class DurableTaskGoldenHistoryTests
{
    [Theory]
    [MemberData(nameof(GoldenHistoryTests.MatchingHistories), MemberType = typeof(GoldenHistoryTests))]
    public void ReplayOnDurableTask_CheckedInHistory_SchedulesWhatTheEngineScheduled(string fileName)
    {
        ReplayResult result = Replay(fileName);

        Assert.True(result.Succeeded, $"{fileName}: {result.Divergence}");
    }

    [Theory]
    [MemberData(nameof(GoldenHistoryTests.DivergentHistories), MemberType = typeof(GoldenHistoryTests))]
    public void ReplayOnDurableTask_DivergentHistory_FailsNamingTheStep(string fileName)
    {
        ReplayResult result = Replay(fileName);

        Assert.False(result.Succeeded, $"{fileName} replayed on Durable Task, but it was recorded by code that differs from the current code.");
        Assert.Matches(@"step #\d+", result.Divergence);
    }

    [Fact]
    public void ReplayOnDurableTask_HistoryThatScreenedInsteadOfMatching_NamesTheStepAndBothActivities()
    {
        string? divergence = Replay("invoice-screened-not-matched.divergent.json").Divergence;

        Assert.Contains("step #2", divergence, StringComparison.Ordinal);
        Assert.Contains(ProcessScenario.ScreenSupplierActivity, divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(MatchInvoiceActivity), divergence, StringComparison.Ordinal);
    }

    private static ReplayResult Replay(string fileName)
    {
        using GovernedInvoiceSystems systems = new();
        return DurableHistoryReplayer.Replay(systems.Register(new WorkflowRegistry()), GoldenHistories.Read(fileName));
    }
}
