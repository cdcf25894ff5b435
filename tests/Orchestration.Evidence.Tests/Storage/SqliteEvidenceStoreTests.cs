using Microsoft.Data.Sqlite;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests.Storage;

public sealed class SqliteEvidenceStoreTests : EvidenceStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "evidence-tests", Guid.NewGuid().ToString("N"));

    public SqliteEvidenceStoreTests() => Store = SqliteEvidenceStore.Open(DatabasePath);

    protected override IEvidenceStore Store { get; }

    private string DatabasePath => Path.Combine(folder, "evidence.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    // The store's trigger refuses updates, so the edit drops it first, as anyone holding the file could.
    protected override Task EditActorAsync(EvidenceRecord stored, string actor)
    {
        using SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = DatabasePath }.ToString());
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = """
            DROP TRIGGER records_no_update;
            UPDATE records SET json = json_set(json, '$.actor', $actor) WHERE run_id = $run AND sequence = $seq;
            """;
        command.Parameters.AddWithValue("$actor", actor);
        command.Parameters.AddWithValue("$run", stored.RunId);
        command.Parameters.AddWithValue("$seq", stored.Sequence);
        Assert.Equal(1, command.ExecuteNonQuery());
        return Task.CompletedTask;
    }
}
