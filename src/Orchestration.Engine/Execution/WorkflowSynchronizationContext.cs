namespace Orchestration.Engine.Execution;

/// <summary>
/// The single-threaded scheduler workflow code runs on: every <c>await</c> continues here, in the order history
/// completes the awaited operations, and only while the executor pumps.
/// </summary>
internal sealed class WorkflowSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> pending = new();
    private readonly int ownerThreadId = Environment.CurrentManagedThreadId;
    private readonly Lock gate = new();

    /// <summary>Gets a value indicating whether a continuation was posted from another thread, which means
    /// workflow code awaited something that is not durable (Task.Delay, I/O, Task.Run).</summary>
    public bool ForeignPostSeen { get; private set; }

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (gate)
        {
            if (Environment.CurrentManagedThreadId != ownerThreadId)
            {
                ForeignPostSeen = true;
                return;
            }

            pending.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Workflow code cannot block on another thread.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Runs queued continuations until none is left.</summary>
    public void RunPending()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (gate)
            {
                if (!pending.TryDequeue(out next))
                {
                    return;
                }
            }

            next.Callback(next.State);
        }
    }
}
