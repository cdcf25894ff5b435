using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Orchestration.Governance.Files;
using Orchestration.Governance.Policies.Expressions;

namespace Orchestration.Governance.Policies;

/// <summary>
/// Loads policy bundles from YAML (<c>bundle.yaml</c> or <c>NAME.bundle.yaml</c>), validates them and computes their
/// content digest. An unknown field, a bad expression or a type error throws <see cref="GovernanceFileException"/>
/// naming the file, the line and the rule.
/// </summary>
public static partial class PolicyBundleLoader
{
    /// <summary>Loads every bundle file below a directory.</summary>
    /// <param name="directory">The policies directory.</param>
    /// <returns>The bundles, ordered by id and version.</returns>
    public static IReadOnlyList<PolicyBundle> LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return [.. Directory.EnumerateFiles(directory, "*.yaml", SearchOption.AllDirectories)
            .Where(IsBundleFile)
            .Order(StringComparer.Ordinal)
            .Select(file => LoadFile(file, directory))
            .OrderBy(bundle => bundle.Id, StringComparer.Ordinal)
            .ThenBy(bundle => SemanticVersion.Parse(bundle.Version))];
    }

    /// <summary>Tells whether a file name is that of a bundle.</summary>
    /// <param name="path">The file.</param>
    /// <returns>True for <c>bundle.yaml</c> and <c>*.bundle.yaml</c>.</returns>
    public static bool IsBundleFile(string path)
    {
        string name = Path.GetFileName(path);
        return name == "bundle.yaml" || name.EndsWith(".bundle.yaml", StringComparison.Ordinal);
    }

    /// <summary>Loads one bundle file.</summary>
    /// <param name="path">The bundle file.</param>
    /// <param name="root">The directory messages show paths relative to; null shows the path as given.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="GovernanceFileException">The bundle or one of its data files is invalid.</exception>
    public static PolicyBundle LoadFile(string path, string? root = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string display = root is null ? path : Path.GetRelativePath(root, path).Replace('\\', '/');
        YamlMap map = YamlMap.Load(path, display).Only("id", "version", "description", "default", "data", "rules");
        string id = map.RequiredString("id");
        string version = map.RequiredString("version");
        if (!IdPattern().IsMatch(id))
        {
            throw map.Error(map.Required("id"), $"id '{id}' must be lowercase letters, digits and dashes");
        }

        if (SemanticVersion.TryParse(version) is null)
        {
            throw map.Error(map.Required("version"), $"version '{version}' must be major.minor.patch, for example 1.0.0");
        }

        List<(string Name, string Path)> dataFiles = [];
        Dictionary<string, DataSetValue> data = PolicyDataReader.Read(map, Path.GetDirectoryName(Path.GetFullPath(path))!, dataFiles);
        return new PolicyBundle(id, version, Digest(path, dataFiles), ReadRules(map, data.Keys.ToHashSet(StringComparer.Ordinal)), data)
        {
            Description = map.OptionalString("description"),
            Default = map.Find("default") is null ? PolicyOutcome.Deny : PolicyRuleReader.ParseOutcome(map, "default"),
            Source = display,
        };
    }

    private static List<PolicyRule> ReadRules(YamlMap map, IReadOnlySet<string> dataSets)
    {
        List<PolicyRule> rules = [.. map.MapList("rules").Select(rule => PolicyRuleReader.Read(rule, dataSets))];
        if (rules.Count == 0)
        {
            throw map.Error("a bundle needs at least one rule");
        }

        string? duplicate = rules.GroupBy(rule => rule.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        return duplicate is null ? rules : throw new GovernanceFileException(map.File, rules.Last(rule => rule.Id == duplicate).Line, duplicate, "duplicate rule id");
    }

    // Line endings are normalised so that a checkout on Windows gets the same digest as one on Linux.
    private static string Digest(string bundlePath, List<(string Name, string Path)> dataFiles)
    {
        using IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes("bundle\n" + Normalise(File.ReadAllText(bundlePath))));
        foreach ((string name, string file) in dataFiles.OrderBy(entry => entry.Name, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\ndata:{name}\n" + Normalise(File.ReadAllText(file))));
        }

        return "sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
