using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Orchestration.Engine;

/// <summary>Settings of the embedded engine. Every default is what one machine serving a team needs.</summary>
public sealed class EmbeddedEngineOptions
{
    /// <summary>Gets the SQLite file that holds every run. Created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>Gets how many activities run at once. Default 16.</summary>
    public int MaxConcurrentActivities { get; init; } = 16;

    /// <summary>Gets how many workflow episodes replay at once. Default twice the processor count.</summary>
    public int MaxConcurrentEpisodes { get; init; } = Environment.ProcessorCount * 2;

    /// <summary>Gets the most commits one transaction (one fsync) takes. Default 512.</summary>
    public int MaxCommitBatch { get; init; } = 512;

    /// <summary>Gets the clock for history timestamps and durable timers. Tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets the logger factory for the engine and for replay-safe workflow loggers.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    internal void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(DatabasePath);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentActivities, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrentEpisodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxCommitBatch, 1);
        ArgumentNullException.ThrowIfNull(TimeProvider);
        ArgumentNullException.ThrowIfNull(LoggerFactory);
    }
}
