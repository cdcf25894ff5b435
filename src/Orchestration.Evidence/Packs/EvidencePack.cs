using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Packs;

/// <summary>
/// Everything an auditor needs to check one run offline: its records in sequence order, the payloads they refer to
/// (by digest), and the seal as the write-once seal store holds it.
/// </summary>
/// <param name="Format">The pack format, <see cref="CurrentFormat"/>.</param>
/// <param name="RunId">The run.</param>
/// <param name="WorkflowName">The workflow.</param>
/// <param name="WorkflowVersion">The workflow's version.</param>
/// <param name="Records">The records, as stored, in sequence order; a sealed run ends with its seal record.</param>
/// <param name="Payloads">The payloads the records refer to, each once.</param>
/// <param name="Seal">The seal from the seal store, or null while the run is not sealed.</param>
public sealed record EvidencePack(
    string Format,
    string RunId,
    string WorkflowName,
    string WorkflowVersion,
    IReadOnlyList<EvidenceRecord> Records,
    IReadOnlyList<PayloadReference> Payloads,
    RunSeal? Seal = null)
{
    /// <summary>The format this code writes and reads.</summary>
    public const string CurrentFormat = "orchestration-evidence-pack/1";

    /// <summary>Assembles a pack from a run's stored records and seal.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="records">The records, in sequence order.</param>
    /// <param name="seal">The seal, when the run is sealed.</param>
    /// <returns>The pack.</returns>
    public static EvidencePack Create(string runId, IReadOnlyList<EvidenceRecord> records, RunSeal? seal)
    {
        ArgumentNullException.ThrowIfNull(records);
        (string workflow, string version) = records.Count > 0 ? (records[0].WorkflowName, records[0].WorkflowVersion)
            : seal is not null ? (seal.WorkflowName, seal.WorkflowVersion)
            : throw new ArgumentException("A pack needs records or a seal.", nameof(records));
        PayloadReference[] payloads = [.. records.SelectMany(r => r.Payloads ?? []).DistinctBy(p => p.Digest)];
        return new EvidencePack(CurrentFormat, runId, workflow, version, records, payloads, seal);
    }
}
