using Orchestration.Abstractions;
using Orchestration.LocalHost;
using Orchestration.LocalHost.Samples;

// Until the HTTP API lands, the dev host's main job is one durable run of the invoice approval sample on the
// embedded engine: validate, 3-way match, a human approval, an ERP posting that needs retries.
string databasePath = SampleDatabase.CreateFresh();
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
    run = await InvoiceApprovalSample.RunAsync(databasePath, logging, deadline.Token);
}

// The console logger writes from a background queue; disposing it above flushed it, so the summary prints after it.
ConsoleTimeline.Print(Console.Out, run);
Console.WriteLine($"Database: {databasePath}");
return run.Final.RuntimeStatus == WorkflowRuntimeStatus.Completed && run.Replay.Succeeded ? 0 : 1;
