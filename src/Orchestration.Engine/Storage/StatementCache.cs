using Microsoft.Data.Sqlite;

namespace Orchestration.Engine.Storage;

/// <summary>Keeps one prepared command per SQL text on a connection, so hot statements are parsed once.</summary>
internal sealed class StatementCache(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    public SqliteTransaction? Transaction { get; set; }

    public SqliteCommand Prepare(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!commands.TryGetValue(sql, out SqliteCommand? command))
        {
            command = connection.CreateCommand();
#pragma warning disable CA2100 // Every SQL text here is a constant of this assembly; values are bound as parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            commands[sql] = command;
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        foreach ((string name, object? value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters) =>
        Prepare(sql, parameters).ExecuteNonQuery();

    public void Dispose()
    {
        foreach (SqliteCommand command in commands.Values)
        {
            command.Dispose();
        }

        connection.Dispose();
    }
}
