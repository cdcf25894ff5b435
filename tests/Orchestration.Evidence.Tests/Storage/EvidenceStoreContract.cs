using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Evidence.Tests.Storage;

/// <summary>What every <see cref="IEvidenceStore"/> must do; one subclass per store runs it.</summary>
public abstract class EvidenceStoreContract
{
    protected abstract IEvidenceStore Store { get; }

    /// <summary>Changes a stored record's actor behind the store's back, as someone with write access to the storage could.</summary>
    protected abstract Task EditActorAsync(EvidenceRecord stored, string actor);

    [Fact]
    public async Task AppendAsync_NewRecords_ReadRunReturnsThemInOrder()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 7);

        await Store.AppendAsync(records);

        Assert.Equal(records.Select(r => r.Hash), (await Store.ReadRunAsync(records[0].RunId)).Select(r => r.Hash));
    }

    [Fact]
    public async Task AppendAsync_SameRecordsAgain_WritesNothingNew()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 5);
        await Store.AppendAsync(records);

        int written = await Store.AppendAsync(records);

        Assert.Equal((0, 5), (written, (await Store.ReadRunAsync(records[0].RunId)).Count));
    }

    [Fact]
    public async Task AppendAsync_OverlappingBatch_WritesOnlyMissingRecords()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 10);
        await Store.AppendAsync(records[..6]);

        int written = await Store.AppendAsync(records[3..]);

        Assert.Equal((4, Hashes(records)), (written, Hashes(await Store.ReadRunAsync(records[0].RunId))));
    }

    [Fact]
    public async Task AppendAsync_DifferentRecordAtWrittenSequence_ThrowsConflictAndWritesNothing()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 6);
        await Store.AppendAsync(records[..4]);
        EvidenceRecord[] forged = [.. SampleLedger.Chain(records[0].RunId, 6)[3..].Select(r => EvidenceHasher.Link(r with { Actor = "forger" }, r.PreviousHash))];

        EvidenceConflictException error = await Assert.ThrowsAsync<EvidenceConflictException>(() => Store.AppendAsync(forged));

        Assert.Equal((3L, 4), (error.Sequence, (await Store.ReadRunAsync(records[0].RunId)).Count));
    }

    [Fact]
    public async Task AppendAsync_RecordNotMatchingHash_ThrowsArgumentException()
    {
        EvidenceRecord record = SampleLedger.Chain(RunId(), 1)[0] with { Actor = "edited" };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.AppendAsync([record]));
    }

    [Fact]
    public async Task ReadRunAsync_UnknownRun_ReturnsEmpty()
    {
        Assert.Empty(await Store.ReadRunAsync(RunId()));
    }

    [Fact]
    public async Task ReadRecordsAsync_FromTheMiddle_ReturnsTheLaterRecordsInOrder()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 8);
        await Store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRecordsAsync(records[0].RunId, 5);

        Assert.Equal(Hashes(records[5..]), Hashes(read));
    }

    [Fact]
    public async Task ReadRecordsAsync_FromBeyondTheEnd_ReturnsNone()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 4);
        await Store.AppendAsync(records);

        Assert.Empty(await Store.ReadRecordsAsync(records[0].RunId, 4));
    }

    [Fact]
    public async Task ReadRecordsAsync_FromZero_EqualsReadRun()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 6);
        await Store.AppendAsync(records);

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRecordsAsync(records[0].RunId, 0);

        Assert.Equal(Json(await Store.ReadRunAsync(records[0].RunId)), Json(read));
    }

    [Fact]
    public async Task ReadRecordsAsync_RunIdWithQuote_ReadsOnlyThatRun()
    {
        EvidenceRecord[] records = SampleLedger.Chain("o'brien-" + RunId(), 3);
        await Store.AppendAsync(records);
        await Store.AppendAsync(SampleLedger.Chain("o'brien-" + RunId(), 3));

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRecordsAsync(records[0].RunId, 1);

        Assert.Equal(Hashes(records[1..]), Hashes(read));
    }

    [Fact]
    public async Task ReadRecordsAsync_NegativeSequence_ThrowsArgumentOutOfRange()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.ReadRecordsAsync(RunId(), -1));
    }

    [Fact]
    public async Task ReadRecordsAsync_RecordEditedInRange_SurfacesNotMatchingItsHash()
    {
        EvidenceRecord[] records = SampleLedger.Chain(RunId(), 5);
        await Store.AppendAsync(records);
        await EditActorAsync(records[3], "someone-else");

        IReadOnlyList<EvidenceRecord> read = await Store.ReadRecordsAsync(records[0].RunId, 2);

        Assert.Equal([true, false, true], read.Select(EvidenceHasher.IsIntact));
    }

    [Fact]
    public async Task WriteSealAsync_SameSealTwice_KeepsIt()
    {
        RunSeal seal = SampleLedger.Sealed(RunId(), 3).Seal;
        await Store.WriteSealAsync(seal);

        await Store.WriteSealAsync(seal);

        Assert.Equal(seal, await Store.GetSealAsync(seal.RunId));
    }

    [Fact]
    public async Task WriteSealAsync_OtherSealForSealedRun_ThrowsConflictAndKeepsFirst()
    {
        RunSeal seal = SampleLedger.Sealed(RunId(), 3).Seal;
        await Store.WriteSealAsync(seal);

        await Assert.ThrowsAsync<EvidenceConflictException>(() => Store.WriteSealAsync(seal with { RecordCount = 2 }));

        Assert.Equal(seal, await Store.GetSealAsync(seal.RunId));
    }

    [Fact]
    public async Task GetPayloadAsync_StoredPayload_ReturnsSameBytes()
    {
        EvidencePayload payload = EvidencePayload.FromContent(System.Text.Encoding.UTF8.GetBytes(new string('x', 40_000) + RunId()), "text/plain");
        await Store.PutPayloadAsync(payload);

        EvidencePayload? read = await Store.GetPayloadAsync(payload.Digest);

        Assert.Equal(payload.Content.ToArray(), read!.Content.ToArray());
    }

    [Fact]
    public async Task PutPayloadAsync_SamePayloadTwice_KeepsIt()
    {
        EvidencePayload payload = EvidencePayload.FromContent(System.Text.Encoding.UTF8.GetBytes("{\"invoice\":\"INV-7\",\"run\":\"" + RunId() + "\"}"), "application/json");
        await Store.PutPayloadAsync(payload);

        await Store.PutPayloadAsync(payload);

        Assert.Equal(payload.Content.ToArray(), (await Store.GetPayloadAsync(payload.Digest))!.Content.ToArray());
    }

    [Fact]
    public async Task PutPayloadAsync_DigestNotMatchingContent_ThrowsArgumentException()
    {
        EvidencePayload payload = EvidencePayload.FromContent(new byte[] { 1 }, "application/octet-stream") with { Content = new byte[] { 2 } };

        await Assert.ThrowsAsync<ArgumentException>(() => Store.PutPayloadAsync(payload));
    }

    private static string Hashes(IEnumerable<EvidenceRecord> records) => string.Join(',', records.Select(r => r.Hash));

    // Records hold lists, so record equality would compare them by reference: compare what is stored instead.
    private static string Json(IEnumerable<EvidenceRecord> records) => System.Text.Json.JsonSerializer.Serialize(records, EvidenceJson.Options);

    protected static string RunId() => "run-" + Guid.NewGuid().ToString("N");
}
