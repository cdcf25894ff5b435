namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Commits awaited outside a worker's slot. Workers hand their commit here and take the next item, so the group
/// commit sees many requests at once; shutdown waits for every one of them.
/// </summary>
internal sealed class InFlight
{
    private readonly Lock gate = new();
    private readonly HashSet<Task> running = [];

    public void Add(Task commit)
    {
        lock (gate)
        {
            if (commit.IsCompleted)
            {
                return;
            }

            running.Add(commit);
        }

        commit.ContinueWith(Remove, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    public Task WhenAllAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(running);
        }
    }

    private void Remove(Task commit)
    {
        lock (gate)
        {
            running.Remove(commit);
        }
    }
}
