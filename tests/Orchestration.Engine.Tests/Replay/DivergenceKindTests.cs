using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Replay;

/// <summary>
/// Non-determinism is found by comparing each scheduled action with history, not by counting actions: each test records
/// a run with one version of a workflow and replays it on another.
/// </summary>
public sealed class DivergenceKindTests
{
    private const string Workflow = "VendorPaymentWorkflow";
    private const string Screen = "ScreenVendorActivity";
    private const string Pay = "PayVendorActivity";

    [Fact]
    public async Task Replay_StepRemovedInNewVersion_DivergenceSaysCodeScheduledNothing()
    {
        WorkflowHistoryDocument recorded = await RecordAsync(async (context, vendor) =>
        {
            await context.CallActivityAsync<string>(Screen, vendor);
            return await context.CallActivityAsync<string>(Pay, vendor);
        });

        ReplayResult result = WorkflowReplayer.Replay(Version((context, vendor) => context.CallActivityAsync<string>(Screen, vendor)), recorded);

        Assert.False(result.Succeeded);
        Assert.Contains("step #1", result.Divergence, StringComparison.Ordinal);
        Assert.Contains(Pay, result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_ActivityReplacedByTimer_DivergenceNamesBothKinds()
    {
        WorkflowHistoryDocument recorded = await RecordAsync(async (context, vendor) =>
        {
            await context.CallActivityAsync<string>(Screen, vendor);
            return await context.CallActivityAsync<string>(Pay, vendor);
        });

        ReplayResult result = WorkflowReplayer.Replay(
            Version(async (context, vendor) =>
            {
                await context.CallActivityAsync<string>(Screen, vendor);
                await context.CreateTimer(TimeSpan.FromHours(1), CancellationToken.None);
                return await context.CallActivityAsync<string>(Pay, vendor);
            }),
            recorded);

        Assert.False(result.Succeeded);
        Assert.Contains("step #1", result.Divergence, StringComparison.Ordinal);
        Assert.Contains($"activity '{Pay}'", result.Divergence, StringComparison.Ordinal);
        Assert.Contains("timer", result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_SameActionsInOtherOrder_DivergenceAtFirstStep()
    {
        WorkflowHistoryDocument recorded = await RecordAsync(async (context, vendor) =>
        {
            await context.CallActivityAsync<string>(Screen, vendor);
            return await context.CallActivityAsync<string>(Pay, vendor);
        });

        ReplayResult result = WorkflowReplayer.Replay(
            Version(async (context, vendor) =>
            {
                await context.CallActivityAsync<string>(Pay, vendor);
                return await context.CallActivityAsync<string>(Screen, vendor);
            }),
            recorded);

        Assert.False(result.Succeeded);
        Assert.Contains("step #0", result.Divergence, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_InputOfAStepChanged_StillSucceeds()
    {
        WorkflowHistoryDocument recorded = await RecordAsync((context, vendor) => context.CallActivityAsync<string>(Pay, vendor));

        ReplayResult result = WorkflowReplayer.Replay(Version((context, vendor) => context.CallActivityAsync<string>(Pay, vendor.ToUpperInvariant())), recorded);

        Assert.True(result.Succeeded, result.Divergence);
    }

    private static async Task<WorkflowHistoryDocument> RecordAsync(Func<IWorkflowContext, string, Task<string>> version)
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => Register(registry, version));
        string id = await host.Client.ScheduleNewWorkflowAsync(Workflow, "Adventure Works");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        return await WorkflowHistoryDocument.ExportAsync(host.Client, id);
    }

    private static WorkflowRegistry Version(Func<IWorkflowContext, string, Task<string>> version) => Register(new WorkflowRegistry(), version);

    private static WorkflowRegistry Register(WorkflowRegistry registry, Func<IWorkflowContext, string, Task<string>> version) => registry
        .AddActivity<string, string>(Screen, (_, vendor) => Task.FromResult($"{vendor}: screened"))
        .AddActivity<string, string>(Pay, (_, vendor) => Task.FromResult($"{vendor}: paid"))
        .AddWorkflow(Workflow, version);
}
