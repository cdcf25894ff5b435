using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Backends;

/// <summary>A Durable Task backend the sidecar serves: its work-item side and its client side.</summary>
public interface IDurableBackend : IAsyncDisposable
{
    /// <summary>Gets the work-item side.</summary>
    IOrchestrationService Service { get; }

    /// <summary>Gets the client side; queries and purges where it offers them.</summary>
    IOrchestrationServiceClient Client { get; }
}
