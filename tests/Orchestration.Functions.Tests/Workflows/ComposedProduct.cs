using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Api.Hosting;
using Orchestration.Functions.TestKit;
using Orchestration.Processes.ReferenceData;
using Orchestration.Processes.Scheduling;

namespace Orchestration.Functions.Tests.Workflows;

/// <summary>
/// The registry the Functions app builds (processes, governance filters, ledger activities), composed by
/// <c>AddOrchestration</c> over a temp folder for the ledger (which holds the kill switches), on the Durable Task runtime.
/// </summary>
internal sealed class ComposedProduct : IAsyncDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "of-composed", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    private ComposedProduct(DurableWorkflowTestHostOptions? options, Func<string, IReadOnlyDictionary<string, string?>>? settingsIn)
    {
        Directory.CreateDirectory(folder);
        IConfiguration settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Evidence:LocalPath"] = Path.Combine(folder, "evidence.db"),
        }).AddInMemoryCollection(settingsIn?.Invoke(folder) ?? new Dictionary<string, string?>()).Build();
        ServiceCollection collection = new();
        collection.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance).AddSingleton(typeof(ILogger<>), typeof(Logger<>)).AddOrchestration(settings);
        services = collection.BuildServiceProvider();
        Options = options;
    }

    public WorkflowRegistry Registry => services.GetRequiredService<WorkflowRegistry>();

    public DurableWorkflowTestHost Host { get; private set; } = null!;

    private DurableWorkflowTestHostOptions? Options { get; }

    /// <summary>Composes the product and starts it on the Durable Task runtime.</summary>
    /// <param name="options">The backend (in memory by default, or Azure Storage on Azurite) and limits.</param>
    /// <param name="adjust">Adds to the composed registry before the host starts (a test's own filter, say).</param>
    /// <param name="settings">Settings over the defaults, given the product's own temp folder (another agent registry, say).</param>
    /// <returns>The running product.</returns>
    public static async Task<ComposedProduct> StartAsync(
        DurableWorkflowTestHostOptions? options = null, Action<WorkflowRegistry>? adjust = null, Func<string, IReadOnlyDictionary<string, string?>>? settings = null)
    {
        ComposedProduct product = new(options, settings);
        adjust?.Invoke(product.Registry);
        product.Host = await DurableWorkflowTestHost.StartAsync(product.Registry, options);
        return product;
    }

    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    /// <summary>Runs the reference data refresh, so the freshness gates pass, as the hosts do at start-up.</summary>
    /// <returns>What the refresh recorded.</returns>
    public async Task<ReferenceDataRefreshOutcome> RefreshReferenceDataAsync()
    {
        string id = await Host.Client.ScheduleNewWorkflowAsync(
            nameof(ReferenceDataRefreshWorkflow), new ScheduledOccurrence(new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Utc)));
        WorkflowMetadata run = await Host.WaitForCompletionAsync(id);
        if (run.RuntimeStatus != WorkflowRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"The reference data refresh ended {run.RuntimeStatus}: {run.FailureDetails}");
        }

        return run.ReadOutputAs<ReferenceDataRefreshOutcome>()!;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await services.DisposeAsync();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
