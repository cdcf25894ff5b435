using Orchestration.Abstractions;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Execution;

public sealed class WorkflowCodeRulesTests
{
    [Fact]
    public async Task RunAsync_WorkflowAwaitsRealDelay_RunFailsExplainingTheAwaitIsNotDurable()
    {
        // A real delay (not a durable timer) can never resume the code inside an episode. (A Task.Run that finishes
        // before it is awaited continues synchronously and cannot be told apart at run time; only review catches it.)
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
            registry.AddWorkflow<string, int>("ThreadHoppingWorkflow", async (_, input) =>
            {
                await Task.Delay(TimeSpan.FromDays(1));
                return input.Length;
            }));

        string id = await host.Client.ScheduleNewWorkflowAsync("ThreadHoppingWorkflow", "INV-2026-0100");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(typeof(InvalidOperationException).FullName, run.FailureDetails?.ErrorType);
        Assert.Contains("not durable", run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WorkflowThrows_RunFailsWithTheExceptionTypeAndMessage()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
            registry.AddWorkflow<string, string>("ValidatingWorkflow", (_, input) =>
                throw new ArgumentException($"Invoice number '{input}' is malformed.", nameof(input))));

        string id = await host.Client.ScheduleNewWorkflowAsync("ValidatingWorkflow", "INV-??");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(typeof(ArgumentException).FullName, run.FailureDetails?.ErrorType);
        Assert.StartsWith("Invoice number 'INV-??' is malformed.", run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitForExternalEvent_EventWinsThenStaleTimerFires_RunKeepsItsOwnPath()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
            registry.AddWorkflow<string, string>("TwoWindowWorkflow", async (context, input) =>
            {
                string first = await context.WaitForExternalEvent<string>("Quote", TimeSpan.FromDays(1));
                await context.CreateTimer(TimeSpan.FromDays(2), CancellationToken.None);
                return $"{input}: {first} after the two-day window";
            }));
        string id = await host.Client.ScheduleNewWorkflowAsync("TwoWindowWorkflow", "INV-2026-0100");
        await host.WaitForIdleAsync();

        await host.Client.RaiseEventAsync(id, "Quote", "quote-17");
        await host.AdvanceTimeAsync(TimeSpan.FromDays(1));
        WorkflowRuntimeStatus afterStaleTimer = (await host.GetRequiredInstanceAsync(id)).RuntimeStatus;
        await host.AdvanceTimeAsync(TimeSpan.FromDays(1));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Running, afterStaleTimer);
        Assert.Equal("INV-2026-0100: quote-17 after the two-day window", run.ReadOutputAs<string>());
    }
}
