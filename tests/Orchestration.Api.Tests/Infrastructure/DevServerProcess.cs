using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>
/// The dev server as users run it: its built executable in a child process on a free loopback port, with a temp
/// data folder and fixed keys. Ready once it prints its banner; killed with its process tree on dispose.
/// </summary>
public sealed class DevServerProcess : IAsyncDisposable
{
    public const string SystemKey = "e2e-system-key";
    public const string StarterKey = "e2e-starter-key";

    private readonly Process process;
    private readonly string dataDirectory;

    private DevServerProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public string DataDirectory => dataDirectory;

    /// <summary>Starts a dev server; on <paramref name="dataDirectory"/> of a killed one to restart it.</summary>
    public static async Task<DevServerProcess> StartAsync(string? dataDirectory = null)
    {
        dataDirectory ??= Path.Combine(Path.GetTempPath(), "of-devserver", Guid.NewGuid().ToString("N"));
        Uri baseAddress = new($"http://127.0.0.1:{FreePort()}");
        ProcessStartInfo start = new("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(LocalHostAssembly());
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        start.Environment["LocalHost__DataDirectory"] = dataDirectory;
        start.Environment["OrchestrationApi__Keys__SystemKey"] = SystemKey;
        start.Environment["OrchestrationApi__Keys__DefaultStarterKey"] = StarterKey;
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        DevServerProcess server = new(process, baseAddress, dataDirectory);
        TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
        List<string> output = [];
        process.OutputDataReceived += (_, line) => Observe(line.Data, output, ready);
        process.ErrorDataReceived += (_, line) => Observe(line.Data, output, ready);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Task exited = process.WaitForExitAsync();
        if (await Task.WhenAny(ready.Task, exited, Task.Delay(TimeSpan.FromSeconds(60))) != ready.Task)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException($"The dev server did not start:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
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
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static void Observe(string? line, List<string> output, TaskCompletionSource ready)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }

        if (line.StartsWith("OrchestrationFunctions dev server", StringComparison.Ordinal))
        {
            ready.TrySetResult();
        }
    }

    // The executable of the same configuration as this test assembly: bin/<Configuration>/net10.0.
    private static string LocalHostAssembly()
    {
        DirectoryInfo output = new(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = output.Name;
        string configuration = output.Parent!.Name;
        DirectoryInfo root = output;
        while (!File.Exists(Path.Combine(root.FullName, "OrchestrationFunctions.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("The repository root was not found above the test output.");
        }

        string path = Path.Combine(root.FullName, "src", "Orchestration.LocalHost", "bin", configuration, framework, "Orchestration.LocalHost.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the dev server first (tests/run does).", path);
    }

    private static int FreePort()
    {
        using TcpListener listener = new(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
