using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Benchmarks;

/// <summary>Chained runs of realistic records (model calls and decisions), built without an orchestrator.</summary>
internal static class BenchmarkLedger
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static EvidenceRecord[] Chain(string runId, int count)
    {
        string digest = EvidenceHasher.DigestOf(runId);
        return EvidenceHasher.LinkAll(Enumerable.Range(0, count).Select(i =>
        {
            EvidenceDetails details = i % 2 == 0
                ? new ModelCallDetails("invoice-extractor", "1.0.0", "model", "azure-openai", "gpt-4o-mini-2024-07-18", "gpt-4o-mini", "fp_2024", "invoice-extraction@1.0.0", digest, digest, 800 + (i % 50), 90, 600, "stop", digest, 0.93m)
                : new DecisionDetails("match", "route-to-human", "amount over threshold", digest);
            return new EvidenceRecord(runId, i, "InvoiceApprovalWorkflow", "1.0", "orchestrator", Start.AddMilliseconds(i), details, string.Empty, string.Empty);
        }));
    }

    public static (EvidenceRecord[] Records, RunSeal Seal) Sealed(string runId, int count)
    {
        EvidenceRecord[] chain = Chain(runId, count);
        (EvidenceRecord sealRecord, RunSeal seal) = RunSealer.Seal(runId, "InvoiceApprovalWorkflow", "1.0", chain, Start.AddDays(1));
        return ([.. chain, sealRecord], seal);
    }
}
