using Orchestration.Abstractions;
using Orchestration.Governance.KillSwitch;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Tests.KillSwitch;

public sealed class KillSwitchTests
{
    [Fact]
    public async Task EngageWithSuspend_BetweenTwoSteps_StopsRunUntilReleasedThenResumes()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        string id = await harness.StartRunAsync();

        await harness.Service.EngageAsync(KillSwitchScope.Workflow, "TwoSteps", "ciso@contoso.example", "Model incident", suspendRunning: true);
        await harness.Host.Client.RaiseEventAsync(id, "Continue");
        await harness.Host.WaitForIdleAsync();
        WorkflowRuntimeStatus whileEngaged = (await harness.Host.GetRequiredInstanceAsync(id)).RuntimeStatus;
        await harness.Service.ReleaseAsync(KillSwitchScope.Workflow, "TwoSteps", "ciso@contoso.example", "Incident closed");
        WorkflowMetadata run = await harness.Host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Suspended, whileEngaged);
        Assert.Equal("invoice:checked:posted#1", run.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Engage_WithoutSuspend_RefusesTheNextDispatch()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        string id = await harness.StartRunAsync();

        await harness.Service.EngageAsync(KillSwitchScope.Global, null, "ciso@contoso.example", "Stop everything", suspendRunning: false);
        string? output = await harness.ContinueToEndAsync(id);

        Assert.Equal(("refused:" + RefusalCodes.KillSwitchEngaged, 0), (output, harness.SecondSteps));
    }

    [Fact]
    public async Task Engage_Global_LetsExemptBookkeepingActivitiesRun()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        await harness.Service.EngageAsync(KillSwitchScope.Global, null, "ciso@contoso.example", "Stop everything", suspendRunning: false);

        string id = await harness.Host.Client.ScheduleNewWorkflowAsync("Bookkeeping", "refusal");
        WorkflowMetadata run = await harness.Host.WaitForCompletionAsync(id);

        Assert.Equal("refusal:recorded", run.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Engage_AgentScope_RefusesActivitiesBoundToThatAgent()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        string id = await harness.StartRunAsync();

        await harness.Service.EngageAsync(KillSwitchScope.Agent, "poster", "ciso@contoso.example", "Poster misbehaves", suspendRunning: false);
        string? output = await harness.ContinueToEndAsync(id);

        Assert.Equal("refused:" + RefusalCodes.KillSwitchEngaged, output);
    }

    [Fact]
    public async Task Engage_OtherWorkflow_LetsThisOneRun()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        string id = await harness.StartRunAsync();

        await harness.Service.EngageAsync(KillSwitchScope.Workflow, "HiringWorkflow", "ciso@contoso.example", "Bias review", suspendRunning: true);
        string? output = await harness.ContinueToEndAsync(id);

        Assert.Equal("invoice:checked:posted#1", output);
    }

    [Fact]
    public async Task History_EngageAndRelease_PersistsWhoWhyWhenAndIsRecorded()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();
        await harness.Service.EngageAsync(KillSwitchScope.Agent, "poster", "ciso@contoso.example", "Poster misbehaves", suspendRunning: false);
        await harness.Service.ReleaseAsync(KillSwitchScope.Agent, "poster", "cto@contoso.example", "Fixed");

        using FileKillSwitchStore reopened = new(harness.Store.Path, TimeProvider.System);
        IReadOnlyList<KillSwitchChange> history = await reopened.GetHistoryAsync(CancellationToken.None);

        Assert.Equal(
            [(KillSwitchAction.Engaged, "ciso@contoso.example", "Poster misbehaves"), (KillSwitchAction.Released, "cto@contoso.example", "Fixed")],
            history.Select(change => (change.Action, change.Actor, change.Reason)));
        Assert.Empty(await reopened.GetEngagedAsync(CancellationToken.None));
        Assert.Equal(2, harness.Records.Records.OfType<KillSwitchRecord>().Count());
    }

    [Fact]
    public async Task Release_SwitchNotEngaged_Throws()
    {
        await using KillSwitchHarness harness = await KillSwitchHarness.StartAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Service.ReleaseAsync(KillSwitchScope.Global, null, "ciso@contoso.example", "nothing"));
    }
}
