namespace Orchestration.Abstractions;

/// <summary>
/// How a failed activity or sub-workflow is retried, with durable timers between attempts.
/// Mirrors Durable Functions' <c>RetryPolicy</c>, including its argument rules.
/// </summary>
public sealed class WorkflowRetryPolicy
{
    /// <summary>Initializes a new instance of the <see cref="WorkflowRetryPolicy"/> class.</summary>
    /// <param name="maxNumberOfAttempts">Total attempts including the first; at least 1.</param>
    /// <param name="firstRetryInterval">Delay before the first retry; greater than zero.</param>
    /// <param name="backoffCoefficient">Multiplier applied to each further delay; at least 1.</param>
    /// <param name="maxRetryInterval">Upper bound on one delay; default one hour.</param>
    /// <param name="retryTimeout">Upper bound on all attempts together; default infinite.</param>
    public WorkflowRetryPolicy(
        int maxNumberOfAttempts,
        TimeSpan firstRetryInterval,
        double backoffCoefficient = 1.0,
        TimeSpan? maxRetryInterval = null,
        TimeSpan? retryTimeout = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNumberOfAttempts, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstRetryInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(backoffCoefficient, 1.0);
        TimeSpan maxInterval = maxRetryInterval ?? TimeSpan.FromHours(1);
        TimeSpan timeout = retryTimeout ?? Timeout.InfiniteTimeSpan;
        if (maxInterval != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(maxInterval, firstRetryInterval, nameof(maxRetryInterval));
        }

        if (timeout != Timeout.InfiniteTimeSpan)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(timeout, firstRetryInterval, nameof(retryTimeout));
        }

        MaxNumberOfAttempts = maxNumberOfAttempts;
        FirstRetryInterval = firstRetryInterval;
        BackoffCoefficient = backoffCoefficient;
        MaxRetryInterval = maxInterval;
        RetryTimeout = timeout;
    }

    /// <summary>Gets the total number of attempts, the first included.</summary>
    public int MaxNumberOfAttempts { get; }

    /// <summary>Gets the delay before the first retry.</summary>
    public TimeSpan FirstRetryInterval { get; }

    /// <summary>Gets the multiplier applied to each further delay.</summary>
    public double BackoffCoefficient { get; }

    /// <summary>Gets the upper bound on one delay (<see cref="Timeout.InfiniteTimeSpan"/> for none).</summary>
    public TimeSpan MaxRetryInterval { get; }

    /// <summary>Gets the upper bound on all attempts together (<see cref="Timeout.InfiniteTimeSpan"/> for none).</summary>
    public TimeSpan RetryTimeout { get; }

    /// <summary>Gets a predicate choosing which failures are retried; null retries every failure.</summary>
    public Func<WorkflowFailureDetails, bool>? HandleFailure { get; init; }

    /// <summary>Computes the delay after a failed attempt, or null when no retry should follow.</summary>
    /// <param name="failedAttempt">The 1-based number of the attempt that failed.</param>
    /// <param name="failure">What the attempt failed with.</param>
    /// <param name="elapsed">Time since the first attempt was scheduled, on the workflow's clock.</param>
    /// <returns>The delay before the next attempt, or null to give up.</returns>
    public TimeSpan? NextDelay(int failedAttempt, WorkflowFailureDetails failure, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failedAttempt >= MaxNumberOfAttempts || (HandleFailure is not null && !HandleFailure(failure)))
        {
            return null;
        }

        double ticks = FirstRetryInterval.Ticks * Math.Pow(BackoffCoefficient, failedAttempt - 1);
        TimeSpan delay = ticks >= TimeSpan.MaxValue.Ticks ? TimeSpan.MaxValue : TimeSpan.FromTicks((long)ticks);
        if (MaxRetryInterval != Timeout.InfiniteTimeSpan && delay > MaxRetryInterval)
        {
            delay = MaxRetryInterval;
        }

        bool pastTimeout = RetryTimeout != Timeout.InfiniteTimeSpan && elapsed + delay > RetryTimeout;
        return pastTimeout ? null : delay;
    }
}
