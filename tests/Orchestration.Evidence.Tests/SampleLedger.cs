using Orchestration.Evidence.Chain;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Tests;

/// <summary>Chained runs built without an orchestrator, for store and verifier tests.</summary>
public static class SampleLedger
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static EvidenceRecord[] Chain(string runId, int count) => EvidenceHasher.LinkAll(Enumerable.Range(0, count).Select(i =>
        new EvidenceRecord(runId, i, "InvoiceApprovalWorkflow", "1.0", i % 3 == 0 ? "orchestrator" : "agent:matcher",
            Start.AddSeconds(i), Details(i), string.Empty, string.Empty)));

    public static (EvidenceRecord[] Records, RunSeal Seal) Sealed(string runId, int count)
    {
        EvidenceRecord[] chain = Chain(runId, count);
        (EvidenceRecord sealRecord, RunSeal seal) = RunSealer.Seal(runId, "InvoiceApprovalWorkflow", "1.0", chain, Start.AddHours(1));
        return ([.. chain, sealRecord], seal);
    }

    private static EvidenceDetails Details(int i) => (i % 4) switch
    {
        0 => new DecisionDetails("match", "route-to-human", $"amount over threshold #{i}"),
        1 => new PolicyEvaluationDetails("invoice-limits", "2026.1", "sha256:" + new string('a', 64), "sha256:" + new string('b', 64), "review", ["limit-10k"]),
        2 => new ModelCallDetails("invoice-extractor", "1.0.0", "model", "azure-openai", "gpt-4o-mini-2024-07-18", "gpt-4o-mini", "fp_2024", "invoice-extraction@1.0.0", "sha256:" + new string('b', 64), "sha256:" + new string('c', 64), 812, 95, 640, "stop", "sha256:" + new string('d', 64), 0.93m),
        _ => new HumanAnswerDetails($"task-{i}", "ana@contoso.example", "email", Start.AddMinutes(i), "approve", "sha256:" + new string('d', 64)),
    };
}
