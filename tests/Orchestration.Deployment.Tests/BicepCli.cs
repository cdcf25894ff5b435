using System.Diagnostics;
using System.Reflection;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// The Bicep CLI this project brings (PackageDownload of Azure.Bicep.CommandLine.linux-x64; the csproj writes its path
/// into the assembly's metadata), the same binary tests/bicep compiles and lints with.
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    public static string Path { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "BicepCliPath").Value!;

    /// <summary>
    /// Compiles a Bicep file to an ARM template at <paramref name="outputFile"/>, written whole or not at all. Fails on
    /// any diagnostic, a warning included, as tests/bicep does.
    /// </summary>
    public static void Build(string bicepFile, string outputFile)
    {
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {Path}: restore tests/Orchestration.Deployment.Tests, whose PackageDownload brings it.", Path);
        }

        EnsureExecutable();
        string partial = $"{outputFile}.{Guid.NewGuid():N}.partial";
        ProcessStartInfo start = new(Path) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in (string[])["build", bicepFile, "--outfile", partial])
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"{Path} did not start.");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(BuildTimeout))
        {
            process.Kill();
            throw new TimeoutException($"bicep build {bicepFile} did not finish within {BuildTimeout}.");
        }

        string diagnostics = (output.Result + errors.Result).Trim();
        if (process.ExitCode != 0 || diagnostics.Length > 0)
        {
            File.Delete(partial);
            throw new InvalidOperationException(
                $"bicep build {bicepFile} exited with {process.ExitCode} and reported (warnings count as failures):\n{diagnostics}");
        }

        // Tests of several processes may compile at once; each moves a complete file into place.
        File.Move(partial, outputFile, overwrite: true);
    }

    // NuGet keeps the archive's file modes; where they lack the execute bit, the binary cannot start.
    private static void EnsureExecutable()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        UnixFileMode mode = File.GetUnixFileMode(Path);
        const UnixFileMode Execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(Path, mode | Execute);
        }
    }
}
