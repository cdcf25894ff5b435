namespace Orchestration.Abstractions;

/// <summary>A workflow as the runtimes see it: typed input and output behind an untyped call.</summary>
public interface IWorkflow
{
    /// <summary>Gets the input type, used to validate input before a run starts.</summary>
    Type InputType { get; }

    /// <summary>Gets the output type.</summary>
    Type OutputType { get; }

    /// <summary>Runs the workflow code.</summary>
    /// <param name="context">The durable context.</param>
    /// <param name="input">The deserialized input.</param>
    /// <returns>The output.</returns>
    Task<object?> RunAsync(IWorkflowContext context, object? input);
}

/// <summary>
/// Base class of a workflow: deterministic code that decides what runs, when and under which policy.
/// The registered name is the class name. Mirrors Durable Task's <c>TaskOrchestrator&lt;TInput, TOutput&gt;</c>.
/// </summary>
/// <typeparam name="TInput">The input type. A null input is refused unless this is <see cref="object"/>.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public abstract class Workflow<TInput, TOutput> : IWorkflow
{
    /// <inheritdoc/>
    public Type InputType => typeof(TInput);

    /// <inheritdoc/>
    public Type OutputType => typeof(TOutput);

    /// <summary>Runs the workflow code. Use only <paramref name="context"/> for time, ids, waiting and work.</summary>
    /// <param name="context">The durable context.</param>
    /// <param name="input">The input.</param>
    /// <returns>The output.</returns>
    public abstract Task<TOutput> RunAsync(IWorkflowContext context, TInput input);

    /// <inheritdoc/>
    async Task<object?> IWorkflow.RunAsync(IWorkflowContext context, object? input) => await RunAsync(context, (TInput)input!);
}
