using Orchestration.Abstractions;
using Orchestration.TestKit;

namespace Orchestration.Engine.Tests.Execution;

public sealed class ActivityFailureTests
{
    private const string FailingActivity = "ParseBankStatementActivity";
    private const string CatchingWorkflow = "BankStatementImportWorkflow";

    [Fact]
    public async Task CallActivityAsync_ActivityThrows_WorkflowCatchesTaskFailedExceptionWithDetails()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(Register);

        string id = await host.Client.ScheduleNewWorkflowAsync(CatchingWorkflow, "statement-2026-01.csv");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Completed, run.RuntimeStatus);
        Assert.Equal(
            new CaughtFailure(
                FailingActivity,
                typeof(InvalidOperationException).FullName!,
                "Cannot import statement-2026-01.csv.",
                HasStackTrace: true,
                typeof(FormatException).FullName,
                "Line 7: 'twelve' is not an amount."),
            run.ReadOutputAs<CaughtFailure>());
    }

    [Fact]
    public async Task CallActivityAsync_ActivityThrowsUncaught_RunFailsWithTaskFailedDetails()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
        {
            Register(registry);
            registry.AddWorkflow<string, string>("UncaughtImportWorkflow", (context, file) => context.CallActivityAsync<string>(FailingActivity, file));
        });

        string id = await host.Client.ScheduleNewWorkflowAsync("UncaughtImportWorkflow", "statement-2026-01.csv");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.True(run.FailureDetails?.IsCausedBy<WorkflowTaskFailedException>());
        Assert.Equal(typeof(InvalidOperationException).FullName, run.FailureDetails?.InnerFailure?.ErrorType);
        Assert.Equal(typeof(FormatException).FullName, run.FailureDetails?.InnerFailure?.InnerFailure?.ErrorType);
    }

    [Fact]
    public async Task CallActivityAsync_UnregisteredActivity_FailsTheTaskNamingTheActivity()
    {
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry =>
            registry.AddWorkflow<string, string>("TypoWorkflow", (context, file) => context.CallActivityAsync<string>("ParseBankStatmentActivity", file)));

        string id = await host.Client.ScheduleNewWorkflowAsync("TypoWorkflow", "statement.csv");
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.Contains("ParseBankStatmentActivity", run.FailureDetails?.InnerFailure?.ErrorMessage ?? run.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
    }

    private static void Register(WorkflowRegistry registry) => registry
        .AddActivity<string, string>(FailingActivity, (_, file) =>
            throw new InvalidOperationException($"Cannot import {file}.", new FormatException("Line 7: 'twelve' is not an amount.")))
        .AddWorkflow<string, CaughtFailure>(CatchingWorkflow, async (context, file) =>
        {
            try
            {
                await context.CallActivityAsync<string>(FailingActivity, file);
                return new CaughtFailure("none", "none", "none", false, null, null);
            }
            catch (WorkflowTaskFailedException failed)
            {
                WorkflowFailureDetails details = failed.FailureDetails;
                return new CaughtFailure(
                    failed.TaskName, details.ErrorType, details.ErrorMessage, details.StackTrace is not null,
                    details.InnerFailure?.ErrorType, details.InnerFailure?.ErrorMessage);
            }
        });

    public sealed record CaughtFailure(
        string TaskName, string ErrorType, string ErrorMessage, bool HasStackTrace, string? InnerErrorType, string? InnerErrorMessage);
}
