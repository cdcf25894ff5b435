using Orchestration.Evidence.Blobs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.Evidence.Tables;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Storage;

[Collection(AzuriteStorage.Name)]
public sealed class TableEvidenceStoreTests(AzuriteFixture azurite) : EvidenceStoreContract
{
    private static readonly TableEvidenceStoreNames Names = new(AzuriteStorage.UniqueName("ev"), AzuriteStorage.UniqueName("pay-"), AzuriteStorage.UniqueName("seal-"));

    private readonly TableEvidenceStoreNames names = Names;

    protected override IEvidenceStore Store { get; } = new TableEvidenceStore(
        new TableRestClient(AzuriteStorage.Account(azurite), AzuriteStorage.FastRetries()),
        new BlobRestClient(AzuriteStorage.Account(azurite), AzuriteStorage.FastRetries()),
        Names);

    [Fact]
    public async Task ReadRunAsync_2500Records_ReturnsAllInSequenceOrder()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 2500);
        IEvidenceStore store = Store;
        await store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await store.ReadRunAsync(records[0].RunId);

        Assert.Equal(records.Select(r => r.Sequence), read.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ReadRunAsync_ColumnEditedInTable_RecordNoLongerMatchesHash()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 3);
        IEvidenceStore store = Store;
        await store.AppendAsync(records);
        TableRestClient tables = new(AzuriteStorage.Account(azurite));
        TableEntity row = (await tables.GetAsync(names.Table, records[0].RunId, "0000000000000000001"))!;
        row.Properties["Actor"] = "someone-else";
        await tables.UpsertAsync(names.Table, row);

        IReadOnlyList<EvidenceRecord> read = await store.ReadRunAsync(records[0].RunId);

        Assert.False(Orchestration.Evidence.Chain.EvidenceHasher.IsIntact(read[1]));
    }
}
