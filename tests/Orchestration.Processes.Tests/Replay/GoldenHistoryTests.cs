using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Processes.Invoices;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;

namespace Orchestration.Processes.Tests.Replay;

/// <summary>
/// Replays every checked-in process history against the current workflow code, through the registry the hosts
/// compose: a change to a process that would break runs in flight fails here. Regenerate with
/// UPDATE_GOLDEN_HISTORIES=1 (see <see cref="GoldenHistoryExportTests"/>).
/// </summary>
public sealed class GoldenHistoryTests
{
    private const string Divergent = "invoice-screened-not-matched.divergent.json";

    public static TheoryData<string> MatchingHistories => GoldenHistories.FileNames(FileNames, divergent: false);

    public static TheoryData<string> DivergentHistories => GoldenHistories.FileNames(FileNames, divergent: true);

    private static IEnumerable<string> FileNames => ProcessScenario.All.Select(scenario => scenario.FileName);

    [Theory]
    [MemberData(nameof(MatchingHistories))]
    public void Replay_CheckedInHistory_MatchesCurrentWorkflowCode(string fileName)
    {
        ReplayResult result = Replay(fileName);

        Assert.True(result.Succeeded, $"{fileName}: {result.Divergence}");
    }

    [Theory]
    [MemberData(nameof(DivergentHistories))]
    public void Replay_DivergentHistory_FailsNamingTheStep(string fileName)
    {
        ReplayResult result = Replay(fileName);

        Assert.False(result.Succeeded, $"{fileName} replayed, but it was recorded by code that differs from the current code.");
        Assert.Matches(@"step #\d+", result.Divergence);
    }

    [Fact]
    public void Replay_HistoryThatScreenedInsteadOfMatching_NamesTheStepAndBothActivities()
    {
        string? divergence = Replay(Divergent).Divergence;

        Assert.Contains("step #2", divergence, StringComparison.Ordinal);
        Assert.Contains(ProcessScenario.ScreenSupplierActivity, divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(MatchInvoiceActivity), divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoriesFolder_EveryScenario_HasItsCheckedInFile()
    {
        Assert.Equal(FileNames.Order(StringComparer.Ordinal), GoldenHistories.PresentFileNames());
    }

    [Fact]
    public void HistoriesFolder_EachDocument_IsTheScenariosFixedRun()
    {
        Assert.All(ProcessScenario.All, scenario =>
        {
            WorkflowHistoryDocument document = GoldenHistories.Read(scenario.FileName);
            Assert.Equal(scenario.InstanceId, document.InstanceId);
            Assert.NotEmpty(document.Events);
        });
    }

    private static ReplayResult Replay(string fileName)
    {
        using GovernedInvoiceSystems systems = new();
        return WorkflowReplayer.Replay(systems.Register(new WorkflowRegistry()), GoldenHistories.Read(fileName));
    }
}
