using Orchestration.Engine.Storage;

namespace Orchestration.Engine.Dispatch;

/// <summary>
/// Activity results waiting for their run's next episode. They are not written on their own: the episode that
/// applies a result deletes its work item in the same commit that records it in history. If the process dies first,
/// the work item is still stored and the activity runs again (at least once), so nothing is lost.
/// </summary>
internal sealed class ActivityResults
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<InboxMessage>> waiting = new(StringComparer.Ordinal);

    public void Add(ActivityWorkItem item, Abstractions.WorkflowHistoryEvent result)
    {
        lock (gate)
        {
            if (!waiting.TryGetValue(item.InstanceId, out List<InboxMessage>? results))
            {
                waiting[item.InstanceId] = results = [];
            }

            results.Add(new InboxMessage(0, item.Generation, result) { CompletedActivity = item });
        }
    }

    public IReadOnlyList<InboxMessage> Take(string instanceId)
    {
        lock (gate)
        {
            return waiting.Remove(instanceId, out List<InboxMessage>? results) ? results : [];
        }
    }

    /// <summary>Puts back results an episode did not apply (held by a suspension, or its commit failed), ahead of newer ones.</summary>
    public void Return(string instanceId, IReadOnlyList<InboxMessage> results)
    {
        if (results.Count == 0)
        {
            return;
        }

        lock (gate)
        {
            if (!waiting.TryGetValue(instanceId, out List<InboxMessage>? newer))
            {
                waiting[instanceId] = newer = [];
            }

            newer.InsertRange(0, results);
        }
    }
}
