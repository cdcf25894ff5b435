using System.Text.Json.Serialization;

namespace Orchestration.Evidence.Records;

/// <summary>An AI model was called.</summary>
/// <param name="Provider">The provider, e.g. <c>azure-openai</c>, <c>local-heuristic</c>.</param>
/// <param name="Deployment">The deployment name.</param>
/// <param name="ModelVersion">The model and version that answered.</param>
/// <param name="PromptDigest">The digest of the prompt sent.</param>
/// <param name="InputTokens">Tokens in the prompt.</param>
/// <param name="OutputTokens">Tokens in the answer.</param>
/// <param name="LatencyMilliseconds">How long the call took.</param>
/// <param name="ResponseDigest">The digest of the answer.</param>
public sealed record ModelCallDetails(
    string Provider,
    string Deployment,
    string ModelVersion,
    string PromptDigest,
    long InputTokens,
    long OutputTokens,
    long LatencyMilliseconds,
    string? ResponseDigest = null) : EvidenceDetails
{
    /// <inheritdoc/>
    [JsonIgnore]
    public override EvidenceKind Kind => EvidenceKind.ModelCall;

    /// <inheritdoc/>
    public override string Summarize() =>
        $"{Provider}/{Deployment} ({ModelVersion}): {InputTokens}+{OutputTokens} tokens, {LatencyMilliseconds} ms";
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
