using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>
/// What a record says happened. One sealed record type per <see cref="EvidenceKind"/>; in JSON the member
/// <c>kind</c> names the type. Numbers are whole numbers only, so the canonical form needs no float formatting.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(RunStartedDetails), "runStarted")]
[JsonDerivedType(typeof(RunCompletedDetails), "runCompleted")]
[JsonDerivedType(typeof(DecisionDetails), "decision")]
[JsonDerivedType(typeof(ModelCallDetails), "modelCall")]
[JsonDerivedType(typeof(ToolCallDetails), "toolCall")]
[JsonDerivedType(typeof(ConnectorCallDetails), "connectorCall")]
[JsonDerivedType(typeof(PolicyEvaluationDetails), "policyEvaluation")]
[JsonDerivedType(typeof(RetryDetails), "retry")]
[JsonDerivedType(typeof(RefusalDetails), "refusal")]
[JsonDerivedType(typeof(HumanTaskDetails), "humanTask")]
[JsonDerivedType(typeof(HumanAnswerDetails), "humanAnswer")]
[JsonDerivedType(typeof(EscalationDetails), "escalation")]
[JsonDerivedType(typeof(CompensationDetails), "compensation")]
[JsonDerivedType(typeof(KillSwitchDetails), "killSwitch")]
[JsonDerivedType(typeof(SealDetails), "seal")]
public abstract record EvidenceDetails
{
    /// <summary>Gets the kind this details type stands for.</summary>
    [JsonIgnore]
    public abstract EvidenceKind Kind { get; }

    /// <summary>Describes the record in one line for people (timeline, report).</summary>
    /// <returns>The line.</returns>
    public abstract string Summarize();
}
