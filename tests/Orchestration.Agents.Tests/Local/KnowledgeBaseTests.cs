using Orchestration.Agents.Local;

namespace Orchestration.Agents.Tests.Local;

public sealed class KnowledgeBaseTests
{
    private readonly KnowledgeBase knowledge = new(new HashingEmbedder(),
    [
        new KnowledgePassage("SUP-1", "Contoso Hardware GmbH"),
        new KnowledgePassage("SUP-2", "Fabrikam Office Supplies Ltd"),
        new KnowledgePassage("SUP-3", "Northwind Traders"),
    ]);

    [Fact]
    public void Search_Name_ReturnsTheNearestPassageFirst()
    {
        IReadOnlyList<RetrievedPassage> found = knowledge.Search("contoso hardware");

        Assert.Equal("SUP-1", found[0].Passage.Key);
    }

    [Fact]
    public void Search_Top_ReturnsAtMostThatManyBestFirst()
    {
        IReadOnlyList<RetrievedPassage> found = knowledge.Search("fabrikam office", top: 2);

        Assert.Equal((2, true), (found.Count, found[0].Similarity >= found[1].Similarity));
    }

    [Fact]
    public void Search_EmptyBase_ReturnsNothing()
    {
        Assert.Empty(new KnowledgeBase(new HashingEmbedder(), []).Search("anything"));
    }
}
