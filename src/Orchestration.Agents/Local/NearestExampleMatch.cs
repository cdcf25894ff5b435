namespace Orchestration.Agents.Local;

/// <summary>What a <see cref="NearestExampleClassifier{TLabel}"/> found for a text.</summary>
/// <typeparam name="TLabel">The label type.</typeparam>
/// <param name="Label">The label with the highest score.</param>
/// <param name="Score">That label's score: the mean similarity of its nearest examples.</param>
/// <param name="NearestSimilarity">The similarity of the single nearest example, of any label.</param>
/// <param name="RunnerUp">The label with the next highest score; default when there is only one label.</param>
/// <param name="Margin">How far the label's score is above the runner-up's (the whole score when there is none).</param>
/// <param name="IsOutOfDistribution">True when no example reached the similarity floor: the label is then no answer.</param>
public sealed record NearestExampleMatch<TLabel>(
    TLabel Label, double Score, double NearestSimilarity, TLabel? RunnerUp, double Margin, bool IsOutOfDistribution)
    where TLabel : notnull;
