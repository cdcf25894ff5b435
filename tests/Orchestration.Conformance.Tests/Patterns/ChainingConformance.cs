using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Function chaining: activities one after another, each result feeding the next.</summary>
public abstract class ChainingConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Chain = "Chain";
    private const string Append = "Append";
    private const string Identify = "Identify";
    private const string WhoAmI = "WhoAmI";

    [Fact]
    public async Task Chain_ThreeActivities_RunInOrderEachGivenThePreviousResult()
    {
        WorkflowMetadata run = await RunAsync(Chain, "INV-2025-0042");

        Assert.Equal("INV-2025-0042/validated/matched/posted", Output<string>(run));
    }

    [Fact]
    public async Task Identify_WorkflowAndActivity_SeeTheRunsNameAndInstanceId()
    {
        string id = await Client.ScheduleNewWorkflowAsync(Identify, null, new StartWorkflowOptions("identify-INV-2025-0043"));

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal(["identify-INV-2025-0043", Identify, "identify-INV-2025-0043", WhoAmI], Output<string[]>(run));
    }

    [Fact]
    public async Task Chain_FinishedRun_KeepsInputAndOutputAsJson()
    {
        WorkflowMetadata run = await RunAsync(Chain, "INV-2025-0044");

        Assert.Equal("\"INV-2025-0044\"", run.SerializedInput);
        Assert.Equal("\"INV-2025-0044/validated/matched/posted\"", run.SerializedOutput);
        Assert.Equal(Chain, run.Name);
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<string, string>(Chain, async (context, invoice) =>
        {
            string validated = await context.CallActivityAsync<string>(Append, new Step(invoice, "validated"));
            string matched = await context.CallActivityAsync<string>(Append, new Step(validated, "matched"));
            return await context.CallActivityAsync<string>(Append, new Step(matched, "posted"));
        })
        .AddActivity<Step, string>(Append, (_, step) => Task.FromResult($"{step.Text}/{step.Suffix}"))
        .AddWorkflow<object?, string[]>(Identify, async (context, _) =>
        {
            string[] activity = await context.CallActivityAsync<string[]>(WhoAmI);
            return [context.InstanceId, context.Name, .. activity];
        })
        .AddActivity<object?, string[]>(WhoAmI, (context, _) => Task.FromResult<string[]>([context.InstanceId, context.Name]));

    private sealed record Step(string Text, string Suffix);
}

public sealed class ChainingOnEngine() : ChainingConformance(Runtimes.Runtimes.Engine);

public sealed class ChainingOnDurableTask() : ChainingConformance(Runtimes.Runtimes.DurableTask);
