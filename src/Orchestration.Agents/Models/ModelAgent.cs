using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Orchestration.Abstractions;
using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using OpenAI.Chat;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Orchestration.Agents.Models;

/// <summary>
/// An agent answered by a model over <see cref="IChatClient"/>: its prompt template filled with the request, a strict
/// JSON schema of <see cref="AgentAnswer{TResult}"/> sent along, temperature 0, no tools. A bad answer is a refusal;
/// a failing endpoint is a <see cref="ModelEndpointException"/>, for the activity's retry policy. Every call is
/// evidence: model, deployment, version, response id, prompt digests, tokens, latency, finish reason, result digest.
/// </summary>
/// <typeparam name="TRequest">The request type.</typeparam>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="identity">Who the agent is.</param>
/// <param name="prompt">The prompt template.</param>
/// <param name="chatClient">The chat pipeline (<see cref="ModelChatClientFactory"/>).</param>
/// <param name="settings">The model settings: deployment, endpoint kind, timeout, sensitive-data capture.</param>
/// <param name="timeProvider">Measures latency.</param>
public sealed class ModelAgent<TRequest, TResult>(
    AgentIdentity identity, PromptTemplate prompt, IChatClient chatClient, ModelSettings settings, TimeProvider timeProvider) : IAgent<TRequest, TResult>
    where TRequest : class
    where TResult : class
{
    /// <inheritdoc/>
    public AgentIdentity Identity => identity;

    /// <inheritdoc/>
    /// <exception cref="ModelEndpointException">The endpoint failed, throttled or timed out.</exception>
    public async Task<AgentOutcome<TResult>> InvokeAsync(TRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string system, string user) = prompt.Render(request);
        string promptText = PromptText(system, user);
        long started = timeProvider.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await chatClient.GetResponseAsync<AgentAnswer<TResult>>(
                [new ChatMessage(ChatRole.System, system), new ChatMessage(ChatRole.User, user)],
                ModelJson.Options, Options(), useJsonSchemaResponseFormat: true, cancellationToken);
        }
        catch (ArgumentOutOfRangeException)
        {
            // WARNING: OpenAI 2.15 with Microsoft.Extensions.AI.OpenAI 11 throws this reading a completion whose
            // "choices" is empty (ChatCompletion.Role reads Choices[0]); such a body answered nothing.
            return AgentOutcome.Refused<TResult>(
                new AgentRefusal(AgentRefusalCodes.EmptyResponse, "The response held no choice."),
                Call(null, promptText, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds));
        }
        catch (Exception exception) when (ModelEndpointException.From(exception, settings.Timeout, cancellationToken) is { } failure)
        {
            throw failure;
        }

        AgentCall call = Call(response, promptText, (long)timeProvider.GetElapsedTime(started).TotalMilliseconds);
        (AgentAnswer<TResult>? answer, AgentRefusal? refusal) = ModelAnswerReader.Read<TResult>(response);
        return answer is null
            ? AgentOutcome.Refused<TResult>(refusal!, call)
            : AgentOutcome.Answer(answer.Result, (decimal)answer.Confidence, answer.Rationale,
                call with { ResultDigest = PromptTemplate.Sha256(WorkflowJson.Serialize(answer.Result)!) });
    }

    // The messages as sent, in one canonical text: its digest is the call's prompt digest, and with capture on it is
    // the call's prompt text, so an auditor can recompute one from the other.
    private static string PromptText(string system, string user) => new JsonArray(
        new JsonObject { ["role"] = "system", ["content"] = system },
        new JsonObject { ["role"] = "user", ["content"] = user }).ToJsonString();

    private ChatOptions Options() => new()
    {
        ModelId = settings.Deployment,
        Temperature = 0,

        // Read by Microsoft.Extensions.AI.OpenAI: the JSON schema response format goes out with "strict": true.
        AdditionalProperties = new() { ["strict"] = true },
    };

    private AgentCall Call(ChatResponse? response, string promptText, long latency) =>
        new(identity.AgentId, identity.AgentVersion, AgentImplementation.Model, settings.EndpointKind)
        {
            Model = response?.ModelId,
            Deployment = settings.Deployment,
            ModelVersion = (response?.RawRepresentation as ChatCompletion)?.SystemFingerprint,
            ResponseId = response?.ResponseId,
            PromptTemplateId = prompt.Id,
            PromptTemplateVersion = prompt.Version,
            PromptTemplateDigest = prompt.Digest,
            PromptDigest = PromptTemplate.Sha256(promptText),
            InputTokens = response?.Usage?.InputTokenCount,
            OutputTokens = response?.Usage?.OutputTokenCount,
            LatencyMilliseconds = latency,
            FinishReason = response?.FinishReason?.Value,
            PromptText = settings.CaptureSensitiveData ? promptText : null,
            CompletionText = settings.CaptureSensitiveData ? response?.Text : null,
        };
}
