namespace Orchestration.Abstractions;

/// <summary>An activity as the runtimes see it: typed input and output behind an untyped call.</summary>
public interface IWorkflowActivity
{
    /// <summary>Gets the input type.</summary>
    Type InputType { get; }

    /// <summary>Gets the output type.</summary>
    Type OutputType { get; }

    /// <summary>Does the work.</summary>
    /// <param name="context">Which run and step this is.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>The result.</returns>
    Task<object?> RunAsync(WorkflowActivityContext context, object? input);
}

/// <summary>
/// Base class of an activity: the place for I/O, models, connectors and clocks. Delivery is at least once (an activity
/// in flight when the process dies runs again), so write activities idempotent. The registered name is the class name.
/// Mirrors Durable Task's <c>TaskActivity&lt;TInput, TOutput&gt;</c>.
/// </summary>
/// <typeparam name="TInput">The input type.</typeparam>
/// <typeparam name="TOutput">The result type.</typeparam>
public abstract class WorkflowActivity<TInput, TOutput> : IWorkflowActivity
{
    /// <inheritdoc/>
    public Type InputType => typeof(TInput);

    /// <inheritdoc/>
    public Type OutputType => typeof(TOutput);

    /// <summary>Does the work.</summary>
    /// <param name="context">Which run and step this is.</param>
    /// <param name="input">The input.</param>
    /// <returns>The result.</returns>
    public abstract Task<TOutput> RunAsync(WorkflowActivityContext context, TInput input);

    /// <inheritdoc/>
    async Task<object?> IWorkflowActivity.RunAsync(WorkflowActivityContext context, object? input) =>
        await RunAsync(context, (TInput)input!);
}

/// <summary>What an activity knows of its invocation. Mirrors Durable Task's <c>TaskActivityContext</c>.</summary>
/// <param name="Name">The activity name.</param>
/// <param name="InstanceId">The run that scheduled it.</param>
/// <param name="CancellationToken">Signals that the host is shutting down.</param>
public sealed record WorkflowActivityContext(string Name, string InstanceId, CancellationToken CancellationToken);
