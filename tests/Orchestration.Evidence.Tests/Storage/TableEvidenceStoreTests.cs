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
    public async Task ReadRecordsAsync_FromInsideA1100RecordRun_PagesThroughToTheEnd()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 1100);
        IEvidenceStore store = Store;
        await store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await store.ReadRecordsAsync(records[0].RunId, 50);

        Assert.Equal(records[50..].Select(r => r.Sequence), read.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ReadRunAsync_ColumnEditedInTable_RecordNoLongerMatchesHash()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 3);
        IEvidenceStore store = Store;
        await store.AppendAsync(records);
        await EditActorAsync(records[1], "someone-else");

        IReadOnlyList<EvidenceRecord> read = await store.ReadRunAsync(records[0].RunId);

        Assert.False(Orchestration.Evidence.Chain.EvidenceHasher.IsIntact(read[1]));
    }

    // The Actor column, not the Record JSON: the mapping lays the columns over the JSON, so either edit must show.
    protected override async Task EditActorAsync(EvidenceRecord stored, string actor)
    {
        TableRestClient tables = new(AzuriteStorage.Account(azurite));
        TableEntity row = (await tables.GetAsync(names.Table, stored.RunId, TableRecordMapping.RowKey(stored.Sequence)))!;
        row.Properties["Actor"] = actor;
        await tables.UpsertAsync(names.Table, row);
    }
}
