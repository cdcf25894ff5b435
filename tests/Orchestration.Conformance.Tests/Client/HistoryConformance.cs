using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Client;

/// <summary>A finished run's history read through the client.</summary>
public abstract class HistoryConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Validate = "ValidateOnly";
    private const string Check = "CheckInvoice";

    [Fact]
    [ShowsDifference("history-not-served")]
    public async Task GetHistory_FinishedRun_ListsItsStepsOnTheEngineOnly()
    {
        WorkflowMetadata run = await RunAsync(Validate, "INV-40");

        IReadOnlyList<WorkflowHistoryEvent> history = await Client.GetHistoryAsync(run.InstanceId);

        Assert.Equal(
            Runtime.Has(RuntimeDifferences.HistoryNotServed) ? [] : [Check, Check],
            history.Where(e => e.EventType is WorkflowHistoryEventType.TaskScheduled or WorkflowHistoryEventType.TaskCompleted).Select(e => e.Name));
    }

    [Fact]
    public async Task GetHistory_NoSuchRun_IsRefusedAsNotFound()
    {
        await Assert.ThrowsAsync<WorkflowInstanceNotFoundException>(() => Client.GetHistoryAsync("no-such-run"));
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<string, bool>(Validate, (context, invoice) => context.CallActivityAsync<bool>(Check, invoice))
        .AddActivity<string, bool>(Check, (_, invoice) => Task.FromResult(invoice.StartsWith("INV-", StringComparison.Ordinal)));
}

public sealed class HistoryOnEngine() : HistoryConformance(Runtimes.Runtimes.Engine);

public sealed class HistoryOnDurableTask() : HistoryConformance(Runtimes.Runtimes.DurableTask);
