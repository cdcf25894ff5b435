using System.Security.Cryptography;
using System.Text;
using Orchestration.Agents.Local;

namespace Orchestration.Agents.Tests.Local;

/// <summary>
/// A deterministic stand-in for the embedding model: each lower-cased word is hashed into one of 256 dimensions, so
/// texts sharing words are similar and texts sharing none are orthogonal. Tests that need no model use it.
/// </summary>
public sealed class HashingEmbedder : ITextEmbedder
{
    private const int Dimensions = 256;

    public string Name => "hashing-test-embedder";

    public string Version => "1";

    public int Calls { get; private set; }

    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        Calls++;
        return [.. texts.Select(Vector)];
    }

    private static float[] Vector(string text)
    {
        float[] vector = new float[Dimensions];
        foreach (string word in text.ToLowerInvariant().Split([' ', '\n', ',', '.', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            vector[SHA256.HashData(Encoding.UTF8.GetBytes(word))[0]] += 1;
        }

        return VectorMath.Normalize(vector);
    }
}
