using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orchestration.Abstractions;

namespace Orchestration.Engine.Storage;

/// <summary>
/// The engine's SQLite file: reads on a small pool of read-only connections (WAL lets them run beside the writer),
/// writes through the <see cref="CommitQueue"/>.
/// </summary>
internal sealed partial class EngineStore : IDisposable
{
    private readonly string path;
    private readonly ConcurrentBag<StatementCache> readers = [];

    private EngineStore(string path, int maxCommitBatch)
    {
        this.path = path;
        Commits = new CommitQueue(new StatementCache(SqliteConnectionFactory.OpenWriter(path)), maxCommitBatch);
    }

    public CommitQueue Commits { get; }

    public static EngineStore Open(string path, int maxCommitBatch) => new(path, maxCommitBatch);

    public void Dispose()
    {
        Commits.Dispose();
        while (readers.TryTake(out StatementCache? reader))
        {
            reader.Dispose();
        }
    }

    internal static string ToJson(WorkflowHistoryEvent recorded) => JsonSerializer.Serialize(recorded, WorkflowJson.Options);

    internal static WorkflowHistoryEvent EventFromJson(string json) =>
        JsonSerializer.Deserialize<WorkflowHistoryEvent>(json, WorkflowJson.Options)
        ?? throw new InvalidDataException("A stored history event is empty.");

    internal static string? ToJson(WorkflowFailureDetails? failure) =>
        failure is null ? null : JsonSerializer.Serialize(failure, WorkflowJson.Options);

    internal static WorkflowFailureDetails? FailureFromJson(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<WorkflowFailureDetails>(json, WorkflowJson.Options);

    internal static long Ticks(DateTime utc) => utc.Ticks;

    internal static DateTime FromTicks(long ticks) => new(ticks, DateTimeKind.Utc);

    private T Read<T>(Func<StatementCache, T> query)
    {
        if (!readers.TryTake(out StatementCache? reader))
        {
            reader = new StatementCache(SqliteConnectionFactory.OpenReader(path));
        }

        try
        {
            // One read transaction: every query of this read sees the same committed state.
            using SqliteTransaction snapshot = reader.Connection.BeginTransaction(deferred: true);
            reader.Transaction = snapshot;
            T result = query(reader);
            snapshot.Commit();
            return result;
        }
        finally
        {
            reader.Transaction = null;
            readers.Add(reader);
        }
    }

    private static string? NullableString(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);

    private static int? NullableInt(SqliteDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetInt32(ordinal);
}
