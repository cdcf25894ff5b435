using System.Globalization;
using System.Reflection;
using System.Text;
using Orchestration.TestKit;

namespace Orchestration.Conformance.Tests.Runtimes;

/// <summary>The README's list of runtime differences is the catalog, and every entry is shown by a test.</summary>
public sealed class RuntimeDifferencesTests
{
    private const string Begin = "<!-- runtime-differences: rendered from tests/Orchestration.Conformance.Tests/Runtimes/RuntimeDifferences.cs -->";
    private const string End = "<!-- /runtime-differences -->";

    private static IEnumerable<string> ShownIds => typeof(RuntimeDifferencesTests).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
        .SelectMany(method => method.GetCustomAttributes<ShowsDifferenceAttribute>())
        .Select(shown => shown.Id);

    [Fact]
    public void Catalog_EveryDifference_IsShownByAConformanceTest()
    {
        Assert.Empty(RuntimeDifferences.All.Select(difference => difference.Id).Except(ShownIds));
    }

    [Fact]
    public void ConformanceTests_EveryDifferenceTheyShow_IsInTheCatalog()
    {
        Assert.Empty(ShownIds.Except(RuntimeDifferences.All.Select(difference => difference.Id)));
    }

    [Fact]
    public void Readme_DifferencesSection_IsTheRenderedCatalog()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        int begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        int end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"README.md has no section between '{Begin}' and '{End}'.");

        string section = readme[begin..(end + End.Length)];

        Assert.True(section == Render(), $"README.md's runtime differences are not the catalog's; replace that section with:\n{Render()}");
    }

    private static string Render()
    {
        StringBuilder table = new();
        table.Append(Begin).Append('\n');
        table.Append("| difference | on Durable Functions | on the embedded engine |\n|---|---|---|\n");
        foreach (RuntimeDifference difference in RuntimeDifferences.All)
        {
            table.Append(CultureInfo.InvariantCulture, $"| `{difference.Id}` | {difference.OnDurableFunctions} | {difference.OnTheEngine} |\n");
        }

        return table.Append(End).ToString();
    }
}
