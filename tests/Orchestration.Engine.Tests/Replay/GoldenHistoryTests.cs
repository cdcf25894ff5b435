using Orchestration.Engine.Replay;
using Orchestration.Engine.Tests.Workflows;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// Replays every checked-in history against the current workflow code, as temporalio/sdk-dotnet does: a change to a
/// workflow that would break runs in flight fails here. Regenerate with UPDATE_GOLDEN_HISTORIES=1 (see
/// <see cref="GoldenHistoryExportTests"/>).
/// </summary>
public sealed class GoldenHistoryTests
{
    private const string DivergentSuffix = ".divergent.json";

    public static TheoryData<string> MatchingHistories => Files(divergent: false);

    public static TheoryData<string> DivergentHistories => Files(divergent: true);

    [Theory]
    [MemberData(nameof(MatchingHistories))]
    public void Replay_CheckedInHistory_MatchesCurrentWorkflowCode(string fileName)
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), Read(fileName));

        Assert.True(result.Succeeded, $"{fileName}: {result.Divergence}");
        Assert.Null(result.Divergence);
    }

    [Theory]
    [MemberData(nameof(DivergentHistories))]
    public void Replay_DivergentHistory_FailsNamingTheStep(string fileName)
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), Read(fileName));

        Assert.False(result.Succeeded, $"{fileName} replayed, but it was recorded by code that differs from the current code.");
        Assert.Matches(@"step #\d+", result.Divergence);
    }

    [Fact]
    public void Replay_HistoryRecordedWithEmailStep_NamesStep2AndBothActivities()
    {
        ReplayResult result = WorkflowReplayer.Replay(CurrentRegistry(), Read("invoice-approval-emailed.divergent.json"));

        Assert.Contains("step #2", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(SendApprovalEmailActivity), result.Divergence, StringComparison.Ordinal);
        Assert.Contains(nameof(RequestApprovalActivity), result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public void HistoriesFolder_EveryScenario_HasItsCheckedInFile()
    {
        string[] present = [.. Directory.EnumerateFiles(HistoriesDirectory, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

        Assert.Equal(GoldenScenario.All.Select(scenario => scenario.FileName).Order(StringComparer.Ordinal), present);
    }

    [Fact]
    public void HistoriesFolder_EachDocument_NamesARegisteredWorkflowAndHasEvents()
    {
        Orchestration.Abstractions.WorkflowRegistry registry = CurrentRegistry();

        Assert.All(GoldenScenario.All, scenario =>
        {
            WorkflowHistoryDocument document = Read(scenario.FileName);
            Assert.Contains(document.WorkflowName, registry.WorkflowNames, StringComparer.OrdinalIgnoreCase);
            Assert.Equal(scenario.InstanceId, document.InstanceId);
            Assert.NotEmpty(document.Events);
        });
    }

    internal static string HistoriesDirectory => Path.Combine(AppContext.BaseDirectory, "Replay", "Histories");

    private static WorkflowHistoryDocument Read(string fileName) =>
        WorkflowHistoryDocument.FromJson(File.ReadAllText(Path.Combine(HistoriesDirectory, fileName)));

    private static Orchestration.Abstractions.WorkflowRegistry CurrentRegistry() => WorkflowReplayerTests.Registry(new InvoiceCatalog().Register);

    private static TheoryData<string> Files(bool divergent)
    {
        TheoryData<string> data = [];
        foreach (GoldenScenario scenario in GoldenScenario.All.Where(s => s.FileName.EndsWith(DivergentSuffix, StringComparison.Ordinal) == divergent))
        {
            data.Add(scenario.FileName);
        }

        return data;
    }
}
