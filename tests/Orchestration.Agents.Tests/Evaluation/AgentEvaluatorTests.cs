using Microsoft.Extensions.Time.Testing;
using Orchestration.Agents.Evaluation;
using Orchestration.Agents.Port;
using Orchestration.Agents.Tests.Guardrails;

namespace Orchestration.Agents.Tests.Evaluation;

public sealed class AgentEvaluatorTests
{
    private static readonly Summary Prices = new("Prices", "pricing");

    // The scripted agent answers "Prices" to a body saying so, and refuses an empty body.
    private readonly ScriptedAgent agent = new(letter => letter.Body.Length == 0
        ? AgentOutcome.Refused<Summary>(new AgentRefusal(AgentRefusalCodes.InsufficientInput, "empty"), ScriptedAgent.Call)
        : AgentOutcome.Answer(letter.Body == "prices" ? Prices : new Summary("Other", "misc"), 0.9m, "scripted", ScriptedAgent.Call));

    [Fact]
    public async Task EvaluateAsync_ScriptedAgent_ComputesAccuracyOnAnswerCases()
    {
        AgentEvaluationReport report = await Evaluate();

        Assert.Equal(0.5, report.Accuracy);
    }

    [Fact]
    public async Task EvaluateAsync_ScriptedAgent_ComputesRefusalRateOverAllCases()
    {
        AgentEvaluationReport report = await Evaluate();

        Assert.Equal((5, 0.4), (report.CaseCount, report.RefusalRate));
    }

    [Fact]
    public async Task EvaluateAsync_RefusalWithAnotherCodeOrAnAnswer_IsNotACorrectRefusal()
    {
        AgentEvaluationReport report = await Evaluate();

        Assert.Equal(1.0 / 3, report.CorrectRefusalRate!.Value, precision: 6);
    }

    [Fact]
    public async Task EvaluateAsync_ScriptedAgent_ReportsPerFieldAccuracy()
    {
        AgentEvaluationReport report = await Evaluate();

        Assert.Equal((0.5, 0.5), (report.FieldAccuracy["headline"], report.FieldAccuracy["topic"]));
    }

    [Fact]
    public async Task EvaluateAsync_FrozenClock_ReportsZeroLatency()
    {
        AgentEvaluationReport report = await Evaluate();

        Assert.Equal((0.0, 0.0), (report.LatencyP50, report.LatencyP95));
    }

    [Fact]
    public async Task EvaluateAsync_OnlyRefusalCases_HasNoAccuracy()
    {
        AgentEvaluationReport report = await new AgentEvaluator(new FakeTimeProvider()).EvaluateAsync(agent, [Refusal("r", "", AgentRefusalCodes.InsufficientInput)]);

        Assert.Null(report.Accuracy);
    }

    private Task<AgentEvaluationReport> Evaluate() => new AgentEvaluator(new FakeTimeProvider()).EvaluateAsync(agent,
    [
        Answer("right", "prices", Prices),
        Answer("wrong", "something else", Prices),
        Refusal("refused-right", "", AgentRefusalCodes.InsufficientInput),
        Refusal("refused-wrong-code", "", AgentRefusalCodes.OutOfDistribution),
        Refusal("answered-instead", "prices", AgentRefusalCodes.OutOfDistribution),
    ]);

    private static GoldenCase<Letter, Summary> Answer(string id, string body, Summary expected) => new(id, 1, new Letter("Contoso", body), expected, null, []);

    private static GoldenCase<Letter, Summary> Refusal(string id, string body, string code) => new(id, 1, new Letter("Contoso", body), null, code, []);
}
