using Orchestration.Abstractions;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// The base of every conformance test class: a fresh runtime per test, with the workflows the class registers. Each
/// behaviour is an abstract class of facts; a sealed class per runtime at the end of its file runs them.
/// </summary>
/// <param name="start">Starts the runtime the derived class names.</param>
public abstract class ConformanceTest(Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> start) : IAsyncLifetime
{
    private IWorkflowRuntime? runtime;

    /// <summary>
    /// Gets a span that a timer or a timed wait in these tests takes: long enough for the Durable Task SDK's real-time
    /// timers to be reliable, short enough to keep the suite quick. The engine's manual clock makes it instant there.
    /// </summary>
    protected static TimeSpan Brief { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Gets a span no test waits out: a wait with this timeout ends by its event.</summary>
    protected static TimeSpan Ample { get; } = TimeSpan.FromHours(1);

    /// <summary>Gets the runtime under test.</summary>
    protected IWorkflowRuntime Runtime => runtime ?? throw new InvalidOperationException("The runtime has not started.");

    /// <summary>Gets the runtime's client.</summary>
    protected IWorkflowClient Client => Runtime.Client;

    /// <inheritdoc/>
    public async Task InitializeAsync() => runtime = await start(Register);

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (runtime is not null)
        {
            await runtime.DisposeAsync();
        }
    }

    /// <summary>Adds the workflows and activities this class's tests run.</summary>
    /// <param name="registry">The runtime's registry.</param>
    protected abstract void Register(WorkflowRegistry registry);

    /// <summary>Starts a run and waits for it to finish.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="input">Its input.</param>
    /// <returns>Its final state.</returns>
    protected async Task<WorkflowMetadata> RunAsync(string workflow, object? input = null) =>
        await Runtime.WaitForCompletionAsync(await Client.ScheduleNewWorkflowAsync(workflow, input));

    /// <summary>
    /// Waits until a run shows a status that a client request (suspend, resume) leads to once the runtime has handled
    /// it. Neither runtime signals that, so the client is asked again every 20 ms, for at most 30 s.
    /// </summary>
    /// <param name="instanceId">The run.</param>
    /// <param name="status">The status to wait for.</param>
    /// <returns>The run in that status.</returns>
    protected async Task<WorkflowMetadata> WaitForStatusAsync(string instanceId, WorkflowRuntimeStatus status)
    {
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(30));
        while (true)
        {
            WorkflowMetadata? run = await Client.GetInstanceAsync(instanceId, cancellation: hang.Token);
            if (run?.RuntimeStatus == status)
            {
                return run;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), hang.Token);
        }
    }

    /// <summary>Reads a finished run's output.</summary>
    /// <typeparam name="T">The output type.</typeparam>
    /// <param name="run">The run.</param>
    /// <returns>The output.</returns>
    protected static T Output<T>(WorkflowMetadata run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Assert.True(run.RuntimeStatus == WorkflowRuntimeStatus.Completed, $"The run ended {run.RuntimeStatus}: {run.FailureDetails}\n{run.FailureDetails?.StackTrace}");
        return WorkflowJson.Deserialize<T>(run.SerializedOutput)!;
    }
}

/// <summary>What each runtime's test class passes to <see cref="ConformanceTest"/>.</summary>
public static class Runtimes
{
    /// <summary>Starts the embedded engine.</summary>
    public static Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> Engine { get; } = EngineRuntime.StartAsync;

    /// <summary>Starts the Durable Task SDK through the Functions app's adapters.</summary>
    public static Func<Action<WorkflowRegistry>, Task<IWorkflowRuntime>> DurableTask { get; } = DurableTaskRuntime.StartAsync;
}
