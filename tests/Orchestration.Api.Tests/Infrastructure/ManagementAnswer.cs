namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>The starter's 202 body as a client reads it.</summary>
public sealed record ManagementAnswer(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string PurgeHistoryDeleteUri,
    string RestartPostUri,
    string SuspendPostUri,
    string ResumePostUri);
