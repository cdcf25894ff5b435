namespace Orchestration.Engine.Storage;

/// <summary>
/// The engine's tables. A waiting run is one <c>instances</c> row plus its history: nothing of it is in memory.
/// Times are UTC ticks.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>Stored as <c>PRAGMA user_version</c>; a file of another version is refused, never misread.</summary>
    public const int Version = 1;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS instances (
            instance_id        TEXT    NOT NULL PRIMARY KEY,
            name               TEXT    NOT NULL,
            status             INTEGER NOT NULL,
            generation         INTEGER NOT NULL DEFAULT 0,
            history_length     INTEGER NOT NULL DEFAULT 0,
            input              TEXT,
            output             TEXT,
            custom_status      TEXT,
            failure            TEXT,
            parent_instance_id TEXT,
            parent_task_id     INTEGER,
            parent_generation  INTEGER,
            created_at         INTEGER NOT NULL,
            updated_at         INTEGER NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_instances_created ON instances (created_at DESC, instance_id);

        CREATE TABLE IF NOT EXISTS history (
            instance_id TEXT    NOT NULL,
            event_id    INTEGER NOT NULL,
            event       TEXT    NOT NULL,
            PRIMARY KEY (instance_id, event_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS inbox (
            seq         INTEGER PRIMARY KEY AUTOINCREMENT,
            instance_id TEXT    NOT NULL,
            generation  INTEGER,
            event       TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_inbox_instance ON inbox (instance_id, seq);

        CREATE TABLE IF NOT EXISTS activities (
            instance_id TEXT    NOT NULL,
            generation  INTEGER NOT NULL,
            task_id     INTEGER NOT NULL,
            name        TEXT    NOT NULL,
            input       TEXT,
            PRIMARY KEY (instance_id, generation, task_id)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS timers (
            instance_id TEXT    NOT NULL,
            generation  INTEGER NOT NULL,
            task_id     INTEGER NOT NULL,
            fire_at     INTEGER NOT NULL,
            PRIMARY KEY (instance_id, generation, task_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_timers_fire_at ON timers (fire_at);
        """;
}
