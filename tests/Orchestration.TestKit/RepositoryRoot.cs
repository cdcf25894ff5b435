namespace Orchestration.TestKit;

/// <summary>The repository a test runs from: the folder above the test's output that holds the solution.</summary>
public static class RepositoryRoot
{
    /// <summary>Gets the repository's root folder.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (DirectoryInfo? folder = new(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "OrchestrationFunctions.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No OrchestrationFunctions.sln above {AppContext.BaseDirectory}.");
    }
}
