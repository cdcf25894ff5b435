using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>
/// The histories of recently active runs, so an episode does not re-read and re-parse what the previous one wrote.
/// Bounded (least recently used out), so idle runs still cost nothing in memory; an entry is used only when its
/// generation and length match the run's row, so a stale entry can never stand in for the stored history.
/// </summary>
internal sealed class HistoryCache(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recency = [];

    public IReadOnlyList<WorkflowHistoryEvent>? Find(string instanceId, int generation, int length)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(instanceId, out LinkedListNode<Entry>? node))
            {
                return null;
            }

            if (node.Value.Generation != generation || node.Value.History.Count != length)
            {
                Remove(node);
                return null;
            }

            recency.Remove(node);
            recency.AddFirst(node);
            return node.Value.History;
        }
    }

    public void Store(string instanceId, int generation, IReadOnlyList<WorkflowHistoryEvent> history)
    {
        lock (gate)
        {
            if (entries.TryGetValue(instanceId, out LinkedListNode<Entry>? existing))
            {
                Remove(existing);
            }

            entries[instanceId] = recency.AddFirst(new Entry(instanceId, generation, history));
            if (entries.Count > capacity && recency.Last is { } oldest)
            {
                Remove(oldest);
            }
        }
    }

    public void Forget(string instanceId)
    {
        lock (gate)
        {
            if (entries.TryGetValue(instanceId, out LinkedListNode<Entry>? node))
            {
                Remove(node);
            }
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        recency.Remove(node);
        entries.Remove(node.Value.InstanceId);
    }

    private sealed record Entry(string InstanceId, int Generation, IReadOnlyList<WorkflowHistoryEvent> History);
}
