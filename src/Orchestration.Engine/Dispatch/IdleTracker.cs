namespace Orchestration.Engine.Dispatch;

/// <summary>Counts work in flight (queued or running episodes, activities, timer passes) and signals when none is left.</summary>
internal sealed class IdleTracker
{
    private readonly Lock gate = new();
    private int inFlight;
    private TaskCompletionSource idle = NewSignal(completed: true);

    public void Enter()
    {
        lock (gate)
        {
            if (inFlight++ == 0)
            {
                idle = NewSignal(completed: false);
            }
        }
    }

    public void Exit()
    {
        TaskCompletionSource? signal = null;
        lock (gate)
        {
            if (--inFlight == 0)
            {
                signal = idle;
            }
        }

        signal?.TrySetResult();
    }

    public Task WhenIdle()
    {
        lock (gate)
        {
            return idle.Task;
        }
    }

    private static TaskCompletionSource NewSignal(bool completed)
    {
        TaskCompletionSource signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            signal.SetResult();
        }

        return signal;
    }
}
