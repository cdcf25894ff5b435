using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Orchestration.Api.Tests.Browser;

/// <summary>
/// The dev server as users start it: the built Orchestration.LocalHost, a child process on a free loopback port,
/// with its own data folder (so its engine database is fresh) and a system key of the test's choosing.
/// </summary>
public sealed partial class DevServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<string> consoleLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private DevServer(Process process, Uri baseAddress, string systemKey, string dataFolder)
    {
        this.process = process;
        BaseAddress = baseAddress;
        SystemKey = systemKey;
        DataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public string SystemKey { get; private set; }

    public string DataFolder { get; }

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

    public static async Task<DevServer> StartAsync()
    {
        int port = FreeLoopbackPort();
        string dataFolder = Directory.CreateTempSubdirectory("orchestration-console-tests-").FullName;
        string key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        ProcessStartInfo start = new(DotnetHost())
        {
            WorkingDirectory = LocalHostOutputFolder(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(start.WorkingDirectory, "Orchestration.LocalHost.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        // A fresh data folder: a new engine database and ledger, and no keys.json from an earlier run.
        start.Environment["LocalHost__DataDirectory"] = dataFolder;
        start.Environment["OrchestrationApi__Keys__SystemKey"] = key;
        DevServer server = new(new Process { StartInfo = start }, new Uri($"http://127.0.0.1:{port}"), key, dataFolder);
        await server.WaitUntilReadyAsync();
        return server;
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

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        Directory.Delete(DataFolder, recursive: true);
    }

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
        string configuration = typeof(DevServer).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        DirectoryInfo? folder = new(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "OrchestrationFunctions.sln")))
        {
            folder = folder.Parent;
        }

        return folder is null
            ? throw new InvalidOperationException($"No OrchestrationFunctions.sln above {AppContext.BaseDirectory}.")
            : Path.Combine(folder.FullName, "src", "Orchestration.LocalHost", "bin", configuration, "net10.0");
    }

    [GeneratedRegex(@"[?&]code=([^&\s]+)")]
    private static partial Regex KeyInAddress();
}
