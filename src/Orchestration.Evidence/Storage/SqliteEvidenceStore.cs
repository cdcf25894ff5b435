using System.Text.Json;
using Microsoft.Data.Sqlite;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// The ledger in one local SQLite file, for the dev server and tests on a machine with no storage emulator. Same
/// contract as <see cref="TableEvidenceStore"/>: records keyed by (run, sequence), payloads by digest, seals by run,
/// each written once; triggers refuse updates and deletes, so the file is append-only to this code.
/// </summary>
public sealed class SqliteEvidenceStore : IEvidenceStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS records (
            run_id TEXT NOT NULL, sequence INTEGER NOT NULL, kind TEXT NOT NULL, hash TEXT NOT NULL, json TEXT NOT NULL,
            PRIMARY KEY (run_id, sequence)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS payloads (digest TEXT PRIMARY KEY, content_type TEXT NOT NULL, content BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS seals (run_id TEXT PRIMARY KEY, json TEXT NOT NULL);
        CREATE TRIGGER IF NOT EXISTS records_no_update BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS records_no_delete BEFORE DELETE ON records BEGIN SELECT RAISE(ABORT, 'evidence is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS seals_no_update BEFORE UPDATE ON seals BEGIN SELECT RAISE(ABORT, 'seals are write-once'); END;
        """;

    private readonly string connectionString;

    private SqliteEvidenceStore(string path) =>
        connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    /// <summary>Opens (creating when absent) the ledger file.</summary>
    /// <param name="path">The SQLite file; its folder is created.</param>
    /// <returns>The store.</returns>
    public static SqliteEvidenceStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        SqliteSetup.EnsureInitialized();
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        SqliteEvidenceStore store = new(full);
        using SqliteConnection connection = store.Connect();
        Execute(connection, null, Schema);
        return store;
    }

    /// <inheritdoc/>
    public Task<int> AppendAsync(IReadOnlyList<EvidenceRecord> records, CancellationToken cancellationToken = default)
    {
        string runId = EvidenceStoreGuards.RunOf(records);
        using SqliteConnection connection = Connect();
        using SqliteTransaction transaction = connection.BeginTransaction();
        int written = 0;
        foreach (EvidenceRecord record in records)
        {
            int inserted = Execute(connection, transaction,
                "INSERT INTO records VALUES ($run, $seq, $kind, $hash, $json) ON CONFLICT DO NOTHING",
                ("$run", runId), ("$seq", record.Sequence), ("$kind", record.Kind.ToString()), ("$hash", record.Hash),
                ("$json", JsonSerializer.Serialize(record, EvidenceJson.Options)));
            if (inserted == 0)
            {
                string stored = (string)Scalar(connection, transaction, "SELECT hash FROM records WHERE run_id = $run AND sequence = $seq", ("$run", runId), ("$seq", record.Sequence))!;
                if (stored != record.Hash)
                {
                    // Leaving without Commit rolls the transaction back: nothing of a conflicting append is kept.
                    throw EvidenceConflictException.ForRecord(record, stored);
                }
            }

            written += inserted;
        }

        transaction.Commit();
        return Task.FromResult(written);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<EvidenceRecord>> ReadRunAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadRecordsAsync(runId, 0, cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<EvidenceRecord>> ReadRecordsAsync(string runId, long fromSequence, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentOutOfRangeException.ThrowIfNegative(fromSequence);
        using SqliteConnection connection = Connect();
        using SqliteCommand command = Command(connection, null, "SELECT json FROM records WHERE run_id = $run AND sequence >= $from ORDER BY sequence",
            ("$run", runId), ("$from", fromSequence));
        using SqliteDataReader reader = command.ExecuteReader();
        List<EvidenceRecord> records = [];
        while (reader.Read())
        {
            records.Add(JsonSerializer.Deserialize<EvidenceRecord>(reader.GetString(0), EvidenceJson.Options)!);
        }

        return Task.FromResult<IReadOnlyList<EvidenceRecord>>(records);
    }

    /// <inheritdoc/>
    public Task PutPayloadAsync(EvidencePayload payload, CancellationToken cancellationToken = default)
    {
        EvidenceStoreGuards.CheckPayload(payload);
        using SqliteConnection connection = Connect();
        Execute(connection, null, "INSERT INTO payloads VALUES ($digest, $type, $content) ON CONFLICT DO NOTHING",
            ("$digest", payload.Digest), ("$type", payload.ContentType), ("$content", payload.Content.ToArray()));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<EvidencePayload?> GetPayloadAsync(string digest, CancellationToken cancellationToken = default)
    {
        using SqliteConnection connection = Connect();
        using SqliteCommand command = Command(connection, null, "SELECT content_type, content FROM payloads WHERE digest = $digest", ("$digest", digest));
        using SqliteDataReader reader = command.ExecuteReader();
        return Task.FromResult(reader.Read() ? new EvidencePayload(digest, reader.GetString(0), (byte[])reader.GetValue(1)) : null);
    }

    /// <inheritdoc/>
    public async Task WriteSealAsync(RunSeal seal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(seal);
        using (SqliteConnection connection = Connect())
        {
            if (Execute(connection, null, "INSERT INTO seals VALUES ($run, $json) ON CONFLICT DO NOTHING",
                ("$run", seal.RunId), ("$json", JsonSerializer.Serialize(seal, EvidenceJson.Options))) == 1)
            {
                return;
            }
        }

        EvidenceStoreGuards.ThrowIfOtherSeal(seal, await GetSealAsync(seal.RunId, cancellationToken));
    }

    /// <inheritdoc/>
    public Task<RunSeal?> GetSealAsync(string runId, CancellationToken cancellationToken = default)
    {
        using SqliteConnection connection = Connect();
        object? json = Scalar(connection, null, "SELECT json FROM seals WHERE run_id = $run", ("$run", runId));
        return Task.FromResult(json is string text ? JsonSerializer.Deserialize<RunSeal>(text, EvidenceJson.Options) : null);
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using SqliteCommand command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach ((string name, object value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private SqliteConnection Connect()
    {
        SqliteConnection connection = new(connectionString);
        connection.Open();
        return connection;
    }
}

/// <summary>Initializes SQLitePCLRaw's bundled native library once per process.</summary>
internal static class SqliteSetup
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
