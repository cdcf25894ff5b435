using Microsoft.Extensions.Logging;

namespace Orchestration.Engine;

/// <summary>The engine's log messages, in one place.</summary>
internal static partial class Logs
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Activity {ActivityName} of run {InstanceId} (step #{TaskId}) failed")]
    public static partial void LogActivityFailed(this ILogger logger, Exception exception, string activityName, string instanceId, int taskId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A durable timer pass failed; retrying")]
    public static partial void LogTimerPassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Episode of run {InstanceId} failed in the engine; its messages stay queued")]
    public static partial void LogEpisodeFailed(this ILogger logger, Exception exception, string instanceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded engine started on {DatabasePath}: resumed {Runs} runs and {Activities} activities")]
    public static partial void LogEngineStarted(this ILogger logger, string databasePath, int runs, int activities);
}
