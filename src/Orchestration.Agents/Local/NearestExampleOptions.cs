using System.ComponentModel.DataAnnotations;

namespace Orchestration.Agents.Local;

/// <summary>How a <see cref="NearestExampleClassifier{TLabel}"/> decides.</summary>
public sealed record NearestExampleOptions
{
    /// <summary>Gets how many of a label's nearest examples are averaged into its score. Default 3.</summary>
    [Range(1, 100)]
    public int Neighbours { get; init; } = 3;

    /// <summary>
    /// Gets the cosine similarity the nearest example must reach; below it the text is out of distribution. Default
    /// 0.35: on MiniLM, unrelated prose lands near 0.1 to 0.25 and documents of a known kind above 0.45.
    /// </summary>
    [Range(-1.0, 1.0)]
    public double SimilarityFloor { get; init; } = 0.35;
}
