using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;

namespace Orchestration.LocalHost.Tests.Commands;

/// <summary>Sealed evidence packs built with the evidence library's own chaining and sealing, written to a temp folder.</summary>
public sealed class EvidencePackFiles : IDisposable
{
    public const string RunId = "run-verify-command";
    private const string Workflow = "InvoiceApprovalWorkflow";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("of-verify-command-");

    /// <summary>A sealed run of six records and its seal record, as the ledger holds it.</summary>
    public static EvidencePack SealedPack()
    {
        EvidenceRecord[] chain = EvidenceHasher.LinkAll(Enumerable.Range(0, 6).Select(i => new EvidenceRecord(
            RunId, i, Workflow, "1.0", "orchestrator", Start.AddSeconds(i),
            new DecisionDetails("approval", "route-to-human", $"step {i}"), string.Empty, string.Empty)));
        (EvidenceRecord sealRecord, RunSeal seal) = RunSealer.Seal(RunId, Workflow, "1.0", chain, Start.AddHours(1));
        return EvidencePack.Create(RunId, [.. chain, sealRecord], seal);
    }

    public string Write(EvidencePack pack) => WriteText(EvidencePackJson.Serialize(pack));

    public string WriteText(string text)
    {
        string path = Path.Combine(folder.FullName, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    public string MissingPath() => Path.Combine(folder.FullName, "no-such-pack.json");

    public void Dispose() => folder.Delete(recursive: true);
}
