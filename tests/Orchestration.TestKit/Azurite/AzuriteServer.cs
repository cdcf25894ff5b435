using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Orchestration.TestKit.Azurite;

/// <summary>
/// A real Azurite (Blob, Queue, Table) in a child process, on free ports, with its data in
/// <c>.build/azurite/&lt;unique&gt;</c> under the repository. Started from <c>tests/tools/node_modules/.bin/azurite</c>,
/// which <c>tests/deps</c> installs. Ready when Azurite says each service listens; killed and its data deleted on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    private static readonly string[] Services = ["Blob", "Queue", "Table"];
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AzuriteServer(Process process, string location, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        Location = location;
        BlobRoot = new Uri($"http://127.0.0.1:{blobPort}");
        QueueRoot = new Uri($"http://127.0.0.1:{queuePort}");
        TableRoot = new Uri($"http://127.0.0.1:{tablePort}");
    }

    /// <summary>Gets the Blob service root, e.g. <c>http://127.0.0.1:51234</c> (the account goes in the path).</summary>
    public Uri BlobRoot { get; }

    /// <summary>Gets the Queue service root.</summary>
    public Uri QueueRoot { get; }

    /// <summary>Gets the Table service root.</summary>
    public Uri TableRoot { get; }

    /// <summary>Gets the folder that holds this instance's data.</summary>
    public string Location { get; }

    /// <summary>Gets a connection string for the development account on this instance.</summary>
    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + $"BlobEndpoint={BlobRoot}devstoreaccount1;QueueEndpoint={QueueRoot}devstoreaccount1;TableEndpoint={TableRoot}devstoreaccount1;";

    /// <summary>Starts Azurite and waits until its services listen.</summary>
    /// <param name="hangTimeout">How long start-up may take before it counts as hung.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="FileNotFoundException">Azurite is not installed: run <c>tests/deps</c>.</exception>
    public static async Task<AzuriteServer> StartAsync(TimeSpan? hangTimeout = null)
    {
        string root = RepositoryRoot.Path;
        string executable = Path.Combine(root, "tests", "tools", "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new FileNotFoundException($"Azurite is not installed at {executable}. Run tests/deps once (it runs npm ci in tests/tools).", executable);
        }

        string location = Path.Combine(root, ".build", "azurite", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(location);
        int[] ports = FreePorts(3);
        ProcessStartInfo start = new(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList =
            {
                "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", location,
                "--blobPort", ports[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--queuePort", ports[1].ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--tablePort", ports[2].ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        AzuriteServer server = new(new Process { StartInfo = start, EnableRaisingEvents = true }, location, ports[0], ports[1], ports[2]);
        try
        {
            await server.WaitUntilListeningAsync(hangTimeout ?? TimeSpan.FromSeconds(60));
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to stop.
        }

        process.Dispose();
        try
        {
            Directory.Delete(Location, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by the dying process leaves the folder behind under .build; the tests stand.
        }
    }

    private async Task WaitUntilListeningAsync(TimeSpan hangTimeout)
    {
        TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
        HashSet<string> ready = [];
        process.OutputDataReceived += (_, e) => OnLine(e.Data, ready, listening);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, ready, listening);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"Azurite exited during start-up:\n{Output()}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(hangTimeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Azurite did not listen within {hangTimeout.TotalSeconds} s (hang guard):\n{Output()}");
        }
    }

    private void OnLine(string? line, HashSet<string> ready, TaskCompletionSource listening)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
            foreach (string service in Services.Where(s => line.Contains($"Azurite {s} service is successfully listening", StringComparison.Ordinal)))
            {
                ready.Add(service);
            }

            if (ready.Count == Services.Length)
            {
                listening.TrySetResult();
            }
        }
    }

    private string Output()
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    // Ports the OS hands out are free now; holding all listeners until every port is chosen keeps them distinct.
    private static int[] FreePorts(int count)
    {
        TcpListener[] listeners = [.. Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0))];
        foreach (TcpListener listener in listeners)
        {
            listener.Start();
        }

        int[] ports = [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        foreach (TcpListener listener in listeners)
        {
            listener.Stop();
        }

        return ports;
    }
}
