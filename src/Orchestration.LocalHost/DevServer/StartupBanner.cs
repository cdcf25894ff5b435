using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Orchestration.Abstractions;
using Orchestration.Api.Security;

namespace Orchestration.LocalHost.DevServer;

/// <summary>Prints where the dev server listens and the keys to use, once Kestrel has bound its addresses.</summary>
public static class StartupBanner
{
    /// <summary>Prints the banner when the application has started.</summary>
    /// <param name="app">The app.</param>
    public static void PrintWhenStarted(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Lifetime.ApplicationStarted.Register(() => Print(app, Console.Out));
    }

    private static void Print(WebApplication app, TextWriter output)
    {
        string root = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? DevServerOptions.DefaultUrl;
        ApiKeyOptions keys = app.Services.GetRequiredService<IOptions<ApiKeyOptions>>().Value;
        string code = Uri.EscapeDataString(keys.SystemKey ?? string.Empty);
        output.WriteLine();
        output.WriteLine("OrchestrationFunctions dev server");
        output.WriteLine($"  Console       {root}/console?code={code}");
        foreach (string workflow in app.Services.GetRequiredService<WorkflowRegistry>().WorkflowNames.Order(StringComparer.Ordinal))
        {
            output.WriteLine($"  Start         POST {root}/api/workflows/{workflow}[/{{instanceId}}]");
        }

        output.WriteLine($"  Management    {root}/runtime/webhooks/durabletask/instances?code={code}");
        output.WriteLine($"  OpenAPI       {root}/openapi/v1.json");
        output.WriteLine($"  System key    {keys.SystemKey}   (management, runs, admin; header {ApiKeys.HeaderName} or ?{ApiKeys.QueryName}=)");
        output.WriteLine($"  Starter key   {keys.DefaultStarterKey}   (starters only)");
        output.WriteLine($"  Data          {app.Services.GetRequiredService<DevServerOptions>().DataDirectory}");
        output.WriteLine();
    }
}
