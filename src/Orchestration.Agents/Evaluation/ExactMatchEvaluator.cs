using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace Orchestration.Agents.Evaluation;

/// <summary>
/// Scores an agent's typed result against the expected one: <see cref="ExactMatch"/> when the whole result is
/// equivalent, and one <c>field:{name}</c> metric per top-level member of the expected result, so an extraction
/// reports which fields it got right. The response is the result's JSON; the expectation comes as an
/// <see cref="ExpectedResultContext"/>. No model is asked: the chat configuration may be null.
/// </summary>
public sealed class ExactMatchEvaluator : IEvaluator
{
    /// <summary>The whole-result metric's name.</summary>
    public const string ExactMatch = "exact-match";

    /// <summary>The prefix of the per-field metrics' names.</summary>
    public const string FieldPrefix = "field:";

    /// <inheritdoc/>
    public IReadOnlyCollection<string> EvaluationMetricNames => [ExactMatch];

    /// <inheritdoc/>
    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages, ChatResponse modelResponse, ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(modelResponse);
        ExpectedResultContext expected = additionalContext?.OfType<ExpectedResultContext>().FirstOrDefault()
            ?? throw new ArgumentException($"{nameof(ExactMatchEvaluator)} needs an {nameof(ExpectedResultContext)}", nameof(additionalContext));
        JsonNode? want = JsonNode.Parse(expected.ExpectedJson);
        JsonNode? got = TryParse(modelResponse.Text);
        bool match = JsonEquivalence.AreEquivalent(want, got);
        List<EvaluationMetric> metrics = [Scored(ExactMatch, match, match ? "The result equals the expected one." : "The result differs from the expected one.")];
        if (want is JsonObject fields)
        {
            metrics.AddRange(fields.Select(field => Scored(FieldPrefix + field.Key, JsonEquivalence.AreEquivalent(field.Value, (got as JsonObject)?[field.Key]),
                $"{field.Key} compared with the expected value.")));
        }

        return ValueTask.FromResult(new EvaluationResult(metrics));
    }

    private static BooleanMetric Scored(string name, bool passed, string reason) => new(name, passed, reason)
    {
        Interpretation = new EvaluationMetricInterpretation(passed ? EvaluationRating.Exceptional : EvaluationRating.Unacceptable, failed: !passed),
    };

    private static JsonNode? TryParse(string text)
    {
        try
        {
            return text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
