using System.Text.Json;
using System.Text.RegularExpressions;

namespace Orchestration.Deployment.Tests;

/// <summary>Reads the repository's host.json.</summary>
internal static partial class HostJson
{
    public static JsonDocument Read() => Repository.ReadJson("host.json");

    /// <summary>Gets the app settings host.json reads through <c>%NAME%</c>.</summary>
    public static IReadOnlyList<string> SettingReferences() => SettingReferencesIn(Repository.ReadText("host.json"));

    /// <summary>Gets the app settings a text reads through <c>%NAME%</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The setting names.</returns>
    public static IReadOnlyList<string> SettingReferencesIn(string text) =>
        [.. SettingReference().Matches(text).Select(match => match.Groups[1].Value).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex("%([A-Za-z0-9_]+)%")]
    private static partial Regex SettingReference();
}
