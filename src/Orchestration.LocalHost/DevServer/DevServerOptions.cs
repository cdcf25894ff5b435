namespace Orchestration.LocalHost.DevServer;

/// <summary>Where the dev server keeps its state. Bound from <c>LocalHost</c>; every setting has a working default.</summary>
public sealed class DevServerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalHost";

    /// <summary>The address the dev server listens on when none is given, as <c>func start</c>.</summary>
    public const string DefaultUrl = "http://localhost:7071";

    /// <summary>
    /// Gets or sets the folder of the engine's database, the ledger and the generated keys. Defaults to
    /// <c>.build/localhost</c> in the repository, so runs survive restarts and never land in a source folder.
    /// </summary>
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>Finds the default data folder: the repository's <c>.build/localhost</c>, else next to the executable.</summary>
    /// <param name="contentRoot">The host's content root.</param>
    /// <returns>The folder.</returns>
    public static string DefaultDataDirectory(string contentRoot)
    {
        for (DirectoryInfo? folder = new(contentRoot); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "OrchestrationFunctions.sln")))
            {
                return Path.Combine(folder.FullName, ".build", "localhost");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
