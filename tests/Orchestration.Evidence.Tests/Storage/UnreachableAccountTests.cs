using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Storage;

public sealed class UnreachableAccountTests
{
    // Far longer than a refused connection and one quick retry take; a store that hangs fails the test instead.
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(30);

    private readonly TableEvidenceStore store = AzuriteStorage.Store(StorageConnectionStrings.ClosedPort(), new TableEvidenceStoreNames());

    [Fact]
    public async Task AppendAsync_ClosedPort_ThrowsStorageErrorNamingTheOperation()
    {
        EvidenceStorageException error = await Assert.ThrowsAsync<EvidenceStorageException>(
            () => store.AppendAsync(SampleLedger.Chain("run-x", 3)).WaitAsync(HangGuard));

        Assert.Equal((0, true), (error.Status, error.Message.StartsWith(
            "Evidence storage could not be reached to append records 0-2 of run 'run-x' to table 'evidence'", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ReadRunAsync_ClosedPort_ThrowsStorageError()
    {
        await Assert.ThrowsAsync<EvidenceStorageException>(() => store.ReadRunAsync("run-x").WaitAsync(HangGuard));
    }

    [Fact]
    public async Task WriteSealAsync_ClosedPort_ThrowsStorageError()
    {
        RunSeal seal = SampleLedger.Sealed("run-x", 2).Seal;

        await Assert.ThrowsAsync<EvidenceStorageException>(() => store.WriteSealAsync(seal).WaitAsync(HangGuard));
    }
}
