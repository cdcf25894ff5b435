using Microsoft.Data.Sqlite;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>Queries: what an episode, a worker or a client reads.</summary>
internal sealed partial class EngineStore
{
    private const string InstanceColumns =
        "instance_id, name, status, generation, custom_status, parent_instance_id, parent_task_id, parent_generation, "
        + "created_at, updated_at, input, output, failure";

    public EpisodeSnapshot? LoadEpisode(string instanceId, HistoryCache cache) => Read(reader =>
    {
        InstanceRow? instance = ReadInstanceRow(reader, instanceId);
        if (instance is null)
        {
            return null;
        }

        IReadOnlyList<WorkflowHistoryEvent> history = cache.Find(instanceId, instance.Generation, instance.HistoryLength)
            ?? ReadHistory(reader, instanceId);
        return new EpisodeSnapshot(instance, history, ReadInbox(reader, instanceId));
    });

    public WorkflowMetadata? GetMetadata(string instanceId, bool withData) => Read(reader =>
    {
        using SqliteDataReader row = reader.Prepare($"SELECT {InstanceColumns} FROM instances WHERE instance_id = $id", ("$id", instanceId))
            .ExecuteReader();
        return row.Read() ? ToMetadata(row, withData) : null;
    });

    public IReadOnlyList<WorkflowHistoryEvent>? GetHistory(string instanceId) => Read(reader =>
        ReadInstanceRow(reader, instanceId) is null ? null : ReadHistory(reader, instanceId));

    public WorkflowPage List(WorkflowQuery query) => Read(reader => InstanceQuery.Run(reader, query, InstanceColumns, ToMetadata));

    public IReadOnlyList<string> InstancesWithInbox() => Read(reader =>
    {
        List<string> ids = [];
        using SqliteDataReader row = reader.Prepare("SELECT DISTINCT instance_id FROM inbox").ExecuteReader();
        while (row.Read())
        {
            ids.Add(row.GetString(0));
        }

        return ids;
    });

    public IReadOnlyList<ActivityWorkItem> PendingActivities() => Read(reader =>
    {
        List<ActivityWorkItem> items = [];
        using SqliteDataReader row = reader.Prepare("SELECT instance_id, generation, task_id, name, input FROM activities").ExecuteReader();
        while (row.Read())
        {
            items.Add(new ActivityWorkItem(row.GetString(0), row.GetInt32(1), row.GetInt32(2), row.GetString(3), NullableString(row, 4)));
        }

        return items;
    });

    public IReadOnlyList<DueTimer> DueTimers(DateTime now, int limit) => Read(reader =>
    {
        List<DueTimer> due = [];
        using SqliteDataReader row = reader.Prepare(
            "SELECT instance_id, generation, task_id, fire_at FROM timers WHERE fire_at <= $now ORDER BY fire_at LIMIT $limit",
            ("$now", Ticks(now)),
            ("$limit", limit)).ExecuteReader();
        while (row.Read())
        {
            due.Add(new DueTimer(row.GetString(0), row.GetInt32(1), row.GetInt32(2), FromTicks(row.GetInt64(3))));
        }

        return due;
    });

    public DateTime? NextTimerDue() => Read(reader =>
    {
        object? next = reader.Prepare("SELECT MIN(fire_at) FROM timers").ExecuteScalar();
        return next is long ticks ? FromTicks(ticks) : (DateTime?)null;
    });

    private static InstanceRow? ReadInstanceRow(StatementCache reader, string instanceId)
    {
        using SqliteDataReader row = reader.Prepare(
            "SELECT name, status, generation, custom_status, parent_instance_id, parent_task_id, parent_generation, history_length "
            + "FROM instances WHERE instance_id = $id",
            ("$id", instanceId)).ExecuteReader();
        if (!row.Read())
        {
            return null;
        }

        return new InstanceRow(instanceId, row.GetString(0), (WorkflowRuntimeStatus)row.GetInt32(1), row.GetInt32(2))
        {
            CustomStatus = NullableString(row, 3),
            ParentInstanceId = NullableString(row, 4),
            ParentTaskId = NullableInt(row, 5),
            ParentGeneration = NullableInt(row, 6),
            HistoryLength = row.GetInt32(7),
        };
    }

    private static List<WorkflowHistoryEvent> ReadHistory(StatementCache reader, string instanceId)
    {
        List<WorkflowHistoryEvent> history = [];
        using SqliteDataReader row = reader.Prepare(
            "SELECT event FROM history WHERE instance_id = $id ORDER BY event_id", ("$id", instanceId)).ExecuteReader();
        while (row.Read())
        {
            history.Add(EventFromJson(row.GetString(0)));
        }

        return history;
    }

    private static List<InboxMessage> ReadInbox(StatementCache reader, string instanceId)
    {
        List<InboxMessage> inbox = [];
        using SqliteDataReader row = reader.Prepare(
            "SELECT seq, generation, event FROM inbox WHERE instance_id = $id ORDER BY seq", ("$id", instanceId)).ExecuteReader();
        while (row.Read())
        {
            inbox.Add(new InboxMessage(row.GetInt64(0), NullableInt(row, 1), EventFromJson(row.GetString(2))));
        }

        return inbox;
    }

    private static WorkflowMetadata ToMetadata(SqliteDataReader row, bool withData) => new(row.GetString(1), row.GetString(0))
    {
        RuntimeStatus = (WorkflowRuntimeStatus)row.GetInt32(2),
        SerializedCustomStatus = withData ? NullableString(row, 4) : null,
        ParentInstanceId = NullableString(row, 5),
        CreatedAt = new DateTimeOffset(FromTicks(row.GetInt64(8))),
        LastUpdatedAt = new DateTimeOffset(FromTicks(row.GetInt64(9))),
        SerializedInput = withData ? NullableString(row, 10) : null,
        SerializedOutput = withData ? NullableString(row, 11) : null,
        FailureDetails = FailureFromJson(NullableString(row, 12)),
    };
}
