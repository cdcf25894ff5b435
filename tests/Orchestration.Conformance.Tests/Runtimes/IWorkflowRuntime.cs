using Orchestration.Abstractions;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>
/// One runtime under the conformance suite, running the suite's workflows: the tests talk to it only through the
/// seam's <see cref="IWorkflowClient"/>, and ask for time to pass instead of sleeping.
/// </summary>
public interface IWorkflowRuntime : IAsyncDisposable
{
    /// <summary>Gets the client.</summary>
    IWorkflowClient Client { get; }

    /// <summary>Gets what the runtime records in its logs, replay-safe loggers included.</summary>
    Microsoft.Extensions.Logging.Testing.FakeLogCollector Logs { get; }

    /// <summary>Tells whether the runtime shows a known difference (<see cref="RuntimeDifferences"/>).</summary>
    /// <param name="difference">The difference.</param>
    /// <returns>True when this runtime behaves as the difference says.</returns>
    bool Has(RuntimeDifference difference);

    /// <summary>
    /// Lets <paramref name="span"/> of workflow time pass once the runs are waiting: the engine moves its manual clock;
    /// the Durable Task SDK's timers take real time, so there it returns at once and the waits that follow take it.
    /// </summary>
    /// <param name="span">How much time.</param>
    /// <returns>A task that completes when the time is granted.</returns>
    Task LetTimePassAsync(TimeSpan span);

    /// <summary>Waits for a run to finish, failing instead of hanging.</summary>
    /// <param name="instanceId">The run.</param>
    /// <returns>Its final state, with input and output.</returns>
    Task<WorkflowMetadata> WaitForCompletionAsync(string instanceId);
}
