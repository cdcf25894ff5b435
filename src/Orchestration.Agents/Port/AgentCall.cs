namespace Orchestration.Agents.Port;

/// <summary>
/// The evidence of one agent call: who answered (agent, version, implementation), through what (endpoint kind, model,
/// deployment and version as the endpoint reported them), with which prompt (template version and the digest of what
/// was sent), at what cost (tokens, latency) and how it ended (finish reason, result digest, confidence or refusal).
/// Prompt and completion text only when sensitive-data capture is on.
/// </summary>
/// <param name="AgentId">The agent id.</param>
/// <param name="AgentVersion">The agent version.</param>
/// <param name="Implementation">Which implementation answered.</param>
/// <param name="EndpointKind">What answered: <see cref="EndpointKinds"/>.</param>
public sealed record AgentCall(string AgentId, string AgentVersion, AgentImplementation Implementation, string EndpointKind)
{
    /// <summary>Gets the model the endpoint reported (<c>model</c> of the response), or the local model's name.</summary>
    public string? Model { get; init; }

    /// <summary>Gets the deployment (Azure OpenAI) or model name requested.</summary>
    public string? Deployment { get; init; }

    /// <summary>Gets the version the endpoint reported (<c>system_fingerprint</c>), or the local implementation's version.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>Gets the endpoint's response id.</summary>
    public string? ResponseId { get; init; }

    /// <summary>Gets the prompt template id.</summary>
    public required string PromptTemplateId { get; init; }

    /// <summary>Gets the prompt template version.</summary>
    public required string PromptTemplateVersion { get; init; }

    /// <summary>Gets the digest of the template text.</summary>
    public required string PromptTemplateDigest { get; init; }

    /// <summary>Gets the digest of the messages as sent (template filled with the request).</summary>
    public required string PromptDigest { get; init; }

    /// <summary>Gets the input tokens the endpoint counted.</summary>
    public long? InputTokens { get; init; }

    /// <summary>Gets the output tokens the endpoint counted.</summary>
    public long? OutputTokens { get; init; }

    /// <summary>Gets how long the call took, in milliseconds.</summary>
    public long LatencyMilliseconds { get; init; }

    /// <summary>Gets the finish reason the endpoint reported.</summary>
    public string? FinishReason { get; init; }

    /// <summary>Gets the digest of the typed result, when there is one.</summary>
    public string? ResultDigest { get; init; }

    /// <summary>Gets the confidence of the result, when there is one.</summary>
    public decimal? Confidence { get; init; }

    /// <summary>Gets the refusal code, when the call ended in one.</summary>
    public string? Refusal { get; init; }

    /// <summary>Gets what the guardrails around the call did, in order (<c>input:pii:redacted 2</c>, <c>output:prompt-injection:passed</c>).</summary>
    public IReadOnlyList<string> Guardrails { get; init; } = [];

    /// <summary>Gets the messages sent, when sensitive-data capture is on.</summary>
    public string? PromptText { get; init; }

    /// <summary>Gets the raw completion, when sensitive-data capture is on.</summary>
    public string? CompletionText { get; init; }
}

/// <summary>The kinds of endpoint an agent call goes to.</summary>
public static class EndpointKinds
{
    /// <summary>Azure OpenAI (or Azure AI Foundry) through its <c>/openai/v1</c> endpoint.</summary>
    public const string AzureOpenAI = "azure-openai";

    /// <summary>OpenAI itself or any OpenAI-compatible server.</summary>
    public const string OpenAICompatible = "openai-compatible";

    /// <summary>No endpoint: the local implementation ran in this process.</summary>
    public const string Local = "local";
}
