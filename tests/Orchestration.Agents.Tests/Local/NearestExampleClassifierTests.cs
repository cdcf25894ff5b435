using Orchestration.Agents.Local;

namespace Orchestration.Agents.Tests.Local;

public sealed class NearestExampleClassifierTests
{
    private static readonly LabelledExample<string>[] Examples =
    [
        new("fruit", "apple banana cherry"),
        new("fruit", "banana mango apple"),
        new("tool", "hammer wrench screwdriver"),
        new("tool", "wrench saw hammer"),
    ];

    [Fact]
    public void Classify_TextNearOneLabel_ReturnsThatLabel()
    {
        NearestExampleMatch<string> match = Classifier().Classify("apple banana");

        Assert.Equal(("fruit", "tool", false), (match.Label, match.RunnerUp, match.IsOutOfDistribution));
    }

    [Fact]
    public void Classify_TextNearOneLabel_HasAPositiveMarginOverTheRunnerUp()
    {
        NearestExampleMatch<string> match = Classifier().Classify("hammer wrench");

        Assert.True(match.Margin > 0.3);
    }

    [Fact]
    public void Classify_TextSharingNothing_IsOutOfDistribution()
    {
        NearestExampleMatch<string> match = Classifier().Classify("sonnet stanza rhyme");

        Assert.True(match.IsOutOfDistribution);
    }

    [Fact]
    public void Constructor_EmbedsTheExamplesOnce()
    {
        HashingEmbedder embedder = new();
        NearestExampleClassifier<string> classifier = new(embedder, Examples);

        classifier.Classify("apple");
        classifier.Classify("saw");

        Assert.Equal(3, embedder.Calls);
    }

    [Fact]
    public void Constructor_NoExamples_Throws()
    {
        Assert.Throws<ArgumentException>(() => new NearestExampleClassifier<string>(new HashingEmbedder(), []));
    }

    private static NearestExampleClassifier<string> Classifier() => new(new HashingEmbedder(), Examples, new NearestExampleOptions { Neighbours = 2, SimilarityFloor = 0.3 });
}
