using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>
/// One entry of a run's ledger: what happened, to which run, who did it and when, chained to the entry before it.
/// Records are immutable; <see cref="Hash"/> covers every other member (see <see cref="Chain.EvidenceHasher"/>).
/// </summary>
/// <param name="RunId">The run (workflow instance id); the Table Storage partition.</param>
/// <param name="Sequence">The position in the run, from 0, assigned deterministically by the orchestrator.</param>
/// <param name="WorkflowName">The registered workflow name.</param>
/// <param name="WorkflowVersion">The workflow's version, as the workflow declares it.</param>
/// <param name="Actor">Who acted: the orchestrator, an agent id, a connector, a person's id.</param>
/// <param name="OccurredAt">When it happened (UTC); the orchestrator's replay-safe time for orchestrator records.</param>
/// <param name="Details">What happened; its type is the record's kind.</param>
/// <param name="PreviousHash">The hash of the record at <c>Sequence - 1</c>, or <see cref="Chain.EvidenceHasher.GenesisHash"/>.</param>
/// <param name="Hash">SHA-256 (lower-case hex) of this record's canonical form without this member.</param>
/// <param name="Payloads">Content-addressed payloads the record refers to (inputs, outputs, documents).</param>
public sealed record EvidenceRecord(
    string RunId,
    long Sequence,
    string WorkflowName,
    string WorkflowVersion,
    string Actor,
    DateTimeOffset OccurredAt,
    EvidenceDetails Details,
    string PreviousHash,
    string Hash,
    IReadOnlyList<PayloadReference>? Payloads = null)
{
    /// <summary>Gets the record's kind, named by its details.</summary>
    [JsonIgnore]
    public EvidenceKind Kind => Details.Kind;
}

/// <summary>A payload a record refers to, stored once under its digest.</summary>
/// <param name="Role">What the payload is to the record: <c>input</c>, <c>output</c>, <c>prompt</c>, <c>document</c>.</param>
/// <param name="Digest">The content digest, <c>sha256:</c> and lower-case hex.</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="ContentType">The media type.</param>
public sealed record PayloadReference(string Role, string Digest, long Length, string ContentType);
