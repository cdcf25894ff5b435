using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Functions.TestKit.Backends;

namespace Orchestration.Functions.TestKit;

/// <summary>Options of <see cref="DurableWorkflowTestHost"/>.</summary>
public sealed class DurableWorkflowTestHostOptions
{
    /// <summary>Gets or sets what starts the backend; null is the SDK's in-memory backend.</summary>
    public Func<ILoggerFactory, Task<IDurableBackend>>? Backend { get; set; }

    /// <summary>Gets or sets how many orchestration and activity work items the sidecar runs at once, each. Default 64.</summary>
    public int Concurrency { get; set; } = 64;

    /// <summary>Gets or sets where the runtime logs. Default none: the SDK logs every gRPC call at Information.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>Gets or sets how long a wait may take before it counts as hung. Default 60 s (timers here take real time).</summary>
    public TimeSpan HangTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
