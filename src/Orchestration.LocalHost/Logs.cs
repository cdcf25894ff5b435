namespace Orchestration.LocalHost;

/// <summary>The dev host's log messages, in one place.</summary>
internal static partial class Logs
{
    [LoggerMessage(9, LogLevel.Information, "Human answer: {Approver} approves invoice {InvoiceNumber} (run {InstanceId})")]
    public static partial void HumanAnswering(ILogger logger, string approver, string invoiceNumber, string instanceId);

    [LoggerMessage(10, LogLevel.Information, "Scheduled {Workflow} for {Occurrence:O}: run {InstanceId} (started now: {Started})")]
    public static partial void ScheduledRun(ILogger logger, string workflow, DateTime occurrence, string instanceId, bool started);

    [LoggerMessage(11, LogLevel.Error, "Scheduled {Workflow} for {Occurrence:O} could not be started; the next occurrence tries again")]
    public static partial void ScheduledStartFailed(ILogger logger, string workflow, DateTime occurrence, Exception error);

    [LoggerMessage(12, LogLevel.Warning, "Start-up run {InstanceId} did not complete ({Status}); gates that need its data may refuse until it does")]
    public static partial void StartupRunNotCompleted(ILogger logger, string instanceId, string status);
}
