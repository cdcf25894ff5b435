using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>The orchestrator decided something: a route, a gate, an outcome.</summary>
/// <param name="Step">The step that decided.</param>
/// <param name="Decision">What was decided, e.g. <c>route-to-human</c>, <c>approve</c>.</param>
/// <param name="Reason">Why, in words an auditor reads.</param>
/// <param name="InputsDigest">The digest of the data the decision rested on.</param>
public sealed record DecisionDetails(string Step, string Decision, string Reason, string? InputsDigest = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.Decision;

    /// <inheritdoc/>
    public override string Summarize() => $"{Step}: {Decision} ({Reason})";
}

/// <summary>A policy was evaluated.</summary>
/// <param name="PolicyId">The policy.</param>
/// <param name="BundleVersion">The policy bundle's version, pinned at run start.</param>
/// <param name="BundleDigest">The bundle's content digest.</param>
/// <param name="InputsDigest">The digest of the facts the policy saw.</param>
/// <param name="Outcome">The result, e.g. <c>allow</c>, <c>deny</c>, <c>review</c>.</param>
/// <param name="DecidingRules">The rules that decided the outcome, in evaluation order.</param>
public sealed record PolicyEvaluationDetails(
    string PolicyId,
    string BundleVersion,
    string BundleDigest,
    string InputsDigest,
    string Outcome,
    IReadOnlyList<string> DecidingRules) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.PolicyEvaluation;

    /// <inheritdoc/>
    public override string Summarize() =>
        $"Policy {PolicyId}@{BundleVersion}: {Outcome} by {string.Join(", ", DecidingRules)}";
}
