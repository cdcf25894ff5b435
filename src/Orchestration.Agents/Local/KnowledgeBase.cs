namespace Orchestration.Agents.Local;

/// <summary>
/// A small retrieval index: passages embedded once, when it is built; a query returns the passages nearest to it by
/// cosine similarity, best first. Meant for reference data of hundreds of entries (a vendor master), scanned in full.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly ITextEmbedder embedder;
    private readonly IReadOnlyList<(KnowledgePassage Passage, float[] Vector)> passages;

    /// <summary>Initializes a new instance of the <see cref="KnowledgeBase"/> class.</summary>
    /// <param name="embedder">The embedding model.</param>
    /// <param name="passages">The passages.</param>
    public KnowledgeBase(ITextEmbedder embedder, IReadOnlyList<KnowledgePassage> passages)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(passages);
        this.embedder = embedder;
        IReadOnlyList<float[]> vectors = embedder.Embed([.. passages.Select(passage => passage.Text)]);
        this.passages = [.. passages.Select((passage, index) => (passage, vectors[index]))];
    }

    /// <summary>Gets how many passages the base holds.</summary>
    public int Count => passages.Count;

    /// <summary>Retrieves the passages nearest to a query.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="top">How many to return, at most.</param>
    /// <returns>The nearest passages, best first.</returns>
    public IReadOnlyList<RetrievedPassage> Search(string query, int top = 3)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (passages.Count == 0)
        {
            return [];
        }

        float[] vector = embedder.Embed([query])[0];
        return [.. passages
            .Select(entry => new RetrievedPassage(entry.Passage, VectorMath.Cosine(vector, entry.Vector)))
            .OrderByDescending(retrieved => retrieved.Similarity)
            .Take(top)];
    }
}
