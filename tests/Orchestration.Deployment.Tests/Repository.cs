using System.Text.Json;
using Orchestration.TestKit;

namespace Orchestration.Deployment.Tests;

/// <summary>The repository these tests check, found from the test's output folder.</summary>
internal static class Repository
{
    // Folders that git ignores or that hold no source (.gitignore), skipped when the tree is walked.
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", ".build", ".vs", ".idea", "bin", "obj", "artifacts", "TestResults", "node_modules",
    };

    private static readonly HashSet<string> IgnoredFileNames = new(StringComparer.Ordinal) { "local.settings.json" };

    private static readonly string[] IgnoredSuffixes = [".user", ".suo", ".db", ".db-wal", ".db-shm"];

    public static string Root => RepositoryRoot.Path;

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    public static JsonDocument ReadJson(string relative) => JsonDocument.Parse(
        ReadText(relative), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });

    /// <summary>The files git would track: the tree without ignored folders and files (the rules of .gitignore).</summary>
    public static IEnumerable<string> TrackedFiles() => Walk(Root);

    private static IEnumerable<string> Walk(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            string name = Path.GetFileName(file);
            if (!IgnoredFileNames.Contains(name) && !IgnoredSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)))
            {
                yield return file;
            }
        }

        foreach (string child in Directory.EnumerateDirectories(folder).Where(child => !SkippedFolders.Contains(Path.GetFileName(child))))
        {
            foreach (string file in Walk(child))
            {
                yield return file;
            }
        }
    }
}
