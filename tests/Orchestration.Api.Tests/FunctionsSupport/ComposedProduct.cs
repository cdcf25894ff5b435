using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Api.FunctionsSupport;
using Orchestration.Api.Hosting;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Api.Tests.FunctionsSupport;

/// <summary>
/// The registry the Functions app builds (processes, governance filters, ledger activities), composed by
/// <c>AddOrchestration</c> over a temp folder for the ledger (which holds the kill switches).
/// </summary>
internal sealed class ComposedProduct : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "of-composed", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    public ComposedProduct()
    {
        IConfiguration settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evidence:LocalPath"] = Path.Combine(folder, "evidence.db"),
        }).Build();
        ServiceCollection collection = new();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).AddSingleton(typeof(ILogger<>), typeof(Logger<>)).AddOrchestration(settings);
        services = collection.BuildServiceProvider();
    }

    public WorkflowRegistry Registry => services.GetRequiredService<WorkflowRegistry>();

    /// <summary>Runs the reference data refresh through the Functions app's JSON boundary, so the freshness gates pass.</summary>
    public Task RefreshReferenceDataAsync() => WorkflowFunctionRunner.RunWorkflowAsync(
        Registry,
        new LoopbackWorkflowContext(Registry, nameof(ReferenceDataRefreshWorkflow), "refresh-1"),
        DurablePayload.ToElement(new ScheduledOccurrence(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc))));

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
