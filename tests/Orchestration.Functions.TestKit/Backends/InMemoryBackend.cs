using DurableTask.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.Extensions.Logging;

namespace Orchestration.Functions.TestKit.Backends;

/// <summary>The Durable Task SDK's in-memory backend, the one its in-process test host runs on.</summary>
public sealed class InMemoryBackend : IDurableBackend
{
    private readonly InMemoryOrchestrationService service;

    private InMemoryBackend(InMemoryOrchestrationService service) => this.service = service;

    /// <inheritdoc/>
    public IOrchestrationService Service => service;

    /// <inheritdoc/>
    public IOrchestrationServiceClient Client => service;

    /// <summary>Starts an empty in-memory backend.</summary>
    /// <param name="loggers">Where it logs.</param>
    /// <returns>The backend.</returns>
    public static Task<IDurableBackend> StartAsync(ILoggerFactory loggers) => Task.FromResult<IDurableBackend>(new InMemoryBackend(new InMemoryOrchestrationService(loggers)));

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
