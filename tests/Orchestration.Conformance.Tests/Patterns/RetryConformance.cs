using System.Collections.Concurrent;
using Orchestration.Abstractions;
using Orchestration.Conformance.Tests.Runtimes;

namespace Orchestration.Conformance.Tests.Patterns;

/// <summary>Retry policies: attempts, backoff between them on durable timers, and the predicate that stops them.</summary>
public abstract class RetryConformance(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : ConformanceTest(start)
{
    private const string PostWithRetries = "PostWithRetries";
    private const string FlakyPost = "FlakyPost";

    // The attempts each invoice has had; each test uses its own invoice number.
    private readonly ConcurrentDictionary<string, int> attempts = new();

    [Fact]
    public async Task PostWithRetries_FailsTwiceThenSucceeds_CompletesOnTheThirdAttempt()
    {
        string id = await Client.ScheduleNewWorkflowAsync(PostWithRetries, new Posting("INV-20", FailuresBeforeSuccess: 2, Retryable: true));
        await Runtime.LetTimePassAsync(Interval);
        await Runtime.LetTimePassAsync(Interval * 2);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal("INV-20 posted on attempt 3", Output<string>(run));
        Assert.Equal(3, attempts["INV-20"]);
    }

    [Fact]
    public async Task PostWithRetries_FailsEveryAttempt_GivesUpAfterTheMaximumWithTheLastFailure()
    {
        string id = await Client.ScheduleNewWorkflowAsync(PostWithRetries, new Posting("INV-21", FailuresBeforeSuccess: 9, Retryable: true));
        await Runtime.LetTimePassAsync(Interval);
        await Runtime.LetTimePassAsync(Interval * 2);

        WorkflowMetadata run = await Runtime.WaitForCompletionAsync(id);

        Assert.Equal($"gave up: {typeof(TimeoutException).FullName}: attempt 3 of INV-21 timed out", Output<string>(run));
        Assert.Equal(3, attempts["INV-21"]);
    }

    [Fact]
    public async Task PostWithRetries_PredicateRefusesTheFailure_NoRetryFollows()
    {
        WorkflowMetadata run = await RunAsync(PostWithRetries, new Posting("INV-22", FailuresBeforeSuccess: 9, Retryable: false));

        Assert.Equal($"gave up: {typeof(ArgumentException).FullName}: INV-22 was refused by the ERP", Output<string>(run));
        Assert.Equal(1, attempts["INV-22"]);
    }

    private static TimeSpan Interval => TimeSpan.FromMilliseconds(250);

    protected override void Register(WorkflowRegistry registry) => registry
        .AddWorkflow<Posting, string>(PostWithRetries, async (context, posting) =>
        {
            WorkflowRetryPolicy policy = new(maxNumberOfAttempts: 3, firstRetryInterval: Interval, backoffCoefficient: 2.0)
            {
                HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
            };
            try
            {
                return await context.CallActivityAsync<string>(FlakyPost, posting, WorkflowTaskOptions.FromRetryPolicy(policy));
            }
            catch (WorkflowTaskFailedException failed)
            {
                return $"gave up: {failed.FailureDetails}";
            }
        })
        .AddActivity<Posting, string>(FlakyPost, (_, posting) =>
        {
            int attempt = attempts.AddOrUpdate(posting.Invoice, 1, (_, count) => count + 1);
            return !posting.Retryable ? throw new ArgumentException($"{posting.Invoice} was refused by the ERP")
                : attempt <= posting.FailuresBeforeSuccess ? throw new TimeoutException($"attempt {attempt} of {posting.Invoice} timed out")
                : Task.FromResult($"{posting.Invoice} posted on attempt {attempt}");
        });

    private sealed record Posting(string Invoice, int FailuresBeforeSuccess, bool Retryable);
}

public sealed class RetryOnEngine() : RetryConformance(Runtimes.Runtimes.Engine);

public sealed class RetryOnDurableTask() : RetryConformance(Runtimes.Runtimes.DurableTask);
