namespace Orchestration.LocalHost;

/// <summary>The dev host's log messages, in one place.</summary>
internal static partial class Logs
{
    [LoggerMessage(9, LogLevel.Information, "Human answer: {Approver} approves invoice {InvoiceNumber} (run {InstanceId})")]
    public static partial void HumanAnswering(ILogger logger, string approver, string invoiceNumber, string instanceId);
}
