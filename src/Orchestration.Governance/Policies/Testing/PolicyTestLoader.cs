using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.Files;
using YamlDotNet.RepresentationModel;

namespace Orchestration.Governance.Policies.Testing;

/// <summary>Reads policy test files (<c>*.tests.yaml</c>) stored next to the bundles they test.</summary>
public static class PolicyTestLoader
{
    /// <summary>The suffix of a policy test file.</summary>
    public const string Suffix = ".tests.yaml";

    /// <summary>Loads every test case below a directory.</summary>
    /// <param name="directory">The policies directory.</param>
    /// <returns>The cases, by file and line.</returns>
    /// <exception cref="GovernanceFileException">A test file is invalid.</exception>
    public static IReadOnlyList<PolicyTestCase> LoadDirectory(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        return [.. Directory.EnumerateFiles(directory, "*" + Suffix, SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(file => LoadFile(file, directory))];
    }

    /// <summary>Loads the cases of one test file.</summary>
    /// <param name="path">The test file.</param>
    /// <param name="root">The directory messages show paths relative to.</param>
    /// <returns>The cases.</returns>
    public static IReadOnlyList<PolicyTestCase> LoadFile(string path, string root)
    {
        string display = Path.GetRelativePath(root, path).Replace('\\', '/');
        YamlMap file = YamlMap.Load(path, display).Only("bundle", "version", "cases");
        string policyId = file.RequiredString("bundle");
        string? version = file.OptionalString("version");
        IReadOnlyList<PolicyTestCase> cases = [.. file.MapList("cases").Select(entry => ReadCase(entry, display, policyId, version))];
        return cases.Count > 0 ? cases : throw file.Error("a test file needs at least one case");
    }

    private static PolicyTestCase ReadCase(YamlMap entry, string file, string policyId, string? version)
    {
        string name = entry.RequiredString("name");
        YamlMap map = entry.ForRule(name).Only("name", "input", "expect");
        YamlMap expect = map.OptionalMap("expect")?.Only("outcome", "rules", "reasons") ?? throw map.Error("missing required field 'expect'");
        YamlNode input = map.Required("input");
        return new PolicyTestCase(file, map.Line, name, policyId, version, ToElement(input), PolicyRuleReader.ParseOutcome(expect))
        {
            ExpectedRules = expect.Find("rules") is null ? null : expect.StringList("rules"),
            ExpectedReasons = expect.StringList("reasons"),
        };
    }

    private static JsonElement ToElement(YamlNode input) =>
        JsonSerializer.SerializeToElement(YamlJson.ToJson(input), WorkflowJson.Options);
}
