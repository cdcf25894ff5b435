using Orchestration.Agents.Port;
using Orchestration.Evidence.Records;
using Orchestration.Processes.Agents;

namespace Orchestration.Processes.Tests.Agents;

public sealed class AgentCallEvidenceTests
{
    private static readonly AgentCall ModelCall = new("invoice-extractor", "1.0.0", AgentImplementation.Model, EndpointKinds.AzureOpenAI)
    {
        Model = "gpt-4o-2024-08-06",
        Deployment = "gpt-4o-invoices",
        ModelVersion = "fp_7c1a2e0b9d",
        ResponseId = "chatcmpl-AZ91x",
        PromptTemplateId = "invoice-extraction",
        PromptTemplateVersion = "1.0.0",
        PromptTemplateDigest = "sha256:" + new string('1', 64),
        PromptDigest = "sha256:" + new string('2', 64),
        InputTokens = 1_214,
        OutputTokens = 187,
        LatencyMilliseconds = 2_340,
        FinishReason = "stop",
        ResultDigest = "sha256:" + new string('3', 64),
        Confidence = 0.91m,
        Guardrails = ["input:prompt-injection:passed", "input:pii:redacted 1"],
        PromptText = "system: You read supplier invoices...",
        CompletionText = """{"result":{},"confidence":0.91,"rationale":"..."}""",
    };

    [Fact]
    public void Details_ModelCall_CarriesWhoAnsweredThroughWhatWithWhichPrompt()
    {
        ModelCallDetails details = AgentCallEvidence.Details(ModelCall);

        Assert.Equal(
            ("invoice-extractor", "1.0.0", "model", "azure-openai", "gpt-4o-2024-08-06", "gpt-4o-invoices", "fp_7c1a2e0b9d", "invoice-extraction@1.0.0"),
            (details.AgentId, details.AgentVersion, details.Implementation, details.EndpointKind, details.Model, details.Deployment, details.ModelVersion, details.PromptTemplate));
    }

    [Fact]
    public void Details_ModelCall_CarriesCostAndHowItEnded()
    {
        ModelCallDetails details = AgentCallEvidence.Details(ModelCall);

        Assert.Equal(
            (1_214L, 187L, 2_340L, "stop", 0.91m, (string?)null, "chatcmpl-AZ91x"),
            (details.InputTokens, details.OutputTokens, details.LatencyMilliseconds, details.FinishReason, details.Confidence, details.Refusal, details.ResponseId));
    }

    [Fact]
    public void Details_ModelCall_NeverHoldsThePromptOrCompletionText()
    {
        string json = System.Text.Json.JsonSerializer.Serialize<EvidenceDetails>(AgentCallEvidence.Details(ModelCall), EvidenceJson.Options);

        Assert.DoesNotContain("You read supplier invoices", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Details_LocalRefusal_NamesTheLocalImplementationAndTheCode()
    {
        AgentCall refused = ModelCall with
        {
            Implementation = AgentImplementation.Local, EndpointKind = EndpointKinds.Local, Confidence = null, Refusal = AgentRefusalCodes.InsufficientInput,
        };

        ModelCallDetails details = AgentCallEvidence.Details(refused);

        Assert.Equal(("local", "local", "insufficient-input"), (details.Implementation, details.EndpointKind, details.Refusal));
    }
}
