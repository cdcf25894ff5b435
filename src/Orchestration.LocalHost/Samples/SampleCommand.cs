using Orchestration.Abstractions;

namespace Orchestration.LocalHost.Samples;

/// <summary>
/// `sample`: one durable run of the invoice approval sample on the embedded engine in the console (policy pin,
/// validate, 3-way match, the payment policy, a human approval, the ERP posting, the sealed ledger), its timeline and
/// a replay check.
/// </summary>
public static class SampleCommand
{
    /// <summary>Runs the sample.</summary>
    /// <param name="output">Where the timeline goes.</param>
    /// <returns>0 when the run completed and replayed.</returns>
    public static async Task<int> RunAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        string folder = SampleFolder.CreateFresh();
        using CancellationTokenSource deadline = new(TimeSpan.FromMinutes(2));
        SampleRun run;
        using (ILoggerFactory logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Information)
            // The sample's ERP timeouts are expected; the workflow's own log and the timeline below show them.
            .AddFilter("Orchestration.Engine", LogLevel.Error)
            .AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
                console.UseUtcTimestamp = true;
            })))
        {
            run = await InvoiceApprovalSample.RunAsync(folder, logging, deadline.Token);
        }

        // The console logger writes from a background queue; disposing it above flushed it, so the summary prints after it.
        ConsoleTimeline.Print(output, run);
        await output.WriteLineAsync($"Engine, ledger and kill switches: {folder}");
        return run.Final.RuntimeStatus == WorkflowRuntimeStatus.Completed && run.Replay.Succeeded ? 0 : 1;
    }
}
