using System.Diagnostics;
using System.Globalization;
using Orchestration.Evidence;
using Orchestration.Evidence.Benchmarks;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;
using Orchestration.TestKit.Azurite;

// Prints figures; asserts nothing. Run: dotnet run -c Release --project tests/Orchestration.Evidence.Benchmarks
const int SingleCount = 1_000;
const int BatchedCount = 20_000;
const int PackCount = 100_000;
const int BatchSize = 100;

await using AzuriteServer azurite = await AzuriteServer.StartAsync();
TableEvidenceStore store = EvidenceStoreFactory.CreateTableStore(new EvidenceOptions { Store = EvidenceStoreKind.Table, ConnectionString = azurite.ConnectionString });
await store.AppendAsync(BenchmarkLedger.Chain("warm-up", 10));

EvidenceRecord[] single = BenchmarkLedger.Chain("single", SingleCount);
Stopwatch clock = Stopwatch.StartNew();
foreach (EvidenceRecord record in single)
{
    await store.AppendAsync([record]);
}

Report($"Azurite, one record per append ({SingleCount:N0} appends)", SingleCount / clock.Elapsed.TotalSeconds, "records/s");

EvidenceRecord[] batched = BenchmarkLedger.Chain("batched", BatchedCount);
clock.Restart();
foreach (EvidenceRecord[] chunk in batched.Chunk(BatchSize))
{
    await store.AppendAsync(chunk);
}

Report($"Azurite, entity-group batches of {BatchSize} ({BatchedCount:N0} records)", BatchedCount / clock.Elapsed.TotalSeconds, "records/s");

(EvidenceRecord[] records, RunSeal seal) = BenchmarkLedger.Sealed("pack", PackCount);
string json = EvidencePackJson.Serialize(EvidencePack.Create("pack", records, seal));
clock.Restart();
EvidenceVerification result = EvidenceVerifier.Verify(EvidencePackJson.Parse(json));
Report($"Verify a {PackCount:N0}-record pack ({json.Length / 1024 / 1024:N0} MiB JSON, parse + verify, {(result.IsIntact ? "intact" : "TAMPERED")})", clock.Elapsed.TotalSeconds, "s");
return result.IsIntact ? 0 : 1;

static void Report(string what, double value, string unit) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-90} {value,12:N2} {unit}"));
