using System.Text.Json;
using Orchestration.Evidence.Records;

namespace Orchestration.Evidence.Packs;

/// <summary>Writes and reads packs as JSON files, refusing anything that is not a well-formed pack of this format.</summary>
public static class EvidencePackJson
{
    /// <summary>Writes a pack as indented JSON.</summary>
    /// <param name="pack">The pack.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(EvidencePack pack) => JsonSerializer.Serialize(pack, EvidenceJson.IndentedOptions);

    /// <summary>Reads a pack.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="EvidencePackFormatException">The text is not a pack of <see cref="EvidencePack.CurrentFormat"/>.</exception>
    public static EvidencePack Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        EvidencePack? pack;
        try
        {
            pack = JsonSerializer.Deserialize<EvidencePack>(json, EvidenceJson.Options);
        }
        catch (JsonException ex)
        {
            string where = ex.Path is null ? string.Empty : $" at {ex.Path}";
            throw new EvidencePackFormatException($"The evidence pack is not valid{where}: {ex.Message}", ex);
        }

        return pack switch
        {
            null => throw new EvidencePackFormatException("The evidence pack is empty (JSON null)."),
            { Format: not EvidencePack.CurrentFormat } => throw new EvidencePackFormatException(
                $"The evidence pack's format is '{pack.Format}'; this verifier reads '{EvidencePack.CurrentFormat}'."),
            { Records.Count: 0, Seal: null } => throw new EvidencePackFormatException("The evidence pack holds no records and no seal."),
            _ => pack,
        };
    }

    /// <summary>Reads a pack file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pack.</returns>
    /// <exception cref="EvidencePackFormatException">The file is missing or not a pack.</exception>
    public static async Task<EvidencePack> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            return Parse(await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new EvidencePackFormatException($"The evidence pack '{path}' cannot be read: {ex.Message}", ex);
        }
    }
}

/// <summary>A pack that cannot be read: not JSON, not this format, or missing required members.</summary>
public sealed class EvidencePackFormatException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvidencePackFormatException"/> class.</summary>
    public EvidencePackFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvidencePackFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    public EvidencePackFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="EvidencePackFormatException"/> class.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The reader's exception.</param>
    public EvidencePackFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
