using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>
/// Tells when the sidecar has stopped the backend. The sidecar stops its dispatchers from an <c>async void</c>
/// callback of the host's shutdown, so stopping the sidecar returns before the backend has stopped polling: a task
/// hub deleted then would still be polled (and its partition manager fail loudly). The in-memory backend ignores
/// the dispatchers' cancellation, so the sidecar never stops it; nothing waits there.
/// </summary>
/// <param name="inner">The backend.</param>
internal sealed class StopSignallingOrchestrationService(IOrchestrationService inner) : OrchestrationServiceDecorator(inner)
{
    private readonly TaskCompletionSource stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets a task that completes when the backend has stopped.</summary>
    public Task Stopped => stopped.Task;

    public override async Task StopAsync()
    {
        await base.StopAsync();
        stopped.TrySetResult();
    }
}
