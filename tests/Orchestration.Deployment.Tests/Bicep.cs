using System.Text.RegularExpressions;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// Reads the Bicep files as text. No Bicep compiler reaches these machines, so the checks here are structural: the
/// parameters declared, the Function app's settings, and the properties that security depends on.
/// </summary>
internal static partial class Bicep
{
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Repository.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string ReadAll() => string.Join("\n", Files().Select(File.ReadAllText));

    public static string Read(string relative) => Repository.ReadText(relative);

    /// <summary>Gets the parameters a Bicep file declares, and whether each has a default.</summary>
    public static IReadOnlyDictionary<string, bool> Parameters(string relative) =>
        ParameterDeclaration().Matches(Read(relative)).ToDictionary(
            match => match.Groups["name"].Value, match => match.Groups["default"].Success, StringComparer.Ordinal);

    /// <summary>Gets the keys of the object assigned to <c>var appSettings</c> in the Function app module.</summary>
    public static IReadOnlyList<string> AppSettings()
    {
        string[] lines = Read("infra/modules/function-app.bicep").Split('\n');
        int start = Array.FindIndex(lines, line => line.StartsWith("var appSettings = {", StringComparison.Ordinal));
        Assert.True(start >= 0, "infra/modules/function-app.bicep has no 'var appSettings = {'");
        return [.. lines.Skip(start + 1).TakeWhile(line => !line.StartsWith('}'))
            .Select(line => SettingKey().Match(line)).Where(match => match.Success).Select(match => match.Groups["key"].Value)];
    }

    [GeneratedRegex(@"^param (?<name>\w+) \w+(?<default> =)?", RegexOptions.Multiline)]
    private static partial Regex ParameterDeclaration();

    [GeneratedRegex(@"^\s{2}'?(?<key>[A-Za-z0-9_:.]+)'?\s*:")]
    private static partial Regex SettingKey();
}
