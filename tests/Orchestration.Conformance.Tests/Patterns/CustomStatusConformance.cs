using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Custom status: what a run publishes while it works, visible to clients as JSON.</summary>
public abstract class CustomStatusConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Stages = "Stages";
    private const string NotifyApprover = "NotifyApprover";
    private readonly TaskCompletionSource awaitingApproval = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Stages_WaitingRun_ShowsItsLatestStatusToClients()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Stages);

        // The activity runs once the episode that set the status has committed.
        await awaitingApproval.Task.WaitAsync(TimeSpan.FromSeconds(30));
        WorkflowMetadata waiting = (await Client.GetInstanceAsync(id, getInputsAndOutputs: true))!;

        Assert.Equal("""{"stage":"AwaitingApproval","amountEur":18450.00}""", Normalized(waiting.SerializedCustomStatus));
    }

    [Fact]
    public async Task Stages_FinishedRun_KeepsTheLastStatus()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Stages);
        await Client.RaiseEventAsync(id, "Go", true);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("""{"stage":"Posted","amountEur":18450.00}""", Normalized(run.SerializedCustomStatus));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<object?, bool>(Stages, async (context, _) =>
        {
            context.SetCustomStatus(new Progress("Checking", 18450.00m));
            context.SetCustomStatus(new Progress("AwaitingApproval", 18450.00m));
            await context.CallActivityAsync(NotifyApprover);
            bool go = await context.WaitForExternalEvent<bool>("Go");
            context.SetCustomStatus(new Progress("Posted", 18450.00m));
            return go;
        })
        .AddActivity<object?, bool>(NotifyApprover, (_, _) => Task.FromResult(awaitingApproval.TrySetResult()));

    private static string Normalized(string? json) => JsonSerializer.Serialize(JsonDocument.Parse(json ?? "null").RootElement);

    private sealed record Progress(string Stage, decimal AmountEur);
}

public sealed class CustomStatusOnEngine() : CustomStatusConformance(Runtimes.Runtimes.Engine);

public sealed class CustomStatusOnDurableTask() : CustomStatusConformance(Runtimes.Runtimes.DurableTask);
