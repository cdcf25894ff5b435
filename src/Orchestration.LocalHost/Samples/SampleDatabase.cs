namespace Orchestration.LocalHost.Samples;

/// <summary>The sample's SQLite file: in the temp folder, and fresh on every run.</summary>
public static class SampleDatabase
{
    private static readonly string[] Suffixes = ["", "-wal", "-shm", "-journal"];

    /// <summary>Deletes what a previous run left and returns the path for this one.</summary>
    /// <returns>The database path.</returns>
    public static string CreateFresh()
    {
        string folder = Path.Combine(Path.GetTempPath(), "orchestration-localhost");
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "invoice-approval.db");
        foreach (string suffix in Suffixes)
        {
            File.Delete(path + suffix);
        }

        return path;
    }
}
