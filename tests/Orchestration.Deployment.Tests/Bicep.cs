namespace Orchestration.Deployment.Tests;

/// <summary>
/// Reads the Bicep files as text, for what the compiled template does not keep (the module files themselves, every
/// line of every file). Settings, roles and security properties are read from the compiled template instead
/// (<see cref="CompiledInfra"/>).
/// </summary>
internal static class Bicep
{
    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Repository.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string ReadAll() => string.Join("\n", Files().Select(File.ReadAllText));

    public static string Read(string relative) => Repository.ReadText(relative);
}
