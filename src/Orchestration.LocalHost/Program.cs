using Orchestration.Api.Hosting;
using Orchestration.LocalHost.Commands;
using Orchestration.LocalHost.DevServer;
using Orchestration.LocalHost.Samples;

// The dev server (default): the API, the console and the embedded engine on http://localhost:7071.
// Commands: `sample` runs the invoice sample in the console; `policy test [dir]` runs the policy bundles' test
// cases; `verify <pack.json>` checks an evidence pack offline; `agents evaluate` runs the agents over their golden sets.
switch (args)
{
    case ["sample", ..]:
        return await SampleCommand.RunAsync(Console.Out);
    case ["policy", "test", .. string[] rest]:
        return await PolicyTestCommand.RunAsync(rest, Console.Out, Console.Error);
    case ["verify", .. string[] rest]:
        return await VerifyCommand.RunAsync(rest, Console.Out, Console.Error);
    case ["agents", "evaluate", .. string[] rest]:
        return await AgentsEvaluateCommand.RunAsync(rest, Console.Out, Console.Error, new ConfigurationBuilder().AddEnvironmentVariables().Build());
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddDevServer();
WebApplication app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapOrchestrationApi();
StartupBanner.PrintWhenStarted(app);
await app.RunAsync();
return 0;

/// <summary>The dev server's entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
