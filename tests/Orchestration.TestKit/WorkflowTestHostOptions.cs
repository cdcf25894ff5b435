using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Orchestration.TestKit;

/// <summary>What a test may change about its <see cref="WorkflowTestHost"/>. Defaults suit almost every test.</summary>
public sealed class WorkflowTestHostOptions
{
    /// <summary>Gets or sets the manual clock's start. Default <see cref="ManualTimeProvider.DefaultStart"/>.</summary>
    public DateTimeOffset StartTime { get; set; } = ManualTimeProvider.DefaultStart;

    /// <summary>Gets or sets how many activities run at once. Default 16, as the engine.</summary>
    public int MaxConcurrentActivities { get; set; } = 16;

    /// <summary>Gets or sets how many episodes replay at once. Default 4.</summary>
    public int MaxConcurrentEpisodes { get; set; } = 4;

    /// <summary>Gets or sets the most commits one transaction takes. Default 512, as the engine.</summary>
    public int MaxCommitBatch { get; set; } = 512;

    /// <summary>Gets or sets the logger factory. Default none.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>
    /// Gets or sets how long any wait of the host may take before the test fails as hung. Default 30 seconds.
    /// It is a hang guard only: tests wait on signals and never on time.
    /// </summary>
    public TimeSpan HangTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
