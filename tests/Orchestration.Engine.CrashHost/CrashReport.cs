using Orchestration.Abstractions;

namespace Orchestration.Engine.CrashHost;

/// <summary>What <c>--report</c> prints: every run with its status, output and committed steps.</summary>
/// <param name="Runs">The runs, parents and sub-runs.</param>
public sealed record CrashReport(IReadOnlyList<CrashRunReport> Runs);

/// <summary>One run as the store holds it.</summary>
/// <param name="InstanceId">The run.</param>
/// <param name="WorkflowName">The workflow.</param>
/// <param name="Status">The run's status.</param>
/// <param name="Steps">Each step's committed history.</param>
/// <param name="Output">The output, when it completed.</param>
/// <param name="Failure">The failure, when it failed.</param>
public sealed record CrashRunReport(
    string InstanceId,
    string WorkflowName,
    WorkflowRuntimeStatus Status,
    IReadOnlyList<CrashStepReport> Steps,
    CrashOutput? Output = null,
    string? Failure = null);

/// <summary>One step of a run as its history records it.</summary>
/// <param name="Step">The step name.</param>
/// <param name="Scheduled">How many TaskScheduled events name it (one in a sound history).</param>
/// <param name="Completed">How many TaskCompleted events answer it (one in a sound history).</param>
/// <param name="Failed">How many TaskFailed events answer it.</param>
/// <param name="CommittedNonce">The nonce of the completed execution whose result history holds.</param>
public sealed record CrashStepReport(string Step, int Scheduled, int Completed, int Failed, string? CommittedNonce = null);
