using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Orchestration.Agents.Evaluation;

namespace Orchestration.Agents.Tests.Evaluation;

public sealed class ExactMatchEvaluatorTests
{
    [Fact]
    public async Task EvaluateAsync_SameNumberWrittenDifferently_Matches()
    {
        EvaluationResult result = await Evaluate("""{"amount": 18450.00, "sku": "A"}""", """{"sku": "A", "amount": 18450}""");

        Assert.True(result.Get<BooleanMetric>(ExactMatchEvaluator.ExactMatch).Value);
    }

    [Fact]
    public async Task EvaluateAsync_OneFieldWrong_FailsThatFieldOnly()
    {
        EvaluationResult result = await Evaluate("""{"amount": 10, "sku": "A"}""", """{"amount": 10, "sku": "B"}""");

        Assert.Equal((false, true, false),
            (result.Get<BooleanMetric>(ExactMatchEvaluator.ExactMatch).Value, result.Get<BooleanMetric>("field:amount").Value, result.Get<BooleanMetric>("field:sku").Value));
    }

    [Fact]
    public async Task EvaluateAsync_ResponseNotJson_DoesNotMatch()
    {
        EvaluationResult result = await Evaluate("""{"sku": "A"}""", "sure, here it is");

        Assert.True(result.Get<BooleanMetric>(ExactMatchEvaluator.ExactMatch).Interpretation!.Failed);
    }

    private static ValueTask<EvaluationResult> Evaluate(string expected, string actual) =>
        new ExactMatchEvaluator().EvaluateAsync([], new ChatResponse(new ChatMessage(ChatRole.Assistant, actual)), additionalContext: [new ExpectedResultContext(expected)]);
}
