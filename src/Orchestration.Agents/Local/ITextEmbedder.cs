namespace Orchestration.Agents.Local;

/// <summary>
/// Turns texts into unit-length vectors whose dot product is their cosine similarity. The local embedding model is
/// one; unit tests use a small deterministic one so that they need not load it.
/// </summary>
public interface ITextEmbedder
{
    /// <summary>Gets the model's name, as evidence names it.</summary>
    string Name { get; }

    /// <summary>Gets the version of the implementation, as evidence names it.</summary>
    string Version { get; }

    /// <summary>Embeds texts.</summary>
    /// <param name="texts">The texts.</param>
    /// <returns>One normalized vector per text, in order.</returns>
    IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts);
}
