using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Orchestration.Api.Console;

/// <summary>
/// The console's static files, embedded in this assembly: both hosts serve the same bytes, with no file system, no
/// content root and no front-end build to deploy.
/// </summary>
internal static class ConsoleAssets
{
    // Matches the LogicalName the project file gives every file under Console/Assets.
    private const string ResourcePrefix = "Orchestration.Api.Console.Assets.";

    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, ConsoleAsset>> All = new(Load);

    /// <summary>Finds an asset by file name; names are case-sensitive, as URLs are.</summary>
    /// <param name="fileName">The file name, for example <c>console.css</c>.</param>
    /// <returns>The asset, or null when there is none of that name.</returns>
    public static ConsoleAsset? Find(string fileName) => All.Value.GetValueOrDefault(fileName);

    private static FrozenDictionary<string, ConsoleAsset> Load()
    {
        Dictionary<string, ConsoleAsset> assets = new(StringComparer.Ordinal);
        System.Reflection.Assembly assembly = typeof(ConsoleAssets).Assembly;
        foreach (string resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            string fileName = resource[ResourcePrefix.Length..];
            if (!ContentTypes.TryGetValue(Path.GetExtension(fileName), out string? contentType))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(resource)!;
            using MemoryStream buffer = new();
            stream.CopyTo(buffer);
            byte[] content = buffer.ToArray();
            assets[fileName] = new ConsoleAsset(content, contentType, ETagOf(content));
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // A digest of the bytes, not a build stamp: an unchanged file keeps its tag across builds and hosts.
    private static EntityTagHeaderValue ETagOf(byte[] content) =>
        new($"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 16))}\"");
}

/// <summary>One embedded console file.</summary>
/// <param name="Content">The bytes as built.</param>
/// <param name="ContentType">The media type, with the charset for text.</param>
/// <param name="ETag">A strong tag derived from the bytes.</param>
internal sealed record ConsoleAsset(byte[] Content, string ContentType, EntityTagHeaderValue ETag);
