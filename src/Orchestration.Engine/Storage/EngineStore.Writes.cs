using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>Writes. Each runs inside the group commit, on the writer connection, within its own savepoint.</summary>
internal sealed partial class EngineStore
{
    private const string InsertInbox = "INSERT INTO inbox (instance_id, generation, event) VALUES ($id, $generation, $event)";

    /// <summary>Creates a run and its start message; a taken id throws and writes nothing.</summary>
    public static void CreateInstance(StatementCache writer, ChildStart run, string? parentInstanceId, int? parentGeneration, DateTime now)
    {
        int inserted = writer.Execute(
            "INSERT INTO instances (instance_id, name, status, generation, input, parent_instance_id, parent_task_id, "
            + "parent_generation, created_at, updated_at) VALUES ($id, $name, $status, 0, $input, $parent, $parent_task, "
            + "$parent_generation, $now, $now) ON CONFLICT (instance_id) DO NOTHING",
            ("$id", run.InstanceId),
            ("$name", run.Name),
            ("$status", (int)WorkflowRuntimeStatus.Pending),
            ("$input", run.Input),
            ("$parent", parentInstanceId),
            ("$parent_task", parentInstanceId is null ? null : run.ParentTaskId),
            ("$parent_generation", parentGeneration),
            ("$now", Ticks(now)));
        if (inserted == 0)
        {
            throw new WorkflowInstanceExistsException(run.InstanceId, StatusOf(writer, run.InstanceId) ?? WorkflowRuntimeStatus.Pending);
        }

        WorkflowHistoryEvent started = new(0, WorkflowHistoryEventType.ExecutionStarted, now)
        {
            Name = run.Name,
            Input = run.Input,
            InstanceId = parentInstanceId,
        };
        Enqueue(writer, run.InstanceId, 0, started);
    }

    /// <summary>Puts an event or command in a live run's inbox.</summary>
    public static void EnqueueForRunning(StatementCache writer, string instanceId, WorkflowHistoryEvent message, string operation)
    {
        WorkflowRuntimeStatus status = StatusOf(writer, instanceId) ?? throw new WorkflowInstanceNotFoundException(instanceId);
        if (status.IsTerminal())
        {
            throw new WorkflowInstanceNotRunningException(instanceId, status, operation);
        }

        Enqueue(writer, instanceId, null, message);
    }

    /// <summary>Turns due timers into TimerFired messages; returns the runs to wake.</summary>
    public static IReadOnlyList<string> FireTimers(StatementCache writer, IReadOnlyList<DueTimer> due, DateTime now)
    {
        List<string> woken = [];
        foreach (DueTimer timer in due)
        {
            int deleted = writer.Execute(
                "DELETE FROM timers WHERE instance_id = $id AND generation = $generation AND task_id = $task",
                ("$id", timer.InstanceId),
                ("$generation", timer.Generation),
                ("$task", timer.TaskId));
            if (deleted == 1)
            {
                Enqueue(writer, timer.InstanceId, timer.Generation, new WorkflowHistoryEvent(0, WorkflowHistoryEventType.TimerFired, now)
                {
                    TaskId = timer.TaskId,
                    FireAt = timer.FireAt,
                });
                woken.Add(timer.InstanceId);
            }
        }

        return woken;
    }

    /// <summary>Deletes a finished run and everything of it; returns 0 for a missing or unfinished run.</summary>
    public static int Purge(StatementCache writer, string instanceId)
    {
        if (StatusOf(writer, instanceId) is not { } status || !status.IsTerminal())
        {
            return 0;
        }

        foreach (string table in (ReadOnlySpan<string>)["history", "inbox", "activities", "timers", "instances"])
        {
            writer.Execute($"DELETE FROM {table} WHERE instance_id = $id", ("$id", instanceId));
        }

        return 1;
    }

    private static void Enqueue(StatementCache writer, string instanceId, int? generation, WorkflowHistoryEvent message) =>
        writer.Execute(InsertInbox, ("$id", instanceId), ("$generation", generation), ("$event", ToJson(message)));

    private static WorkflowRuntimeStatus? StatusOf(StatementCache writer, string instanceId) =>
        writer.Prepare("SELECT status FROM instances WHERE instance_id = $id", ("$id", instanceId)).ExecuteScalar() is long status
            ? (WorkflowRuntimeStatus)status
            : null;
}
