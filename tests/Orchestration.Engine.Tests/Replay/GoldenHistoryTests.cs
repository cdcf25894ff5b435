using Orchestration.Engine.Replay;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// Replays every checked-in history against the current workflow code, as temporalio/sdk-dotnet does: a change to a
/// workflow that would break runs in flight fails here. Regenerate with UPDATE_GOLDEN_HISTORIES=1 (see
/// <see cref="GoldenHistoryExportTests"/>).
/// </summary>
public sealed class GoldenHistoryTests
{
    public static TheoryData<string> MatchingHistories => GoldenHistories.FileNames(FileNames, divergent: false);

    public static TheoryData<string> DivergentHistories => GoldenHistories.FileNames(FileNames, divergent: true);

    private static IEnumerable<string> FileNames => GoldenScenario.All.Select(scenario => scenario.FileName);

    [Theory]
    [MemberData(nameof(MatchingHistories))]
    public void Replay_CheckedInHistory_MatchesCurrentWorkflowCode(string fileName)
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), GoldenHistories.Read(fileName));

        Assert.True(result.Succeeded, $"{fileName}: {result.Divergence}");
        Assert.Null(result.Divergence);
    }

    [Theory]
    [MemberData(nameof(DivergentHistories))]
    public void Replay_DivergentHistory_FailsNamingTheStep(string fileName)
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), GoldenHistories.Read(fileName));

        Assert.False(result.Succeeded, $"{fileName} replayed, but it was recorded by code that differs from the current code.");
        Assert.Matches(@"step #\d+", result.Divergence);
    }

    [Fact]
    public void Replay_HistoryRecordedWithEmailStep_NamesStep2AndBothActivities()
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), GoldenHistories.Read("invoice-approval-emailed.divergent.json"));

        Assert.Contains("step #2", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(SendApprovalEmailActivity), result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(RequestApprovalActivity), result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoriesFolder_EveryScenario_HasItsCheckedInFile()
    {
        Assert.Equal(FileNames.Order(StringComparer.Ordinal), GoldenHistories.PresentFileNames());
    }

    [Fact]
    public void HistoriesFolder_EachDocument_NamesARegisteredWorkflowAndHasEvents()
    {
        Orchestration.Abstractions.WorkflowRegistry registry = CurrentRegistry();

        Assert.All(GoldenScenario.All, scenario =>
        {
            WorkflowHistoryDocument document = GoldenHistories.Read(scenario.FileName);
            Assert.Contains(document.WorkflowName, registry.WorkflowNames, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(scenario.InstanceId, document.InstanceId);
            Assert.NotEmpty(document.Events);
        });
    }

    internal static Orchestration.Abstractions.WorkflowRegistry CurrentRegistry() => WorkflowReplayerTests.Registry(new InvoiceCatalog().Register);
}
