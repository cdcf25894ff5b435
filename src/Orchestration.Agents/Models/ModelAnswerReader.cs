using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Orchestration.Agents.Port;
using OpenAI.Chat;
using AIChatFinishReason = Microsoft.Extensions.AI.ChatFinishReason;

namespace Orchestration.Agents.Models;

/// <summary>
/// Reads a model's response as the answer envelope, or as the refusal that says why it is none. Nothing is repaired:
/// JSON inside a markdown fence is not JSON, a missing member is not defaulted, a confidence outside 0 to 1 is not clamped.
/// </summary>
internal static class ModelAnswerReader
{
    // How Microsoft.Extensions.AI.OpenAI surfaces an OpenAI refusal: an ErrorContent with this code.
    private const string RefusalErrorCode = "Refusal";

    /// <summary>Reads a response.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="response">The response.</param>
    /// <returns>The answer, or the refusal.</returns>
    public static (AgentAnswer<TResult>? Answer, AgentRefusal? Refusal) Read<TResult>(ChatResponse response)
        where TResult : class
    {
        string text = response.Text;
        string? finish = response.FinishReason?.Value;
        AgentRefusal Refuse(string code, string reason, string? raw = null) => new(code, reason, raw ?? NullIfEmpty(text), finish);

        if (ModelRefusal(response) is { } refusal)
        {
            return (null, Refuse(AgentRefusalCodes.ModelRefused, $"The model declined: {refusal}", refusal));
        }

        FunctionCallContent[] calls = [.. response.Messages.SelectMany(message => message.Contents).OfType<FunctionCallContent>()];
        if (calls.Length > 0 || response.FinishReason == AIChatFinishReason.ToolCalls)
        {
            return (null, Refuse(AgentRefusalCodes.UnexpectedToolCall,
                $"The model asked to call {(calls.Length == 0 ? "a tool" : string.Join(", ", calls.Select(call => call.Name)))}; this agent offers no tools.",
                calls.Length == 0 ? null : Describe(calls)));
        }

        if (response.FinishReason == AIChatFinishReason.ContentFilter)
        {
            return (null, Refuse(AgentRefusalCodes.ContentFiltered, "The endpoint's content filter stopped the answer."));
        }

        if (response.FinishReason == AIChatFinishReason.Length)
        {
            return (null, Refuse(AgentRefusalCodes.Truncated, "The answer was cut off at the token limit (finish reason length)."));
        }

        return string.IsNullOrWhiteSpace(text)
            ? (null, Refuse(AgentRefusalCodes.EmptyResponse, "The response held no answer (no choice, or no content)."))
            : Parse<TResult>(text, Refuse);
    }

    private static (AgentAnswer<TResult>? Answer, AgentRefusal? Refusal) Parse<TResult>(string text, Func<string, string, string?, AgentRefusal> refuse)
        where TResult : class
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject)
            {
                return (null, refuse(AgentRefusalCodes.NotJson, "The answer is JSON but not an object.", null));
            }
        }
        catch (JsonException)
        {
            return (null, refuse(AgentRefusalCodes.NotJson, "The answer is not JSON (prose, or JSON inside a markdown fence).", null));
        }

        AgentAnswer<TResult>? answer;
        try
        {
            answer = JsonSerializer.Deserialize<AgentAnswer<TResult>>(text, ModelJson.Options);
        }
        catch (JsonException exception)
        {
            return (null, refuse(AgentRefusalCodes.SchemaMismatch, $"The answer does not fit the {typeof(TResult).Name} schema: {exception.Message}", null));
        }

        if (answer?.Result is null)
        {
            return (null, refuse(AgentRefusalCodes.SchemaMismatch, "The answer has no result.", null));
        }

        List<ValidationResult> problems = [];
        return Validator.TryValidateObject(answer, new ValidationContext(answer), problems, validateAllProperties: true)
            ? (answer, null)
            : (null, refuse(AgentRefusalCodes.InvalidResult,
                $"The answer breaks its constraints: {string.Join("; ", problems.Select(problem => problem.ErrorMessage))}", null));
    }

    private static string? ModelRefusal(ChatResponse response) =>
        response.Messages.SelectMany(message => message.Contents).OfType<ErrorContent>()
            .FirstOrDefault(error => error.ErrorCode == RefusalErrorCode)?.Message
        ?? (response.RawRepresentation as ChatCompletion)?.Refusal;

    private static string Describe(FunctionCallContent[] calls) =>
        new JsonArray([.. calls.Select(call => new JsonObject
        {
            ["name"] = call.Name,
            ["arguments"] = JsonSerializer.SerializeToNode(call.Arguments, AIJsonUtilities.DefaultOptions),
        })]).ToJsonString();

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
