namespace Orchestration.LocalHost.Samples;

/// <summary>Where the sample keeps its engine file, ledger and kill switches: in the temp folder, fresh on every run.</summary>
public static class SampleFolder
{
    /// <summary>Deletes what a previous run left and returns the folder for this one.</summary>
    /// <returns>The folder.</returns>
    public static string CreateFresh()
    {
        string folder = Path.Combine(Path.GetTempPath(), "orchestration-localhost-sample");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        return folder;
    }
}
