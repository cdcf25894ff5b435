using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>
/// An agent was called: who answered (agent, version, implementation), through what (endpoint kind, model, deployment
/// and version as reported), with which prompt (template version and digests), at what cost, and how it ended.
/// The prompt and completion text are never here; with sensitive-data capture on they are the record's payloads.
/// </summary>
/// <param name="AgentId">The agent id in the registry.</param>
/// <param name="AgentVersion">The agent version in the registry.</param>
/// <param name="Implementation"><c>model</c> or <c>local</c>.</param>
/// <param name="EndpointKind"><c>azure-openai</c>, <c>openai-compatible</c> or <c>local</c>.</param>
/// <param name="Model">The model as the endpoint reported it, or the local implementation's name.</param>
/// <param name="Deployment">The deployment or model name requested.</param>
/// <param name="ModelVersion">The version as reported (system fingerprint), or the local implementation's version.</param>
/// <param name="PromptTemplate">The prompt template id and version, <c>id@version</c>.</param>
/// <param name="PromptTemplateDigest">The digest of the template text.</param>
/// <param name="PromptDigest">The digest of what was sent.</param>
/// <param name="InputTokens">Tokens in the prompt, as the endpoint counted them.</param>
/// <param name="OutputTokens">Tokens in the answer.</param>
/// <param name="LatencyMilliseconds">How long the call took.</param>
/// <param name="FinishReason">The finish reason reported.</param>
/// <param name="ResultDigest">The digest of the typed result, when there is one.</param>
/// <param name="Confidence">The result's confidence, when there is one.</param>
/// <param name="Refusal">The refusal code, when the call ended in one.</param>
// The nullable members without a default are written even when null: a run's records cross activity inputs, whose
// JSON omits nulls and requires every constructor parameter that has no default.
public sealed record ModelCallDetails(
    string AgentId,
    string AgentVersion,
    string Implementation,
    string EndpointKind,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Model,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Deployment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? ModelVersion,
    string PromptTemplate,
    string PromptTemplateDigest,
    string PromptDigest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? InputTokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? OutputTokens,
    long LatencyMilliseconds,
    string? FinishReason = null,
    string? ResultDigest = null,
    decimal? Confidence = null,
    string? Refusal = null) : EvidenceDetails
{
    /// <summary>Gets the endpoint's response id.</summary>
    public string? ResponseId { get; init; }

    /// <summary>Gets what the guardrails around the call did.</summary>
    public IReadOnlyList<string> Guardrails { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.ModelCall;

    /// <inheritdoc/>
    public override string Summarize() =>
        $"{AgentId} {AgentVersion} ({Implementation}, {EndpointKind} {Model ?? Deployment}): "
        + (Refusal is null ? $"confidence {Confidence}" : $"refused ({Refusal})")
        + $", {InputTokens ?? 0}+{OutputTokens ?? 0} tokens, {LatencyMilliseconds} ms";
}

/// <summary>An agent's tool was called.</summary>
/// <param name="Tool">The tool.</param>
/// <param name="RequestDigest">The digest of the arguments.</param>
/// <param name="Outcome">How it ended: <c>ok</c>, <c>error</c>, <c>refused</c>.</param>
/// <param name="LatencyMilliseconds">How long it took.</param>
/// <param name="ResponseDigest">The digest of the result.</param>
public sealed record ToolCallDetails(
    string Tool, string RequestDigest, string Outcome, long LatencyMilliseconds, string? ResponseDigest = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.ToolCall;

    /// <inheritdoc/>
    public override string Summarize() => $"Tool {Tool}: {Outcome}, {LatencyMilliseconds} ms";
}

/// <summary>A system of record was called through a connector.</summary>
/// <param name="Connector">The connector, e.g. <c>erp</c>.</param>
/// <param name="Operation">The operation, e.g. <c>post-invoice</c>.</param>
/// <param name="RequestDigest">The digest of the request.</param>
/// <param name="Outcome">How it ended.</param>
/// <param name="LatencyMilliseconds">How long it took.</param>
/// <param name="ResponseDigest">The digest of the response.</param>
public sealed record ConnectorCallDetails(
    string Connector,
    string Operation,
    string RequestDigest,
    string Outcome,
    long LatencyMilliseconds,
    string? ResponseDigest = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.ConnectorCall;

    /// <inheritdoc/>
    public override string Summarize() => $"{Connector}.{Operation}: {Outcome}, {LatencyMilliseconds} ms";
}
