using Orchestration.Agents.Port;

namespace Orchestration.Agents.Tests.Guardrails;

/// <summary>An agent that answers what the test scripts and remembers what it was asked: what the guard let through.</summary>
internal sealed class ScriptedAgent(Func<Letter, AgentOutcome<Summary>> answer) : IAgent<Letter, Summary>
{
    public static readonly AgentIdentity Id = new("letter-summarizer", "1.2.0", AgentImplementation.Model,
        new PromptReference("letter-summary", "1.0.0", "sha256:" + new string('a', 64)));

    public List<Letter> Received { get; } = [];

    public AgentIdentity Identity => Id;

    public static AgentCall Call => new("letter-summarizer", "1.2.0", AgentImplementation.Model, EndpointKinds.AzureOpenAI)
    {
        PromptTemplateId = "letter-summary",
        PromptTemplateVersion = "1.0.0",
        PromptTemplateDigest = Id.Prompt.Digest,
        PromptDigest = "sha256:" + new string('b', 64),
        Model = "gpt-4o-mini-2024-07-18",
        FinishReason = "stop",
    };

    public static ScriptedAgent Answering(Summary summary, string rationale = "The letter says so.") =>
        new(_ => AgentOutcome.Answer(summary, 0.9m, rationale, Call));

    public Task<AgentOutcome<Summary>> InvokeAsync(Letter request, CancellationToken cancellationToken = default)
    {
        Received.Add(request);
        return Task.FromResult(answer(request));
    }
}

public sealed record Letter(string Sender, string Body);

public sealed record Summary(
    [property: System.ComponentModel.DataAnnotations.StringLength(80)] string Headline,
    string Topic);
