using System.Diagnostics;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Agents.Models;
using Orchestration.Agents.Port;
using Orchestration.Agents.Tests.Guardrails;

namespace Orchestration.Agents.Tests.Models;

/// <summary>The real OpenAI SDK pipeline (<see cref="ModelChatClientFactory"/>) against a loopback stub of the endpoint.</summary>
public sealed class ModelAgentTests_StubbingTheModelEndpoint : IAsyncLifetime
{
    private ModelEndpointStub stub = null!;

    public async Task InitializeAsync() => stub = await ModelEndpointStub.StartAsync();

    public async Task DisposeAsync() => await stub.DisposeAsync();

    [Fact]
    public async Task InvokeAsync_ProperAnswer_ReturnsTheTypedResult_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        AgentOutcome<Summary> outcome = await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal((new Summary("New docking station prices", "pricing"), 0.93m, "The letter announces a new price list."),
            (outcome.Result, outcome.Confidence, outcome.Rationale));
    }

    [Fact]
    public async Task InvokeAsync_ProperAnswer_RecordsTheEndpointsEvidence_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        AgentCall call = (await Agent().InvokeAsync(ModelTestData.Letter)).Call;

        Assert.Equal(
            (EndpointKinds.OpenAICompatible, "gpt-4o-mini-2024-07-18", ModelTestData.Deployment, "fp_stub_0712", "chatcmpl-stub-42", 211L, 37L, "stop"),
            (call.EndpointKind, call.Model, call.Deployment, call.ModelVersion, call.ResponseId, call.InputTokens, call.OutputTokens, call.FinishReason));
    }

    [Fact]
    public async Task InvokeAsync_Request_NamesTheDeploymentAndSendsBothMessages_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        await Agent().InvokeAsync(ModelTestData.Letter);

        JsonObject body = Assert.Single(stub.Requests).Body;
        (string System, string User) rendered = ModelTestData.Prompt.Render(ModelTestData.Letter);
        Assert.Equal(ModelTestData.Deployment, body["model"]!.GetValue<string>());
        Assert.Equal(
            [("system", rendered.System), ("user", rendered.User)],
            body["messages"]!.AsArray().Select(message => (message!["role"]!.GetValue<string>(), Content(message))));
    }

    [Fact]
    public async Task InvokeAsync_Request_AsksForAStrictJsonSchemaWithoutTools_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        await Agent().InvokeAsync(ModelTestData.Letter);

        JsonObject body = Assert.Single(stub.Requests).Body;
        JsonNode format = body["response_format"]!;
        Assert.Equal(("json_schema", true, false, 0.0), (
            format["type"]!.GetValue<string>(),
            format["json_schema"]!["strict"]!.GetValue<bool>(),
            body.ContainsKey("tools"),
            body["temperature"]!.GetValue<double>()));
    }

    [Fact]
    public async Task InvokeAsync_Request_SchemaRequiresEveryMemberOfTheEnvelope_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        await Agent().InvokeAsync(ModelTestData.Letter);

        JsonNode schema = Assert.Single(stub.Requests).Body["response_format"]!["json_schema"]!["schema"]!;
        Assert.Equal(["confidence", "rationale", "result"], schema["required"]!.AsArray().Select(name => name!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public async Task InvokeAsync_ApiKeyAuthentication_SendsTheKeyAsABearerToken_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);

        await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal(("/v1/chat/completions", "Bearer " + ModelTestData.SecretKey), (Assert.Single(stub.Requests).Path, stub.Requests.Single().Authorization));
    }

    [Fact]
    public async Task InvokeAsync_AzureAuthentication_CallsOpenAIV1WithAnEntraToken_StubbingTheModelEndpoint()
    {
        await using ModelEndpointStub azure = await ModelEndpointStub.StartAsync(https: true);
        azure.ReplyWithCompletion(ModelTestData.AnswerJson);
        FakeTokenCredential credential = new();
        ModelSettings settings = ModelSettings.TryRead(ModelTestData.Configuration(
            ("Endpoint", azure.BaseUrl), ("Deployment", ModelTestData.Deployment), ("Authentication", "azure")))!;
        using IChatClient chat = ModelChatClientFactory.Create(settings, NullLoggerFactory.Instance, credential, azure.TrustingTransport());

        AgentOutcome<Summary> outcome = await Create(new ModelAgentFactory(settings, chat, TimeProvider.System)).InvokeAsync(ModelTestData.Letter);

        StubRequest request = Assert.Single(azure.Requests);
        Assert.Equal(("/openai/v1/chat/completions", "Bearer " + FakeTokenCredential.Token, ModelChatClientFactory.AzureScope, EndpointKinds.AzureOpenAI),
            (request.Path, request.Authorization, credential.Scopes.Distinct().Single(), outcome.Call.EndpointKind));
    }

    [Fact]
    public async Task InvokeAsync_NoChoices_RefusesAsEmptyResponse_StubbingTheModelEndpoint()
    {
        JsonObject completion = JsonNode.Parse(ModelEndpointStub.Completion(ModelTestData.AnswerJson))!.AsObject();
        completion["choices"] = new JsonArray();
        stub.Reply(200, completion.ToJsonString());

        AgentOutcome<Summary> outcome = await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal(AgentRefusalCodes.EmptyResponse, outcome.Refusal?.Code);
    }

    [Fact]
    public async Task InvokeAsync_ModelRefusal_RefusesAsModelRefusedWithTheRefusalText_StubbingTheModelEndpoint()
    {
        stub.Reply(200, ModelEndpointStub.Completion(null, refusal: "I can't help with that request."));

        AgentOutcome<Summary> outcome = await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.ModelRefused, "I can't help with that request."), (outcome.Refusal?.Code, outcome.Refusal?.RawOutput));
    }

    [Fact]
    public async Task InvokeAsync_ToolCalls_RefusesAsUnexpectedToolCall_StubbingTheModelEndpoint()
    {
        JsonArray calls = [new JsonObject
        {
            ["id"] = "call_1",
            ["type"] = "function",
            ["function"] = new JsonObject { ["name"] = "approve_invoice", ["arguments"] = """{"invoice":"INV-1"}""" },
        }];
        stub.Reply(200, ModelEndpointStub.Completion(null, "tool_calls", toolCalls: calls));

        AgentOutcome<Summary> outcome = await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.UnexpectedToolCall, "tool_calls"), (outcome.Refusal?.Code, outcome.Refusal?.FinishReason));
        Assert.Contains("approve_invoice", outcome.Refusal!.RawOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvokeAsync_FinishReasonLength_RefusesAsTruncatedWithTheRawOutput_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion("""{"result":{"headline":"New dock""", "length");

        AgentOutcome<Summary> outcome = await Agent().InvokeAsync(ModelTestData.Letter);

        Assert.Equal((AgentRefusalCodes.Truncated, """{"result":{"headline":"New dock""", "length"),
            (outcome.Refusal?.Code, outcome.Refusal?.RawOutput, outcome.Refusal?.FinishReason));
    }

    [Fact]
    public async Task InvokeAsync_MalformedBody_ThrowsModelEndpointException_StubbingTheModelEndpoint()
    {
        stub.Reply(200, """{"id": "chatcmpl-broken", "choices": [ {""");

        await Assert.ThrowsAsync<ModelEndpointException>(() => Agent().InvokeAsync(ModelTestData.Letter));
    }

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    public async Task InvokeAsync_ThrottledOrServerError_ThrowsAfterExactlyOneRequest_StubbingTheModelEndpoint(int status)
    {
        stub.Reply(status, """{"error":{"message":"try again later","type":"server_error"}}""").ReplyWithCompletion(ModelTestData.AnswerJson);

        ModelEndpointException failure = await Assert.ThrowsAsync<ModelEndpointException>(() => Agent().InvokeAsync(ModelTestData.Letter));

        Assert.Equal((status, 1, true), (failure.StatusCode, stub.Requests.Count, failure.IsTransient));
    }

    [Fact]
    public async Task InvokeAsync_EndpointError_MessageHoldsNeitherTheKeyNorTheBody_StubbingTheModelEndpoint()
    {
        stub.Reply(401, $$$"""{"error":{"message":"Incorrect API key provided: {{{ModelTestData.SecretKey}}}"}}""");

        ModelEndpointException failure = await Assert.ThrowsAsync<ModelEndpointException>(() => Agent().InvokeAsync(ModelTestData.Letter));

        Assert.Equal(("The model endpoint answered HTTP 401.", null), (failure.Message, failure.InnerException));
    }

    [Fact]
    public async Task InvokeAsync_EndpointSlowerThanTheTimeout_ThrowsAfterExactlyOneRequest_StubbingTheModelEndpoint()
    {
        stub.Hang().ReplyWithCompletion(ModelTestData.AnswerJson);

        ModelEndpointException failure = await Assert.ThrowsAsync<ModelEndpointException>(() => Agent(timeoutSeconds: 1).InvokeAsync(ModelTestData.Letter));

        Assert.Equal((null, 1), (failure.StatusCode, stub.Requests.Count));
    }

    [Fact]
    public async Task InvokeAsync_AnyCall_EmitsAGenAISpanWithModelAndTokens_StubbingTheModelEndpoint()
    {
        stub.ReplyWithCompletion(ModelTestData.AnswerJson);
        List<Activity> spans = [];
        using ActivityListener listener = new()
        {
            ShouldListenTo = source => source.Name == ModelTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span => { lock (spans) { spans.Add(span); } },
        };
        ActivitySource.AddActivityListener(listener);

        await Agent().InvokeAsync(ModelTestData.Letter);

        Activity span = spans.Single(span => Equals(span.GetTagItem("gen_ai.response.id"), "chatcmpl-stub-42"));
        Assert.Equal((ModelTestData.Deployment, 211, 37), (
            span.GetTagItem("gen_ai.request.model") as string,
            Convert.ToInt32(span.GetTagItem("gen_ai.usage.input_tokens"), System.Globalization.CultureInfo.InvariantCulture),
            Convert.ToInt32(span.GetTagItem("gen_ai.usage.output_tokens"), System.Globalization.CultureInfo.InvariantCulture)));
    }

    private static string Content(JsonNode? message) => message!["content"] switch
    {
        JsonValue text => text.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(part => part!["text"]!.GetValue<string>())),
        _ => string.Empty,
    };

    private static ModelAgent<Letter, Summary> Create(ModelAgentFactory factory) =>
        (ModelAgent<Letter, Summary>)factory.Create<Letter, Summary>(ModelTestData.Identity, ModelTestData.Prompt,
            new Governance.Agents.AgentDefinition("letter-summarizer", Governance.Agents.AgentKind.AiAgent, "ap@contoso.example", "1.2.0"));

    private ModelAgent<Letter, Summary> Agent(int timeoutSeconds = 60)
    {
        ModelSettings settings = ModelTestData.Settings(stub.BaseUrl + "/v1", timeoutSeconds: timeoutSeconds);
        return Create(new ModelAgentFactory(settings, NullLoggerFactory.Instance, TimeProvider.System));
    }
}
