using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Functions.Hosting;

namespace Orchestration.Deployment.Tests;

/// <summary>
/// The services the Functions app's <c>Program.cs</c> composes (<see cref="FunctionsHostingExtensions.AddFunctionsApp"/>),
/// with the ledger in a temp file.
/// </summary>
internal static class FunctionsApp
{
    public static T Get<T>()
        where T : notnull
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evidence:LocalPath"] = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.db"),
        }).Build();
        ServiceCollection services = new();
        services.AddLogging();
        services.AddFunctionsApp(configuration);
        using ServiceProvider provider = services.BuildServiceProvider();
        return provider.GetRequiredService<T>();
    }
}
