namespace Orchestration.Abstractions.Tests.Workflows;

public sealed class WorkflowRetryPolicyTests
{
    private static readonly WorkflowFailureDetails Timeout = new(typeof(TimeoutException).FullName!, "ERP did not answer");

    [Fact]
    public void Constructor_ZeroAttempts_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkflowRetryPolicy(0, TimeSpan.FromSeconds(1)));

        Assert.Equal("maxNumberOfAttempts", error.ParamName);
    }

    [Fact]
    public void Constructor_ZeroFirstInterval_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkflowRetryPolicy(3, TimeSpan.Zero));

        Assert.Equal("firstRetryInterval", error.ParamName);
    }

    [Fact]
    public void Constructor_NegativeFirstInterval_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkflowRetryPolicy(3, TimeSpan.FromSeconds(-1)));

        Assert.Equal("firstRetryInterval", error.ParamName);
    }

    [Fact]
    public void Constructor_BackoffBelowOne_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new WorkflowRetryPolicy(3, TimeSpan.FromSeconds(1), backoffCoefficient: 0.5));

        Assert.Equal("backoffCoefficient", error.ParamName);
    }

    [Fact]
    public void Constructor_MaxIntervalBelowFirstInterval_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new WorkflowRetryPolicy(3, TimeSpan.FromSeconds(10), maxRetryInterval: TimeSpan.FromSeconds(5)));

        Assert.Equal("maxRetryInterval", error.ParamName);
    }

    [Fact]
    public void Constructor_TimeoutBelowFirstInterval_ThrowsArgumentOutOfRange()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => new WorkflowRetryPolicy(3, TimeSpan.FromSeconds(10), retryTimeout: TimeSpan.FromSeconds(5)));

        Assert.Equal("retryTimeout", error.ParamName);
    }

    [Fact]
    public void Constructor_OptionalArgumentsOmitted_UsesDurableFunctionsDefaults()
    {
        WorkflowRetryPolicy policy = new(3, TimeSpan.FromSeconds(1));

        Assert.Equal(1.0, policy.BackoffCoefficient);
        Assert.Equal(TimeSpan.FromHours(1), policy.MaxRetryInterval);
        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, policy.RetryTimeout);
        Assert.Null(policy.HandleFailure);
    }

    [Fact]
    public void Constructor_InfiniteMaxInterval_IsAccepted()
    {
        WorkflowRetryPolicy policy = new(3, TimeSpan.FromSeconds(1), maxRetryInterval: System.Threading.Timeout.InfiniteTimeSpan);

        Assert.Equal(System.Threading.Timeout.InfiniteTimeSpan, policy.MaxRetryInterval);
    }

    [Fact]
    public void NextDelay_ExponentialBackoff_DoublesEachAttempt()
    {
        WorkflowRetryPolicy policy = new(5, TimeSpan.FromSeconds(1), backoffCoefficient: 2.0);

        TimeSpan?[] delays = [.. Enumerable.Range(1, 4).Select(attempt => policy.NextDelay(attempt, Timeout, TimeSpan.Zero))];

        Assert.Equal([TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)], delays);
    }

    [Fact]
    public void NextDelay_BackoffPastMaxInterval_IsCappedAtMaxInterval()
    {
        WorkflowRetryPolicy policy = new(10, TimeSpan.FromSeconds(1), backoffCoefficient: 2.0, maxRetryInterval: TimeSpan.FromSeconds(5));

        Assert.Equal(TimeSpan.FromSeconds(4), policy.NextDelay(3, Timeout, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(5), policy.NextDelay(4, Timeout, TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(5), policy.NextDelay(9, Timeout, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_HugeBackoffWithoutCap_SaturatesInsteadOfOverflowing()
    {
        WorkflowRetryPolicy policy = new(
            1000, TimeSpan.FromSeconds(1), backoffCoefficient: 10.0, maxRetryInterval: System.Threading.Timeout.InfiniteTimeSpan);

        Assert.Equal(TimeSpan.MaxValue, policy.NextDelay(500, Timeout, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_LastAttemptFailed_ReturnsNull()
    {
        WorkflowRetryPolicy policy = new(3, TimeSpan.FromSeconds(1));

        Assert.NotNull(policy.NextDelay(2, Timeout, TimeSpan.Zero));
        Assert.Null(policy.NextDelay(3, Timeout, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_SingleAttemptPolicy_NeverRetries()
    {
        WorkflowRetryPolicy policy = new(1, TimeSpan.FromSeconds(1));

        Assert.Null(policy.NextDelay(1, Timeout, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_RetryWouldEndPastTimeout_ReturnsNull()
    {
        WorkflowRetryPolicy policy = new(10, TimeSpan.FromSeconds(10), retryTimeout: TimeSpan.FromSeconds(30));

        Assert.Null(policy.NextDelay(3, Timeout, elapsed: TimeSpan.FromSeconds(25)));
    }

    [Fact]
    public void NextDelay_RetryEndsExactlyAtTimeout_ReturnsDelay()
    {
        WorkflowRetryPolicy policy = new(10, TimeSpan.FromSeconds(10), retryTimeout: TimeSpan.FromSeconds(30));

        Assert.Equal(TimeSpan.FromSeconds(10), policy.NextDelay(2, Timeout, elapsed: TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public void NextDelay_PredicateRejectsFailure_ReturnsNull()
    {
        WorkflowRetryPolicy policy = new(5, TimeSpan.FromSeconds(1))
        {
            HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
        };
        WorkflowFailureDetails rejected = new(typeof(ArgumentException).FullName!, "invoice number is malformed");

        Assert.Null(policy.NextDelay(1, rejected, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_PredicateAcceptsFailure_ReturnsDelay()
    {
        WorkflowRetryPolicy policy = new(5, TimeSpan.FromSeconds(1))
        {
            HandleFailure = failure => failure.IsCausedBy<TimeoutException>(),
        };

        Assert.Equal(TimeSpan.FromSeconds(1), policy.NextDelay(1, Timeout, TimeSpan.Zero));
    }

    [Fact]
    public void NextDelay_NullFailure_ThrowsArgumentNull()
    {
        WorkflowRetryPolicy policy = new(5, TimeSpan.FromSeconds(1));

        Assert.Throws<ArgumentNullException>(() => policy.NextDelay(1, null!, TimeSpan.Zero));
    }
}
