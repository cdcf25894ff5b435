using System.Diagnostics;

namespace Orchestration.Engine.Tests.Crash;

/// <summary>How a crash host process ended.</summary>
/// <param name="Killed">True when it was killed (SIGKILL) at the chosen line.</param>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Its standard output, line by line.</param>
/// <param name="StandardError">Its standard error.</param>
internal sealed record CrashHostExit(bool Killed, int ExitCode, IReadOnlyList<string> Output, string StandardError);

/// <summary>
/// The crash host as a child process (<c>dotnet Orchestration.Engine.CrashHost.dll ...</c>). Its output is read on
/// dedicated threads, and the kill is sent from the reading thread the moment the chosen line arrives: an async read
/// would wait for a thread-pool thread, and while it waited the host would run far past the chosen point.
/// </summary>
internal sealed class CrashHostProcess : IAsyncDisposable
{
    private const string HostAssembly = "Orchestration.Engine.CrashHost.dll";

    private readonly Process process;
    private readonly Func<string, bool> killWhen;
    private readonly TaskCompletionSource<CrashHostExit> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string standardError = string.Empty;

    private CrashHostProcess(Process process, Func<string, bool> killWhen)
    {
        this.process = process;
        this.killWhen = killWhen;
    }

    /// <summary>Starts the host; it is killed with SIGKILL as soon as <paramref name="killWhen"/> accepts an output line.</summary>
    public static CrashHostProcess Start(string[] arguments, Func<string, bool>? killWhen = null)
    {
        ProcessStartInfo start = new(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, HostAssembly));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException("The crash host did not start.");
        CrashHostProcess host = new(process, killWhen ?? (_ => false));
        Thread errorReader = new(() => host.standardError = process.StandardError.ReadToEnd()) { IsBackground = true };
        errorReader.Start();
        new Thread(() => host.ReadOutput(errorReader)) { IsBackground = true }.Start();
        return host;
    }

    /// <summary>Waits until the host has exited or been killed, and both its outputs are read to the end.</summary>
    public Task<CrashHostExit> WaitForExitAsync(CancellationToken cancellation) => exited.Task.WaitAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            await exited.Task;
        }

        process.Dispose();
    }

    private void ReadOutput(Thread errorReader)
    {
        try
        {
            List<string> lines = [];
            bool killed = false;
            while (process.StandardOutput.ReadLine() is string line)
            {
                lines.Add(line);
                if (!killed && killWhen(line))
                {
                    // Kill() is SIGKILL on Unix; the host has no children, so no process-tree walk delays it.
                    process.Kill();
                    killed = true;
                }
            }

            errorReader.Join();
            process.WaitForExit();
            exited.TrySetResult(new CrashHostExit(killed, process.ExitCode, lines, standardError));
        }
        catch (Exception failure)
        {
            exited.TrySetException(failure);
        }
    }
}
