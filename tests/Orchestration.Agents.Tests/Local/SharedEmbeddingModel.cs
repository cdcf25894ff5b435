using Orchestration.Agents.Local;

namespace Orchestration.Agents.Tests.Local;

/// <summary>The tests that run the real embedding model: one collection, so the process loads it once and they take turns.</summary>
[CollectionDefinition(Name)]
public sealed class SharedEmbeddingModel : ICollectionFixture<EmbeddingModelFixture>
{
    public const string Name = "local embedding model";
}

/// <summary>Loads the shared model before the first test of the collection.</summary>
public sealed class EmbeddingModelFixture
{
    public EmbeddingModelFixture()
    {
        Model = LocalEmbeddingModel.Shared;
        Model.Embed(["warm up"]);
    }

    public LocalEmbeddingModel Model { get; }
}
