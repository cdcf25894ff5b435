using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orchestration.Functions.Hosting;

namespace Orchestration.Functions.Tests.Hosting;

/// <summary>
/// The Functions worker as the app's <c>Program.cs</c> builds it, not started: what it reports to the Functions host
/// when asked for its functions. In a test process the entry assembly is the test host's, so the worker's automatic
/// registration of the app's generated metadata provider does not run; it is registered here as it registers it.
/// </summary>
internal static class FunctionsWorker
{
    /// <summary>Builds the worker with extra app settings, asks it for its functions, and disposes of it.</summary>
    public static async Task<IReadOnlyList<IFunctionMetadata>> ReportedFunctionsAsync(Dictionary<string, string?>? settings = null)
    {
        using IHost worker = Build(settings);
        return await worker.Services.GetRequiredService<IFunctionMetadataManager>().GetFunctionMetadataAsync(AppContext.BaseDirectory);
    }

    public static IHost Build(Dictionary<string, string?>? settings = null)
    {
        FunctionsApplicationBuilder builder = FunctionsApplication.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings ?? [])
        {
            // The ledger's local store writes a SQLite file: keep it out of the user's profile.
            ["Evidence:LocalPath"] = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.db"),
        });
        builder.ConfigureFunctionsWebApplication();
        builder.Services.AddFunctionsApp(builder.Configuration);
        builder.Services.AddSingleton<IFunctionMetadataProvider, GeneratedFunctionMetadataProvider>();
        return builder.Build();
    }
}
