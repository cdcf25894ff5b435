using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Orchestration.TestKit;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>
/// The dev server as users run it: the built Orchestration.LocalHost in a child process on a free loopback port,
/// with its own data folder (a fresh engine database and ledger, no keys.json from an earlier run) and keys of the
/// test's choosing. Ready once its banner prints the console address; killed with its process tree on dispose.
/// </summary>
public sealed partial class DevServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> consoleLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DevServerProcess(Process process, Uri baseAddress, string systemKey, string starterKey, string dataDirectory)
    {
        this.process = process;
        BaseAddress = baseAddress;
        SystemKey = systemKey;
        StarterKey = starterKey;
        DataDirectory = dataDirectory;
    }

    public Uri BaseAddress { get; }

    /// <summary>Gets the key of management routes, run views and the console's calls.</summary>
    public string SystemKey { get; private set; }

    /// <summary>Gets the key that starts any workflow and does nothing else.</summary>
    public string StarterKey { get; }

    public string DataDirectory { get; }

    /// <summary>Gets what the server printed so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts a dev server; on the <paramref name="dataDirectory"/> of a killed one to restart it.</summary>
    public static async Task<DevServerProcess> StartAsync(string? dataDirectory = null)
    {
        dataDirectory ??= Directory.CreateTempSubdirectory("of-devserver-").FullName;
        int port = FreeLoopbackPort();
        string systemKey = NewKey();
        string starterKey = NewKey();
        ProcessStartInfo start = new(DotnetHost())
        {
            WorkingDirectory = LocalHostOutputFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(start.WorkingDirectory, "Orchestration.LocalHost.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["LocalHost__DataDirectory"] = dataDirectory;
        start.Environment["OrchestrationApi__Keys__SystemKey"] = systemKey;
        start.Environment["OrchestrationApi__Keys__DefaultStarterKey"] = starterKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        DevServerProcess server = new(new Process { StartInfo = start }, new Uri($"http://127.0.0.1:{port}"), systemKey, starterKey, dataDirectory);
        try
        {
            await server.WaitUntilReadyAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Kills the process as a crash would (SIGKILL), keeping its data folder.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Task exited = process.WaitForExitAsync();
        Task first = await Task.WhenAny(consoleLine.Task, exited, Task.Delay(StartTimeout));
        if (first != consoleLine.Task)
        {
            string why = first == exited ? $"exited with code {process.ExitCode}" : $"printed no console address within {StartTimeout}";
            throw new InvalidOperationException($"The dev server {why}. Its output:\n{Output}");
        }

        // The printed address carries the key the server really uses, which is ours unless it ignored the setting.
        SystemKey = KeyInAddress().Match(await consoleLine.Task) is { Success: true } match ? Uri.UnescapeDataString(match.Groups[1].Value) : SystemKey;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        // The startup banner's console address; the banner prints once Kestrel has bound its port.
        if (line.Contains("/console?code=", StringComparison.Ordinal))
        {
            consoleLine.TrySetResult(line);
        }
    }

    private static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    // The OS picks a port that is free now; the server binds it a moment later. A clash fails the start loudly.
    private static int FreeLoopbackPort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    // The test project references the LocalHost, so building the tests built it, in the same configuration.
    private static string LocalHostOutputFolder()
    {
        string configuration = typeof(DevServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        return Path.Combine(RepositoryRoot.Path, "src", "Orchestration.LocalHost", "bin", configuration, "net10.0");
    }

    [GeneratedRegex(@"[?&]code=([^&\s]+)")]
    private static partial Regex KeyInAddress();
}
