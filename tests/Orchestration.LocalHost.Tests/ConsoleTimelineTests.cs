using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Processes.Invoices;
using Orchestration.LocalHost.Samples;

namespace Orchestration.LocalHost.Tests;

public sealed class ConsoleTimelineTests
{
    private static readonly DateTime Start = new(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Print_CompletedRun_WritesOneRowPerEventAndTheOutput()
    {
        SampleRun run = new(
            new WorkflowMetadata(nameof(InvoiceApprovalWorkflow), "invoice-1")
            {
                RuntimeStatus = WorkflowRuntimeStatus.Completed,
                SerializedOutput = """{"status":"Posted"}""",
            },
            [
                new WorkflowHistoryEvent(0, WorkflowHistoryEventType.ExecutionStarted, Start) { Name = nameof(InvoiceApprovalWorkflow) },
                new WorkflowHistoryEvent(1, WorkflowHistoryEventType.TaskScheduled, Start.AddMilliseconds(5)) { TaskId = 0, Name = "PostInvoiceActivity" },
                new WorkflowHistoryEvent(2, WorkflowHistoryEventType.TaskFailed, Start.AddMilliseconds(40))
                {
                    TaskId = 0,
                    Name = "PostInvoiceActivity",
                    Failure = new WorkflowFailureDetails("System.TimeoutException", "gateway timeout"),
                },
            ],
            new ReplayResult(true, null),
            ErpPostingCalls: 1);
        using StringWriter output = new();

        ConsoleTimeline.Print(output, run);

        string[] lines = output.ToString().Split(Environment.NewLine);
        Assert.Contains(lines, line => line.Contains("History of invoice-1 (InvoiceApprovalWorkflow), 3 events from 2026-01-05 09:00:00 UTC", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("#0    PostInvoiceActivity System.TimeoutException: gateway timeout", StringComparison.Ordinal)
            && line.Contains("TaskFailed", StringComparison.Ordinal)
            && line.Contains("    40  ", StringComparison.Ordinal));
        Assert.Contains("Status: Completed", lines);
        Assert.Contains("  \"status\": \"Posted\"", lines);
    }

    [Fact]
    public void Print_DivergentReplay_ShowsTheDivergence()
    {
        SampleRun run = new(
            new WorkflowMetadata(nameof(InvoiceApprovalWorkflow), "invoice-1") { RuntimeStatus = WorkflowRuntimeStatus.Completed },
            [],
            new ReplayResult(false, "at step #2 the history recorded X, but the code did Y"),
            ErpPostingCalls: 0);
        using StringWriter output = new();

        ConsoleTimeline.Print(output, run);

        Assert.Contains(
            "Replay of the exported history against the current code: at step #2 the history recorded X, but the code did Y",
            output.ToString(),
            StringComparison.Ordinal);
    }
}
