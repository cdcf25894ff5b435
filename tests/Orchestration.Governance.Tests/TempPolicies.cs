using Orchestration.Governance.Policies;

namespace Orchestration.Governance.Tests;

/// <summary>A temporary policies directory that tests write bundles into; deleted on dispose.</summary>
public sealed class TempPolicies : IDisposable
{
    public TempPolicies() => Directory.CreateDirectory(Root);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "governance-tests", Guid.NewGuid().ToString("N"));

    public static string ShippedDirectory => Path.Combine(AppContext.BaseDirectory, "policies");

    public static PolicyBundle Bundle(string rulesYaml, string version = "1.0.0", string header = "")
    {
        using TempPolicies temp = new();
        return PolicyBundleLoader.LoadFile(temp.Write("bundle.yaml", Header(version, header) + rulesYaml), temp.Root);
    }

    public static string Header(string version, string extra = "") =>
        $"id: test-policy\nversion: {version}\n{extra}data:\n  blocked:\n    values: [SUP-1, SUP-2]\n";

    public string Write(string relative, string content)
    {
        string path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
