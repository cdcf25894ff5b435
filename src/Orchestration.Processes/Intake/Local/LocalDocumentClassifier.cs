using System.Globalization;
using System.Text.RegularExpressions;
using Orchestration.Abstractions;
using Orchestration.Agents.Local;
using Orchestration.Agents.Port;

namespace Orchestration.Processes.Intake.Local;

/// <summary>
/// The local <c>document-classifier</c>, two views on the local embedding model: the whole document against labelled
/// example documents (nearest examples), and its first lines against the titles each kind is printed under
/// (<c>headings.jsonl</c>: "PAYMENT REMINDER", "GUTSCHRIFT"...), which letterheads and shared content cannot drown.
/// The confidence comes from how near and how clear each view is, and falls when they disagree. A document with
/// (almost) no text is refused as insufficient input; one far from every example with no known title, as out of
/// distribution.
/// </summary>
public sealed partial class LocalDocumentClassifier : IAgent<SupplierDocument, DocumentClassification>
{
    /// <summary>The fewest words (of two letters or more) a document must have to be classified.</summary>
    public const int MinimumWords = 5;

    // The model reads about 256 word pieces; the heading and first lines are what tell the kinds apart.
    private const int MaxCharacters = 1_500;

    // A document's title is within its first lines, after the letterhead.
    private const int HeadingLines = 10;
    private const int MaxHeadingCharacters = 80;

    private readonly NearestExampleClassifier<DocumentKind> classifier;
    private readonly NearestExampleClassifier<DocumentKind>? headings;
    private readonly ITextEmbedder embedder;
    private readonly TimeProvider time;

    /// <summary>Initializes a new instance of the <see cref="LocalDocumentClassifier"/> class.</summary>
    /// <param name="identity">Who the agent is (from the registry).</param>
    /// <param name="embedder">The embedding model.</param>
    /// <param name="examples">The labelled examples; embedded here, once.</param>
    /// <param name="options">The nearest-example settings; null takes the defaults.</param>
    /// <param name="time">The clock latency is measured with; null takes the system's.</param>
    /// <param name="titles">The titles each kind is printed under; null classifies on the whole document only.</param>
    public LocalDocumentClassifier(
        AgentIdentity identity, ITextEmbedder embedder, IReadOnlyList<LabelledExample<DocumentKind>> examples,
        NearestExampleOptions? options = null, TimeProvider? time = null, IReadOnlyList<LabelledExample<DocumentKind>>? titles = null)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(embedder);
        Identity = identity;
        this.embedder = embedder;
        this.time = time ?? TimeProvider.System;
        classifier = new NearestExampleClassifier<DocumentKind>(embedder, [.. examples.Select(example => example with { Text = Prepare(example.Text) })], options);
        headings = titles is { Count: > 0 } ? new NearestExampleClassifier<DocumentKind>(embedder, titles, new NearestExampleOptions { Neighbours = 1 }) : null;
    }

    /// <inheritdoc/>
    public AgentIdentity Identity { get; }

    /// <inheritdoc/>
    public Task<AgentOutcome<DocumentClassification>> InvokeAsync(SupplierDocument request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        long started = time.GetTimestamp();
        string text = request.DocumentText ?? string.Empty;
        int words = WordPattern().Count(text);
        if (words < MinimumWords)
        {
            return Done(Refused(AgentRefusalCodes.InsufficientInput,
                $"The document has {words} word(s); at least {MinimumWords} are needed to tell its kind.", text, started));
        }

        NearestExampleMatch<DocumentKind> match = classifier.Classify(Prepare(text));
        NearestExampleMatch<DocumentKind>? title = Title(text);
        if (match.IsOutOfDistribution && !ClassificationConfidence.IsTitle(title))
        {
            return Done(Refused(AgentRefusalCodes.OutOfDistribution,
                $"The document is unlike every labelled example (nearest similarity {Format(match.NearestSimilarity)}); a person should sort it.",
                text, started));
        }

        (DocumentKind kind, decimal confidence) = ClassificationConfidence.Combine(match, title);
        DocumentClassification result = new(kind);
        string rationale = $"Nearest labelled examples are {match.Label} (similarity {Format(match.Score)}), "
            + $"ahead of {match.RunnerUp} by {Format(match.Margin)}"
            + (title is null ? "." : $"; the title reads as {title.Label} (similarity {Format(title.Score)}, ahead of {title.RunnerUp} by {Format(title.Margin)}).");
        AgentCall call = Call(text, started).WithResult(WorkflowJson.Serialize(result)!);
        return Done(AgentOutcome.Answer(result, confidence, rationale, call));
    }

    // The best-matching of the first lines: the title, when the document has one the kinds are printed under.
    private NearestExampleMatch<DocumentKind>? Title(string text)
    {
        if (headings is null)
        {
            return null;
        }

        IEnumerable<string> lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => SpacesPattern().Replace(line.Trim(), " "))
            .Where(line => WordPattern().IsMatch(line))
            .Take(HeadingLines)
            .Select(line => line.Length <= MaxHeadingCharacters ? line : line[..MaxHeadingCharacters]);
        return lines.Select(headings.Classify).MaxBy(match => match.Score);
    }

    private static string Prepare(string text)
    {
        string collapsed = string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => SpacesPattern().Replace(line.Trim(), " ")).Where(line => line.Length > 0));
        return collapsed.Length <= MaxCharacters ? collapsed : collapsed[..MaxCharacters];
    }

    private AgentOutcome<DocumentClassification> Refused(string code, string reason, string text, long started) =>
        AgentOutcome.Refused<DocumentClassification>(new AgentRefusal(code, reason), Call(text, started));

    private AgentCall Call(string text, long started) =>
        LocalAgentCall.For(Identity, embedder.Name, embedder.Version, text, (long)time.GetElapsedTime(started).TotalMilliseconds);

    private static Task<AgentOutcome<DocumentClassification>> Done(AgentOutcome<DocumentClassification> outcome) => Task.FromResult(outcome);

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacesPattern();
}
