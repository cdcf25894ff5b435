using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>The episode write: history, consumed messages, new work and the run's row, all or nothing.</summary>
internal sealed partial class EngineStore
{
    /// <summary>Applies an episode; returns the runs that now have messages to process.</summary>
    public static IReadOnlyList<string> CommitEpisode(StatementCache writer, EpisodeCommit commit)
    {
        string id = commit.InstanceId;
        foreach (long seq in commit.ConsumedMessages)
        {
            writer.Execute("DELETE FROM inbox WHERE seq = $seq", ("$seq", seq));
        }

        foreach (ActivityWorkItem done in commit.CompletedActivities)
        {
            writer.Execute(
                "DELETE FROM activities WHERE instance_id = $id AND generation = $generation AND task_id = $task",
                ("$id", done.InstanceId),
                ("$generation", done.Generation),
                ("$task", done.TaskId));
        }

        foreach (WorkflowHistoryEvent recorded in commit.AppendedEvents)
        {
            writer.Execute(
                "INSERT INTO history (instance_id, event_id, event) VALUES ($id, $event_id, $event)",
                ("$id", id),
                ("$event_id", recorded.EventId),
                ("$event", ToJson(recorded)));
        }

        if (commit.Status is { } status)
        {
            UpdateInstance(writer, commit, status);
        }

        List<string> woken = [];
        AddWork(writer, commit, woken);
        if (commit.ContinueAsNew is { } next)
        {
            StartNextGeneration(writer, commit, next);
            woken.Add(id);
        }

        return woken;
    }

    private static void UpdateInstance(StatementCache writer, EpisodeCommit commit, WorkflowRuntimeStatus status)
    {
        writer.Execute(
            "UPDATE instances SET status = $status, output = $output, failure = $failure, custom_status = $custom, "
            + "updated_at = $now, history_length = history_length + $appended WHERE instance_id = $id",
            ("$id", commit.InstanceId),
            ("$appended", commit.AppendedEvents.Count),
            ("$status", (int)status),
            ("$output", commit.Output),
            ("$failure", ToJson(commit.Failure)),
            ("$custom", commit.CustomStatus),
            ("$now", Ticks(commit.Now)));
        if (status.IsTerminal())
        {
            // A finished run wakes for nothing more: its timers and unstarted activities go with it.
            writer.Execute("DELETE FROM timers WHERE instance_id = $id", ("$id", commit.InstanceId));
            writer.Execute("DELETE FROM activities WHERE instance_id = $id", ("$id", commit.InstanceId));
        }
    }

    private static void AddWork(StatementCache writer, EpisodeCommit commit, List<string> woken)
    {
        foreach (ActivityWorkItem activity in commit.Activities)
        {
            writer.Execute(
                "INSERT INTO activities (instance_id, generation, task_id, name, input) VALUES ($id, $generation, $task, $name, $input)",
                ("$id", activity.InstanceId),
                ("$generation", activity.Generation),
                ("$task", activity.TaskId),
                ("$name", activity.Name),
                ("$input", activity.Input));
        }

        foreach (DueTimer timer in commit.Timers)
        {
            writer.Execute(
                "INSERT INTO timers (instance_id, generation, task_id, fire_at) VALUES ($id, $generation, $task, $fire_at)",
                ("$id", timer.InstanceId),
                ("$generation", timer.Generation),
                ("$task", timer.TaskId),
                ("$fire_at", Ticks(timer.FireAt)));
        }

        foreach (ChildStart child in commit.Children)
        {
            StartChild(writer, commit, child, woken);
        }

        foreach (OutgoingMessage message in commit.Messages)
        {
            Enqueue(writer, message.InstanceId, message.Generation, message.Event);
            woken.Add(message.InstanceId);
        }
    }

    private static void StartChild(StatementCache writer, EpisodeCommit commit, ChildStart child, List<string> woken)
    {
        writer.Execute("SAVEPOINT child");
        try
        {
            CreateInstance(writer, child, commit.InstanceId, commit.Generation, commit.Now);
            writer.Execute("RELEASE child");
            woken.Add(child.InstanceId);
        }
        catch (WorkflowInstanceExistsException taken)
        {
            // The parent learns through its own inbox, as it would of any other child failure.
            writer.Execute("ROLLBACK TO child");
            writer.Execute("RELEASE child");
            Enqueue(writer, commit.InstanceId, commit.Generation, new WorkflowHistoryEvent(0, WorkflowHistoryEventType.SubOrchestrationInstanceFailed, commit.Now)
            {
                TaskId = child.ParentTaskId,
                Failure = WorkflowFailureDetails.FromException(taken),
            });
            woken.Add(commit.InstanceId);
        }
    }

    private static void StartNextGeneration(StatementCache writer, EpisodeCommit commit, ContinuedGeneration next)
    {
        string id = commit.InstanceId;
        int generation = commit.Generation + 1;
        writer.Execute("DELETE FROM history WHERE instance_id = $id", ("$id", id));
        writer.Execute("DELETE FROM timers WHERE instance_id = $id", ("$id", id));
        writer.Execute("DELETE FROM activities WHERE instance_id = $id", ("$id", id));
        writer.Execute(
            "UPDATE instances SET generation = $generation, input = $input, output = NULL, failure = NULL, history_length = 0 "
            + "WHERE instance_id = $id",
            ("$id", id),
            ("$generation", generation),
            ("$input", next.Input));
        WorkflowHistoryEvent started = new(0, WorkflowHistoryEventType.ExecutionStarted, commit.Now) { Name = next.WorkflowName, Input = next.Input };
        Enqueue(writer, id, generation, started);
        foreach (WorkflowHistoryEvent carried in next.CarriedEvents)
        {
            Enqueue(writer, id, null, carried);
        }
    }
}
