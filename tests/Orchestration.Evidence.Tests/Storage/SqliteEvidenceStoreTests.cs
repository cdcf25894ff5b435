using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests.Storage;

public sealed class SqliteEvidenceStoreTests : EvidenceStoreContract, IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "evidence-tests", Guid.NewGuid().ToString("N"));

    public SqliteEvidenceStoreTests() => Store = SqliteEvidenceStore.Open(Path.Combine(folder, "evidence.db"));

    protected override IEvidenceStore Store { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
