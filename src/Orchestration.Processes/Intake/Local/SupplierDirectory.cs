using Orchestration.Agents.Local;
using Orchestration.Processes.Invoices;

namespace Orchestration.Processes.Intake.Local;

/// <summary>What the vendor master says of a printed supplier name.</summary>
/// <param name="Supplier">The nearest supplier, or null when none is near enough.</param>
/// <param name="Similarity">How near the nearest registered name is.</param>
/// <param name="Margin">How much nearer it is than the next one.</param>
/// <param name="Nearest">The nearest registered name, resolved or not (for the rationale).</param>
public sealed record SupplierMatch(SupplierRecord? Supplier, double Similarity, double Margin, string? Nearest);

/// <summary>
/// The vendor master as a knowledge base: each supplier's registered name embedded once; a printed name resolves to
/// the supplier whose name is nearest, only when it is both near (a similarity floor) and clearly nearer than the
/// next. A look-alike name (a sanctioned "Northwind Shadow Trading" against "Northwind Traders") must not resolve,
/// so the floor is high: an unresolved supplier is a refusal and a clerk, never a guess.
/// </summary>
public sealed class SupplierDirectory
{
    /// <summary>The similarity a printed name must reach to resolve.</summary>
    public const double SimilarityFloor = 0.80;

    /// <summary>How much nearer than the runner-up the best name must be.</summary>
    public const double MarginFloor = 0.08;

    private readonly KnowledgeBase names;
    private readonly Dictionary<string, SupplierRecord> byId;

    /// <summary>Initializes a new instance of the <see cref="SupplierDirectory"/> class.</summary>
    /// <param name="embedder">The embedding model.</param>
    /// <param name="suppliers">The vendor master.</param>
    public SupplierDirectory(ITextEmbedder embedder, IReadOnlyList<SupplierRecord> suppliers)
    {
        ArgumentNullException.ThrowIfNull(suppliers);
        byId = suppliers.ToDictionary(supplier => supplier.Id, StringComparer.OrdinalIgnoreCase);
        names = new KnowledgeBase(embedder, [.. suppliers.Select(supplier => new KnowledgePassage(supplier.Id, supplier.Name))]);
    }

    /// <summary>Finds a supplier by its vendor master id.</summary>
    /// <param name="id">The id as printed.</param>
    /// <returns>The supplier, or null.</returns>
    public SupplierRecord? FindById(string id) => byId.GetValueOrDefault(id);

    /// <summary>Resolves a printed name against the vendor master.</summary>
    /// <param name="printedName">The name as printed.</param>
    /// <returns>The match; its supplier is null when no name is near enough.</returns>
    public SupplierMatch Resolve(string printedName)
    {
        ArgumentNullException.ThrowIfNull(printedName);
        IReadOnlyList<RetrievedPassage> nearest = names.Search(printedName, top: 2);
        if (nearest.Count == 0)
        {
            return new SupplierMatch(null, 0, 0, null);
        }

        double margin = nearest.Count > 1 ? nearest[0].Similarity - nearest[1].Similarity : nearest[0].Similarity;
        bool resolved = nearest[0].Similarity >= SimilarityFloor && margin >= MarginFloor;
        return new SupplierMatch(resolved ? byId[nearest[0].Passage.Key] : null, nearest[0].Similarity, margin, nearest[0].Passage.Text);
    }
}
