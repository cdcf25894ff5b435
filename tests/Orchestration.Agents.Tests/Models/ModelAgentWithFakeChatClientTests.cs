using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using Orchestration.Abstractions;
using Orchestration.Agents.Models;
using Orchestration.Agents.Port;
using Orchestration.Agents.Prompts;
using Orchestration.Agents.Tests.Guardrails;
using OpenAI.Chat;
using ChatFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace Orchestration.Agents.Tests.Models;

/// <summary>How <see cref="ModelAgent{TRequest, TResult}"/> reads each kind of response, scripted by a <see cref="FakeChatClient"/>.</summary>
public sealed class ModelAgentWithFakeChatClientTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task InvokeAsync_ProperAnswer_ReturnsResultConfidenceAndRationale()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(ModelTestData.AnswerJson)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((new Summary("New docking station prices", "pricing"), 0.93m, "The letter announces a new price list."),
            (outcome.Result, outcome.Confidence, outcome.Rationale));
    }

    [Fact]
    public async Task InvokeAsync_ProperAnswer_RecordsTheFullEvidence()
    {
        ChatResponse response = FakeChatClient.Response(new ChatMessage(ChatRole.Assistant, ModelTestData.AnswerJson), ChatFinishReason.Stop);

        // OPENAI001: the SDK's model factory is marked for evaluation; it builds what the adapter puts in RawRepresentation.
#pragma warning disable OPENAI001
        response.RawRepresentation = OpenAIChatModelFactory.ChatCompletion(id: "chatcmpl-fake-1", systemFingerprint: "fp_fake_0712");
#pragma warning restore OPENAI001
        FakeChatClient chat = new(() =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(1_250));
            return response;
        });
        (string system, string user) = ModelTestData.Prompt.Render(ModelTestData.Letter);

        AgentCall call = (await Agent(chat).InvokeAsync(ModelTestData.Letter)).Call;

        Assert.Equal(ExpectedCall(system, user), call);
    }

    [Fact]
    public async Task InvokeAsync_SensitiveCaptureOff_KeepsNoPromptOrCompletionText()
    {
        AgentCall call = (await Agent(FakeChatClient.Answering(ModelTestData.AnswerJson)).InvokeAsync(ModelTestData.Letter)).Call;

        Assert.Equal((null, null), (call.PromptText, call.CompletionText));
    }

    [Fact]
    public async Task InvokeAsync_SensitiveCaptureOn_KeepsThePromptWhoseDigestIsRecordedAndTheCompletion()
    {
        AgentCall call = (await Agent(FakeChatClient.Answering(ModelTestData.AnswerJson), capture: true).InvokeAsync(ModelTestData.Letter)).Call;

        Assert.Equal((call.PromptDigest, ModelTestData.AnswerJson), (PromptTemplate.Sha256(call.PromptText!), call.CompletionText));
    }

    [Fact]
    public async Task InvokeAsync_Request_SendsSystemAndUserMessagesAtTemperatureZeroWithAStrictSchema()
    {
        FakeChatClient chat = FakeChatClient.Answering(ModelTestData.AnswerJson);

        await Agent(chat).InvokeAsync(ModelTestData.Letter);

        (IReadOnlyList<ChatMessage> messages, ChatOptions? options) = Assert.Single(chat.Received);
        Assert.Equal([ChatRole.System, ChatRole.User], messages.Select(message => message.Role));
        Assert.Equal((ModelTestData.Deployment, 0f, true, true), (options?.ModelId, options?.Temperature, options?.AdditionalProperties?["strict"], options?.ResponseFormat is ChatResponseFormatJson { Schema: not null }));
    }

    [Fact]
    public async Task InvokeAsync_JsonInsideACodeFence_RefusesAsNotJson()
    {
        string fenced = "```json\n" + ModelTestData.AnswerJson + "\n```";

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(fenced)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.NotJson, fenced), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput));
    }

    [Fact]
    public async Task InvokeAsync_Prose_RefusesAsNotJson()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering("The letter is about new prices.")).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.NotJson, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_TwoJsonObjects_RefusesAsNotJson()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(ModelTestData.AnswerJson + ModelTestData.AnswerJson)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.NotJson, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_MissingRequiredMember_RefusesAsSchemaMismatch()
    {
        const string noRationale = """{"result":{"headline":"New prices","topic":"pricing"},"confidence":0.9}""";

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(noRationale)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.SchemaMismatch, noRationale, "stop"), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput, outcome.Refusal?.FinishReason));
    }

    [Fact]
    public async Task InvokeAsync_MissingMemberOfTheResult_RefusesAsSchemaMismatch()
    {
        const string noTopic = """{"result":{"headline":"New prices"},"confidence":0.9,"rationale":"It says so."}""";

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(noTopic)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.SchemaMismatch, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_UnknownMember_RefusesAsSchemaMismatch()
    {
        const string extra = """{"result":{"headline":"New prices","topic":"pricing","approve":true},"confidence":0.9,"rationale":"It says so."}""";

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(extra)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.SchemaMismatch, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_NullResult_RefusesAsSchemaMismatch()
    {
        const string nullResult = """{"result":null,"confidence":0.9,"rationale":"It says so."}""";

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(nullResult)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.SchemaMismatch, outcome.Refusal?.Code);
    }

    [Theory]
    [InlineData("1.2")]
    [InlineData("-0.1")]
    public async Task InvokeAsync_ConfidenceOutsideZeroToOne_RefusesAsInvalidResult(string confidence)
    {
        string answer = ModelTestData.AnswerJson.Replace("0.93", confidence, StringComparison.Ordinal);

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(answer)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.InvalidResult, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_NoContent_RefusesAsEmptyResponse()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(new ChatMessage(ChatRole.Assistant, []), ChatFinishReason.Stop)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.EmptyResponse, null), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput));
    }

    [Fact]
    public async Task InvokeAsync_ContentFilter_RefusesAsContentFiltered()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(string.Empty, ChatFinishReason.ContentFilter)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.ContentFiltered, "content_filter"), (outcome.Refusal?.Code, outcome.Refusal?.FinishReason));
    }

    [Fact]
    public async Task InvokeAsync_FinishReasonLength_RefusesAsTruncatedEvenWhenTheJsonParses()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(ModelTestData.AnswerJson, ChatFinishReason.Length)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.Truncated, ModelTestData.AnswerJson), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput));
    }

    [Fact]
    public async Task InvokeAsync_ToolCall_RefusesAsUnexpectedToolCall()
    {
        ChatMessage message = new(ChatRole.Assistant, [new FunctionCallContent("call_1", "approve_invoice", new Dictionary<string, object?> { ["invoice"] = "INV-1" })]);

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(message, ChatFinishReason.ToolCalls)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.UnexpectedToolCall, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_ModelRefusal_RefusesAsModelRefused()
    {
        ChatMessage message = new(ChatRole.Assistant, [new ErrorContent("I can't help with that.") { ErrorCode = "Refusal" }]);

        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering(message, ChatFinishReason.Stop)).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.ModelRefused, "I can't help with that."), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput));
    }

    [Fact]
    public async Task InvokeAsync_Refusal_StillRecordsTheCallsEvidence()
    {
        AgentOutcome<Summary> outcome = await Agent(FakeChatClient.Answering("not json")).InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.NotJson, "chatcmpl-fake-1", 120L, null, null), (outcome.Call.Refusal, outcome.Call.ResponseId, outcome.Call.InputTokens, outcome.Call.ResultDigest, outcome.Call.Confidence));
    }

    [Fact]
    public async Task InvokeAsync_EndpointFailure_ThrowsModelEndpointException()
    {
        FakeChatClient chat = new(() => throw new System.ClientModel.ClientResultException("HTTP 503 (: ) upstream down", response: null));

        await Assert.ThrowsAsync<ModelEndpointException>(() => Agent(chat).InvokeAsync(ModelTestData.Letter));
    }

    [Fact]
    public async Task InvokeAsync_CancelledByTheCaller_StaysACancellation()
    {
        using CancellationTokenSource cancelled = new();
        await cancelled.CancelAsync();
        FakeChatClient chat = new(() => throw new OperationCanceledException(cancelled.Token));

        await Assert.ThrowsAsync<OperationCanceledException>(() => Agent(chat).InvokeAsync(ModelTestData.Letter, cancelled.Token));
    }

    private ModelAgent<Letter, Summary> Agent(FakeChatClient chat, bool capture = false) =>
        new(ModelTestData.Identity, ModelTestData.Prompt, chat, ModelTestData.Settings(capture: capture), clock);

    private static AgentCall ExpectedCall(string system, string user)
    {
        string promptText = $$"""[{"role":"system","content":{{WorkflowJson.Serialize(system)}}},{"role":"user","content":{{WorkflowJson.Serialize(user)}}}]""";
        return new AgentCall("letter-summarizer", "1.2.0", AgentImplementation.Model, EndpointKinds.OpenAICompatible)
        {
            Model = "gpt-4o-mini-2024-07-18",
            Deployment = ModelTestData.Deployment,
            ModelVersion = "fp_fake_0712",
            ResponseId = "chatcmpl-fake-1",
            PromptTemplateId = "letter-summary",
            PromptTemplateVersion = "1.0.0",
            PromptTemplateDigest = ModelTestData.Prompt.Digest,
            PromptDigest = PromptTemplate.Sha256(promptText),
            InputTokens = 120,
            OutputTokens = 30,
            LatencyMilliseconds = 1_250,
            FinishReason = "stop",
            ResultDigest = PromptTemplate.Sha256(WorkflowJson.Serialize(new Summary("New docking station prices", "pricing"))!),
            Confidence = 0.93m,
        };
    }
}
