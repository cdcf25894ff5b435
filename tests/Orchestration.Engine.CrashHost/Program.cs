using Orchestration.Engine.CrashHost;

// The crash test's child process: `--db PATH --log PATH [--start N]` runs to ALL-COMPLETED, `--report` prints JSON.
CrashHostArguments? arguments = CrashHostArguments.Parse(args);
if (arguments is null)
{
    await Console.Error.WriteLineAsync(CrashHostArguments.Usage);
    return 2;
}

using CancellationTokenSource stop = new();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await CrashHostRunner.RunAsync(arguments, Console.Out, stop.Token);
