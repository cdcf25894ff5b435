using Orchestration.Abstractions;

namespace Orchestration.Runtimes.Benchmarks;

/// <summary>Reads a finished chain's output, refusing a run that did not complete.</summary>
internal static class ChainOutput
{
    public static int Of(WorkflowMetadata? done) => done switch
    {
        null => throw new InvalidOperationException("A finished run cannot be read."),
        { RuntimeStatus: WorkflowRuntimeStatus.Completed } => done.ReadOutputAs<int>(),
        _ => throw new InvalidOperationException($"Run {done.InstanceId} ended {done.RuntimeStatus}: {done.FailureDetails}"),
    };
}
