using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Orchestration.Engine.Benchmarks;

/// <summary>Prints the machine the figures were taken on.</summary>
internal static class MachineInfo
{
    public static async Task PrintAsync()
    {
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        Console.WriteLine($"Runtime: {RuntimeInformation.FrameworkDescription}; dotnet --version: {await DotnetVersionAsync()}");
        Console.WriteLine($"GC: {(GCSettings.IsServerGC ? "server" : "workstation")}, {GCSettings.LatencyMode}");
        Console.WriteLine($"SQLite files in: {Path.GetTempPath()} (fresh file per scenario, WAL, synchronous=FULL)");
    }

    private static async Task<string> DotnetVersionAsync()
    {
        try
        {
            ProcessStartInfo start = new(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", "--version")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start)!;
            string version = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return version.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown (dotnet not on PATH)";
        }
    }
}
