using Orchestration.Abstractions;

namespace Orchestration.Engine.Tests.Workflows;

/// <summary>An activity that counts its executions, so tests can prove that none ran twice.</summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The result type.</typeparam>
public abstract class CountedActivity<TInput, TOutput> : WorkflowActivity<TInput, TOutput>
{
    private int executions;

    /// <summary>Gets how many times the activity has run.</summary>
    public int Executions => Volatile.Read(ref executions);

    /// <inheritdoc/>
    public sealed override Task<TOutput> RunAsync(WorkflowActivityContext context, TInput input)
    {
        int attempt = Interlocked.Increment(ref executions);
        return Task.FromResult(Execute(input, attempt));
    }

    /// <summary>Does the work.</summary>
    /// <param name="input">The input.</param>
    /// <param name="execution">The 1-based number of this execution.</param>
    /// <returns>The result.</returns>
    protected abstract TOutput Execute(TInput input, int execution);
}
