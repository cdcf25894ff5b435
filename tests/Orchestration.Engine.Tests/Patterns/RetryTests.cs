using Orchestration.Abstractions;
using Orchestration.Engine.Tests.Workflows;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Patterns;

public sealed class RetryTests
{
    [Fact]
    public async Task CallActivityAsync_FailsTwiceWithThreeAttemptPolicy_CompletesAfterDurableBackoff()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { TransientFailures = 2 } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);
        List<int> attempts = [];

        await host.WaitForIdleAsync();
        attempts.Add(catalog.LedgerPosting.Executions);
        foreach (TimeSpan step in new[] { TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(119), TimeSpan.FromSeconds(1) })
        {
            await host.AdvanceTimeAsync(step);
            attempts.Add(catalog.LedgerPosting.Executions);
        }

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        Assert.Equal([1, 1, 2, 2, 3], attempts);
        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal("LEDGER-INV-2026-0100-attempt-3", run.ReadOutputAs<string>());
    }

    [Fact]
    public async Task CallActivityAsync_RetryBackoff_RecordsDurableTimersAtPolicyDelays()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { TransientFailures = 2 } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        DateTime start = host.Time.GetUtcNow().UtcDateTime;
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);

        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(2));
        await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        DateTime?[] timers = [.. history.Where(e => e.EventType == WorkflowHistoryEventType.TimerCreated).Select(e => e.FireAt)];
        Assert.Equal([start.AddMinutes(1), start.AddMinutes(3)], timers);
        Assert.Equal(2, history.Count(e => e.EventType == WorkflowHistoryEventType.TaskFailed));
    }

    [Fact]
    public async Task CallActivityAsync_RetriesExhausted_RunFailsNamingOriginalExceptionTypeAndMessage()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { TransientFailures = int.MaxValue } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);
        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);

        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(1));
        await host.AdvanceTimeAsync(TimeSpan.FromMinutes(2));
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(3, catalog.LedgerPosting.Executions);
        Assert.Equal(typeof(WorkflowTaskFailedException).FullName, run.FailureDetails?.ErrorType);
        Assert.Contains(LedgerPostingActivity.TimeoutMessage, run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(typeof(TimeoutException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(LedgerPostingActivity.TimeoutMessage, run.FailureDetails?.InnerFailure?.ErrorMessage);
    }

    [Fact]
    public async Task CallActivityAsync_NonTransientFailure_HandleFailureStopsRetrying()
    {
        InvoiceCatalog catalog = new() { LedgerPosting = new LedgerPostingActivity { PermanentFailure = true } };
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(catalog.Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(nameof(LedgerPostingWorkflow), SampleInvoices.Medium);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);
        IReadOnlyList<WorkflowHistoryEvent> history = await host.Client.GetHistoryAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Equal(1, catalog.LedgerPosting.Executions);
        Assert.DoesNotContain(history, e => e.EventType == WorkflowHistoryEventType.TimerCreated);
        Assert.Equal(typeof(InvalidOperationException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(LedgerPostingActivity.DuplicateMessage("INV-2026-0100"), run.FailureDetails?.InnerFailure?.ErrorMessage);
    }
}
