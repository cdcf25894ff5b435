using System.ComponentModel.DataAnnotations;

namespace Orchestration.Agents.Local;

/// <summary>
/// Labels a text by its nearest labelled examples: each label scores the mean cosine similarity of its
/// <see cref="NearestExampleOptions.Neighbours"/> nearest examples, the best label wins, and the margin to the
/// runner-up says how clear the choice was. A text whose nearest example is below the similarity floor is out of
/// distribution. The examples are embedded once, when the classifier is built.
/// </summary>
/// <typeparam name="TLabel">The label type.</typeparam>
public sealed class NearestExampleClassifier<TLabel>
    where TLabel : notnull
{
    private readonly ITextEmbedder embedder;
    private readonly NearestExampleOptions options;
    private readonly IReadOnlyList<(TLabel Label, float[] Vector)> examples;

    /// <summary>Initializes a new instance of the <see cref="NearestExampleClassifier{TLabel}"/> class.</summary>
    /// <param name="embedder">The embedding model.</param>
    /// <param name="examples">The labelled examples; at least one.</param>
    /// <param name="options">How to decide; null takes the defaults.</param>
    public NearestExampleClassifier(ITextEmbedder embedder, IReadOnlyList<LabelledExample<TLabel>> examples, NearestExampleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Count == 0)
        {
            throw new ArgumentException("a nearest-example classifier needs at least one labelled example", nameof(examples));
        }

        this.options = options ?? new NearestExampleOptions();
        Validator.ValidateObject(this.options, new ValidationContext(this.options), validateAllProperties: true);
        this.embedder = embedder;
        IReadOnlyList<float[]> vectors = embedder.Embed([.. examples.Select(example => example.Text)]);
        this.examples = [.. examples.Select((example, index) => (example.Label, vectors[index]))];
    }

    /// <summary>Gets the labels the examples carry.</summary>
    public IReadOnlyList<TLabel> Labels => [.. examples.Select(example => example.Label).Distinct()];

    /// <summary>Classifies a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The best label, its score and margin, and whether the text is out of distribution.</returns>
    public NearestExampleMatch<TLabel> Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        float[] query = embedder.Embed([text])[0];
        List<(TLabel Label, double Similarity)> similarities = [.. examples.Select(example => (example.Label, VectorMath.Cosine(query, example.Vector)))];
        List<(TLabel Label, double Score)> scores = [.. similarities
            .GroupBy(entry => entry.Label)
            .Select(group => (group.Key, group.Select(entry => entry.Similarity).OrderDescending().Take(options.Neighbours).Average()))
            .OrderByDescending(entry => entry.Item2)];
        double nearest = similarities.Max(entry => entry.Similarity);
        (TLabel label, double score) = scores[0];
        bool hasRunnerUp = scores.Count > 1;
        return new NearestExampleMatch<TLabel>(
            label,
            score,
            nearest,
            hasRunnerUp ? scores[1].Label : default,
            hasRunnerUp ? score - scores[1].Score : score,
            nearest < options.SimilarityFloor);
    }
}
