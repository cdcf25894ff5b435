using System.Collections.Concurrent;

namespace Orchestration.Engine.Dispatch;

/// <summary>Lets clients wait for a run's next committed change instead of polling.</summary>
internal sealed class InstanceWatchers
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> watchers = new(StringComparer.Ordinal);

    /// <summary>Returns a task that completes at the run's next change. Take it before reading the state it guards.</summary>
    public Task NextChange(string instanceId) =>
        watchers.GetOrAdd(instanceId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Notify(string instanceId)
    {
        if (watchers.TryRemove(instanceId, out TaskCompletionSource? changed))
        {
            changed.TrySetResult();
        }
    }
}
