using Microsoft.Data.Sqlite;

namespace Orchestration.Engine.Storage;

/// <summary>Opens connections to the engine's file with the durability settings the engine relies on.</summary>
internal static class SqliteConnectionFactory
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static SqliteConnection OpenWriter(string path)
    {
        SqliteConnection connection = Open(path, SqliteOpenMode.ReadWriteCreate);

        // WAL lets readers run beside the single writer; synchronous=FULL makes each commit durable at its fsync.
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        EnsureSchema(connection, path);
        return connection;
    }

    public static SqliteConnection OpenReader(string path)
    {
        SqliteConnection connection = Open(path, SqliteOpenMode.ReadOnly);
        Execute(connection, "PRAGMA busy_timeout=10000;");
        return connection;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        _ = Initialized.Value;
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && mode == SqliteOpenMode.ReadWriteCreate)
        {
            Directory.CreateDirectory(folder);
        }

        SqliteConnectionStringBuilder builder = new() { DataSource = path, Mode = mode, Pooling = false, Cache = SqliteCacheMode.Private };
        SqliteConnection connection = new(builder.ToString());
        connection.Open();
        return connection;
    }

    private static void EnsureSchema(SqliteConnection connection, string path)
    {
        using SqliteCommand probe = connection.CreateCommand();
        probe.CommandText = "PRAGMA user_version; SELECT count(*) FROM sqlite_master WHERE type = 'table';";
        using (SqliteDataReader reader = probe.ExecuteReader())
        {
            reader.Read();
            long version = reader.GetInt64(0);
            reader.NextResult();
            reader.Read();
            bool empty = reader.GetInt64(0) == 0;
            if (!empty && version != SqliteSchema.Version)
            {
                throw new InvalidDataException(
                    $"'{path}' holds engine schema version {version}; this build reads version {SqliteSchema.Version}. "
                    + "Finish or export its runs with the build that wrote it, or use a new file.");
            }
        }

        Execute(connection, SqliteSchema.Create + $"PRAGMA user_version = {SqliteSchema.Version};");
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
