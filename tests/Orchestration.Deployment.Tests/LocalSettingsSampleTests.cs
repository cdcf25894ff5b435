using System.Text.Json;
using System.Text.Json.Nodes;
using Orchestration.Functions.Hosting;

namespace Orchestration.Deployment.Tests;

public sealed class LocalSettingsSampleTests
{
    private const string SampleFile = "local.settings.sample.json";

    private static Dictionary<string, string?> Values()
    {
        using JsonDocument sample = Repository.ReadJson(SampleFile);
        return sample.RootElement.GetProperty("Values").EnumerateObject()
            .ToDictionary(value => value.Name, value => value.Value.ValueKind == JsonValueKind.Null ? null : value.Value.ToString(), StringComparer.Ordinal);
    }

    [Fact]
    public void Sample_IsNotEncryptedAndNamesTheIsolatedWorker()
    {
        using JsonDocument sample = Repository.ReadJson(SampleFile);

        Assert.False(sample.RootElement.GetProperty("IsEncrypted").GetBoolean());
        Assert.Equal("dotnet-isolated", Values()[FunctionsSettingNames.WorkerRuntime]);
    }

    [Fact]
    public void Sample_HostStorageIsAzurite()
    {
        Assert.Equal("UseDevelopmentStorage=true", Values()[FunctionsSettingNames.Storage]);
    }

    [Fact]
    public void Sample_DeclaresEverySettingTheCodeNames()
    {
        Dictionary<string, string?> values = Values();

        string[] missing = [.. CodeSettings.Named.Where(setting => !AppSettingNames.Declares(values.Keys, setting.AppSettingName))
            .Select(setting => $"{setting.AppSettingName} ({setting.DeclaredAt})")];

        Assert.NotEmpty(CodeSettings.Named);
        Assert.True(missing.Length == 0, $"{SampleFile} lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Sample_EverySettingIsReadByTheCode()
    {
        string[] unread = [.. Values().Keys.Where(name => !SettingsAwaitingCode.Names.Contains(name) && !CodeSettings.Reads(AppSettingNames.ToKey(name)))];

        Assert.True(unread.Length == 0, $"{SampleFile} declares settings no code reads (a typo, or a stale setting): {string.Join(", ", unread)}");
    }

    [Fact]
    public void Sample_DeclaresTheSettingsAwaitingCodeEmpty()
    {
        Dictionary<string, string?> values = Values();

        Assert.All(SettingsAwaitingCode.Names, name => Assert.Equal(string.Empty, values.GetValueOrDefault(name)));
    }

    [Fact]
    public void Sample_UsesDoubleUnderscoreForSections()
    {
        // Linux app settings and environment variables cannot hold ':'; the Functions host maps '__' back.
        Assert.DoesNotContain(Values().Keys, name => name.Contains(':', StringComparison.Ordinal));
    }

    [Fact]
    public void HostJsonSettingReferences_AreDeclaredInSample()
    {
        Dictionary<string, string?> values = Values();

        string[] missing = [.. HostJson.SettingReferences().Where(name => !values.ContainsKey(name))];

        Assert.True(missing.Length == 0, $"host.json reads settings that {SampleFile} lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void FunctionsSourceSettingReferences_AreDeclaredInSampleAndInfra()
    {
        // Trigger attributes read app settings as "%NAME%" (a timer's schedule, for one).
        Dictionary<string, string?> values = Values();
        IReadOnlyDictionary<string, JsonNode?> infra = CompiledInfra.AppSettings();
        string[] referenced = [.. Directory.EnumerateFiles(Repository.PathOf("src/Orchestration.Functions"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(path => HostJson.SettingReferencesIn(File.ReadAllText(path)))];

        Assert.All(referenced, name => Assert.True(values.ContainsKey(name) && infra.ContainsKey(name), $"{name} is read by a trigger but not declared"));
    }

    [Fact]
    public void LocalSettingsJson_IsIgnoredByGit()
    {
        string[] ignored = Repository.ReadText(".gitignore").Split('\n', StringSplitOptions.TrimEntries);

        Assert.Contains("local.settings.json", ignored);
    }
}
