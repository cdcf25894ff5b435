using DurableTask.Core;

namespace Orchestration.Functions.TestKit.Sidecar;

/// <summary>
/// A backend with the sidecar's work-item concurrency raised. The SDK's in-memory backend caps concurrent work items at
/// the processor count, so on a 2-core machine a fan-out of ten runs two at a time; the Functions host's defaults
/// (10 orchestrations and 10 activities per core, at least) are nearer to what users see.
/// </summary>
/// <param name="inner">The backend.</param>
/// <param name="concurrency">How many orchestration and activity work items may run at once, each.</param>
internal sealed class WideConcurrencyOrchestrationService(IOrchestrationService inner, int concurrency) : OrchestrationServiceDecorator(inner)
{
    public override int MaxConcurrentTaskOrchestrationWorkItems => concurrency;

    public override int MaxConcurrentTaskActivityWorkItems => concurrency;
}
