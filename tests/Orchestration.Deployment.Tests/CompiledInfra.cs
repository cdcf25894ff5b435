using System.Text.Json.Nodes;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// infra/main.bicep as Bicep compiles it: the ARM template tests/bicep writes to .build/infra/main.json, compiled here
/// through the same CLI when that file is missing or older than a Bicep file (so <c>dotnet test</c> alone works).
/// </summary>
internal static class CompiledInfra
{
    public const string CompiledFile = ".build/infra/main.json";

    private static readonly Lazy<ArmTemplate> Template = new(Load);

    public static ArmTemplate Main => Template.Value;

    public static ArmTemplate Module(string name) => Main.Module(name);

    /// <summary>Gets the Function app's app settings as compiled: names and evaluated values.</summary>
    public static IReadOnlyDictionary<string, JsonNode?> AppSettings()
    {
        ArmResource settings = Module("function-app").Resources("Microsoft.Web/sites/config").Single(config => config.Name == "appsettings");
        return settings.Property("properties")!.AsObject().ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);
    }

    /// <summary>Gets an output of the user-assigned identity's module (id, principalId, clientId), evaluated.</summary>
    public static string Identity(string output) => ArmValue.Text(Module("identity").Output(output));

    private static ArmTemplate Load()
    {
        string compiled = Repository.PathOf(CompiledFile);
        DateTime newestSource = Bicep.Files().Max(File.GetLastWriteTimeUtc);
        if (!File.Exists(compiled) || File.GetLastWriteTimeUtc(compiled) < newestSource)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(compiled)!);
            BicepCli.Build(Repository.PathOf("infra/main.bicep"), compiled);
        }

        return ArmTemplate.Parse(File.ReadAllText(compiled));
    }
}
