using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Evidence.Tests.Storage;

[Collection(AzuriteStorage.Name)]
public sealed class TableEvidenceStoreTests(AzuriteFixture azurite) : EvidenceStoreContract
{
    private static readonly TableEvidenceStoreNames Names = AzuriteStorage.UniqueNames("ev");

    protected override IEvidenceStore Store { get; } = AzuriteStorage.Store(azurite, Names);

    [Fact]
    public async Task ReadRunAsync_2500Records_ReturnsAllInSequenceOrder()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 2500);
        await Store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRunAsync(records[0].RunId);

        Assert.Equal(records.Select(r => r.Sequence), read.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ReadRecordsAsync_FromInsideA1100RecordRun_PagesThroughToTheEnd()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 1100);
        await Store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRecordsAsync(records[0].RunId, 50);

        Assert.Equal(records[50..].Select(r => r.Sequence), read.Select(r => r.Sequence));
    }

    [Fact]
    public async Task ReadRunAsync_ColumnEditedInTable_RecordNoLongerMatchesHash()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 3);
        await Store.AppendAsync(records);
        await EditActorAsync(records[1], "someone-else");

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRunAsync(records[0].RunId);

        Assert.False(EvidenceHasher.IsIntact(read[1]));
    }

    [Fact]
    public async Task PutPayloadAsync_BlobUnderDigestHoldsOtherBytes_ThrowsConflict()
    {
        EvidencePayload payload = EvidencePayload.FromContent(System.Text.Encoding.UTF8.GetBytes("invoice INV-7 " + RunId()), "text/plain");
        await Store.PutPayloadAsync(payload);
        BlobClient blob = new BlobContainerClient(azurite.Server.ConnectionString, Names.PayloadContainer).GetBlobClient(TableEvidenceStore.PayloadName(payload.Digest));
        await blob.UploadAsync(BinaryData.FromString("invoice INV-7, amount changed"), overwrite: true);

        await Assert.ThrowsAsync<EvidenceConflictException>(() => Store.PutPayloadAsync(payload));
    }

    [Fact]
    public async Task ReadRunAsync_WrongAccountKey_ThrowsStorageErrorWith403()
    {
        string wrong = StorageConnectionStrings.DevelopmentAccount(azurite.Server.BlobRoot, azurite.Server.TableRoot, StorageConnectionStrings.WrongKey);
        TableEvidenceStore intruder = AzuriteStorage.Store(wrong, Names);

        EvidenceStorageException error = await Assert.ThrowsAsync<EvidenceStorageException>(() => intruder.ReadRunAsync(RunId()));

        Assert.Equal((403, "AuthorizationFailure"), (error.Status, error.ErrorCode));
    }

    // The Actor column, not the Record JSON: the mapping lays the columns over the JSON, so either edit must show.
    // The replace is conditional on the row's ETag, as a careful editor's would be.
    protected override async Task EditActorAsync(EvidenceRecord stored, string actor)
    {
        TableClient table = new(azurite.Server.ConnectionString, Names.Table);
        TableEntity row = await table.GetEntityAsync<TableEntity>(stored.RunId, TableRecordMapping.RowKey(stored.Sequence));
        row["Actor"] = actor;
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
    }
}
