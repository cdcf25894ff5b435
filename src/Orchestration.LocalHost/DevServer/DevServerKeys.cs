using System.Security.Cryptography;
using System.Text.Json;
using Orchestration.Api.Security;

namespace Orchestration.LocalHost.DevServer;

/// <summary>
/// Keys for the dev server when configuration gives none: generated once, kept in the data folder (readable by the
/// owner only), so scripts and bookmarks keep working across restarts, as a Function app's keys do.
/// </summary>
public static class DevServerKeys
{
    private const string FileName = "keys.json";

    /// <summary>Fills missing keys from the data folder, generating and saving them the first time.</summary>
    /// <param name="keys">The bound options.</param>
    /// <param name="dataDirectory">The dev server's data folder.</param>
    public static void Complete(ApiKeyOptions keys, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(keys);
        string path = Path.Combine(dataDirectory, FileName);
        StoredKeys stored = File.Exists(path)
            ? JsonSerializer.Deserialize<StoredKeys>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty.")
            : Save(path, new StoredKeys(NewKey(), NewKey()));
        keys.SystemKey ??= stored.SystemKey;
        keys.DefaultStarterKey ??= stored.StarterKey;
    }

    private static StoredKeys Save(string path, StoredKeys keys)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FileStreamOptions ownerOnly = new() { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            ownerOnly.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (StreamWriter writer = new(path, ownerOnly))
        {
            writer.Write(JsonSerializer.Serialize(keys));
        }

        return keys;
    }

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_');

    private sealed record StoredKeys(string SystemKey, string StarterKey);
}
