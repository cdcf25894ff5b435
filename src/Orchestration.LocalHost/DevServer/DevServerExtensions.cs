using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestration.Abstractions;
using Orchestration.Api.Hosting;
using Orchestration.Api.Scheduling;
using Orchestration.Api.Security;

namespace Orchestration.LocalHost.DevServer;

/// <summary>
/// The dev server: the API over the embedded engine, on port 7071, with keys and a data folder that just work, and the
/// scheduled workflows started at their occurrences.
/// </summary>
public static class DevServerExtensions
{
    /// <summary>Adds the dev server's services.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddDevServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DevServerOptions.DefaultUrl);
        }

        DevServerOptions options = builder.Configuration.GetSection(DevServerOptions.SectionName).Get<DevServerOptions>() ?? new();
        if (string.IsNullOrEmpty(options.DataDirectory))
        {
            options.DataDirectory = DevServerOptions.DefaultDataDirectory(builder.Environment.ContentRootPath);
        }

        // The dev server keeps all of its state in one folder; the ledger holds the kill switches too.
        builder.Configuration["Evidence:LocalPath"] ??= Path.Combine(options.DataDirectory, "evidence.db");
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOrchestration(builder.Configuration);
        builder.Services.PostConfigure<ApiKeyOptions>(keys => DevServerKeys.Complete(keys, options.DataDirectory));
        builder.Services.AddSingleton<EmbeddedEngineService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddedEngineService>());
        // Resolved per request, after the hosted service started the engine.
        builder.Services.AddSingleton<IWorkflowClient>(sp => sp.GetRequiredService<EmbeddedEngineService>().Client);

        // After the engine, which hosted services start in order; before the server listens, so gates start fresh.
        builder.Services.AddSingleton(sp => new WorkflowScheduler(
            () => sp.GetRequiredService<EmbeddedEngineService>().Client,
            sp.GetRequiredService<ScheduledWorkflows>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WorkflowScheduler>>()));
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkflowScheduler>());
        return builder;
    }
}
