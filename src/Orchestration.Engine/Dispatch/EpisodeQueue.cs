using System.Threading.Channels;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Runs that have messages to process. A run is never in two episodes at once: marking a running run ready only
/// flags it, and it is queued again when its episode ends.
/// </summary>
internal sealed class EpisodeQueue(IdleTracker idle)
{
    private readonly Channel<string> ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = false });
    private readonly HashSet<string> queued = new(StringComparer.Ordinal);
    private readonly HashSet<string> running = new(StringComparer.Ordinal);
    private readonly HashSet<string> dirty = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public ChannelReader<string> Reader => ready.Reader;

    public void MarkReady(string instanceId)
    {
        lock (gate)
        {
            if (running.Contains(instanceId))
            {
                dirty.Add(instanceId);
                return;
            }

            if (!queued.Add(instanceId))
            {
                return;
            }

            idle.Enter();
        }

        ready.Writer.TryWrite(instanceId);
    }

    public void BeginEpisode(string instanceId)
    {
        lock (gate)
        {
            queued.Remove(instanceId);
            running.Add(instanceId);
        }
    }

    public void EndEpisode(string instanceId)
    {
        bool again;
        lock (gate)
        {
            running.Remove(instanceId);
            again = dirty.Remove(instanceId);
        }

        if (again)
        {
            MarkReady(instanceId);
        }

        idle.Exit();
    }

    public void Complete() => ready.Writer.TryComplete();
}
