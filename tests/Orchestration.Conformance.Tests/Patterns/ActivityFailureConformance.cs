using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Activity failures: details that cross the durable boundary as a record, caught or failing the run.</summary>
public abstract class ActivityFailureConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string Post = "PostToErp";
    private const string Posting = "Posting";
    private const string UncaughtPosting = "UncaughtPosting";

    [Fact]
    public async Task Posting_ActivityThrows_WorkflowCatchesItsTypeAndMessage()
    {
        WorkflowMetadata run = await RunAsync(Posting, "INV-9");

        Caught caught = Output<Caught>(run);
        Assert.Equal(typeof(TimeoutException).FullName, caught.ErrorType);
        Assert.Equal("ERP did not answer for INV-9.", caught.Message);
        Assert.Equal(Post, caught.TaskName);
    }

    [Fact]
    public async Task Posting_ActivityThrows_FailureIsCausedByTheThrownTypeAndItsBases()
    {
        WorkflowMetadata run = await RunAsync(Posting, "INV-10");

        Caught caught = Output<Caught>(run);
        Assert.True(caught.IsTimeout);
        Assert.True(caught.IsException);
        Assert.False(caught.IsArgument);
    }

    [Fact]
    public async Task UncaughtPosting_ActivityThrows_RunFailsWithTheFailureDetails()
    {
        WorkflowMetadata run = await RunAsync(UncaughtPosting, "INV-11");

        Assert.Equal(WorkflowRuntimeStatus.Failed, run.RuntimeStatus);
        Assert.NotNull(run.FailureDetails);
        Assert.Equal(typeof(WorkflowTaskFailedException).FullName, run.FailureDetails.ErrorType);
        Assert.Contains("ERP did not answer for INV-11.", run.FailureDetails.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(typeof(TimeoutException).FullName, run.FailureDetails.InnerFailure?.ErrorType);
    }

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<string, Caught>(Posting, async (context, invoice) =>
        {
            try
            {
                await context.CallActivityAsync(Post, invoice);
                throw new InvalidOperationException("The posting did not fail.");
            }
            catch (WorkflowTaskFailedException failed)
            {
                WorkflowFailureDetails details = failed.FailureDetails;
                return new Caught(details.ErrorType, details.ErrorMessage, failed.TaskName,
                    details.IsCausedBy<TimeoutException>(), details.IsCausedBy<Exception>(), details.IsCausedBy<ArgumentException>());
            }
        })
        .AddWorkflow<string, string>(UncaughtPosting, async (context, invoice) =>
        {
            await context.CallActivityAsync(Post, invoice);
            return "posted";
        })
        .AddActivity<string, string>(Post, (_, invoice) => throw new TimeoutException($"ERP did not answer for {invoice}."));

    private sealed record Caught(string ErrorType, string Message, string TaskName, bool IsTimeout, bool IsException, bool IsArgument);
}

public sealed class ActivityFailureOnEngine() : ActivityFailureConformance(Runtimes.Runtimes.Engine);

public sealed class ActivityFailureOnDurableTask() : ActivityFailureConformance(Runtimes.Runtimes.DurableTask);
