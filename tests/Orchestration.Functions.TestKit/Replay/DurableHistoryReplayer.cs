using System.Text.Json;
using Google.Protobuf;
using Microsoft.DurableTask.Worker;
using Microsoft.DurableTask.Worker.Grpc;
using Microsoft.DurableTask.Worker.Shims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Orchestration.Abstractions;
using Orchestration.Engine.Replay;
using Orchestration.Functions.Workflows;
using P = Microsoft.DurableTask.Protobuf;

namespace Orchestration.Functions.TestKit.Replay;

/// <summary>
/// Replays a recorded history through the Durable Task SDK's own orchestrator runner, as the isolated worker runs an
/// orchestrator function: each episode becomes the <see cref="P.OrchestratorRequest"/> a backend would send (the events
/// before it as past events, its own as new ones), <see cref="GrpcOrchestrationRunner"/> runs the Functions app's
/// orchestrator code (<see cref="WorkflowFunctions.RunWorkflowAsync"/>) on it, and the actions it returns must be what
/// the history recorded the code deciding there. Reports as the engine's replayer does, naming the step.
/// </summary>
public static class DurableHistoryReplayer
{
    // What the Durable worker extension registers for the runner at start-up: a shim factory over worker options with
    // entity support on.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton(new DurableTaskShimFactory(new DurableTaskWorkerOptions { EnableEntitySupport = true }, NullLoggerFactory.Instance))
        .BuildServiceProvider();

    /// <summary>Replays <paramref name="document"/> with the code registered in <paramref name="registry"/>.</summary>
    /// <param name="registry">The current workflow code.</param>
    /// <param name="document">The recorded history.</param>
    /// <returns>Success, or the first divergence, naming the step.</returns>
    public static ReplayResult Replay(WorkflowRegistry registry, WorkflowHistoryDocument document)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(document);
        if (!registry.TryCreateWorkflow(document.WorkflowName, out _))
        {
            return new ReplayResult(false, $"No workflow named '{document.WorkflowName}' is registered.");
        }

        foreach (DurableEpisode episode in DurableEpisode.Split(document))
        {
            P.OrchestratorResponse response = Run(registry, episode.ToRequest(document));
            P.CompleteOrchestrationAction? completion = response.Actions.Select(a => a.CompleteOrchestration).LastOrDefault(c => c is not null);
            string? divergence = DurableNonDeterminism.Describe(completion)
                ?? DurableStepComparison.FirstDifference(episode, response.Actions)
                ?? DurableEndingComparison.Difference(episode, completion);
            if (divergence is not null)
            {
                return new ReplayResult(false, divergence);
            }
        }

        return new ReplayResult(true, null);
    }

    /// <summary>Runs one request through the SDK's runner, as the Durable worker extension's middleware does.</summary>
    /// <param name="registry">The current workflow code.</param>
    /// <param name="request">The episode's request.</param>
    /// <returns>The orchestrator's response: its actions.</returns>
    public static P.OrchestratorResponse Run(WorkflowRegistry registry, P.OrchestratorRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string encoded = GrpcOrchestrationRunner.LoadAndRun<JsonElement, JsonElement>(
            request.ToByteString().ToBase64(), (context, _) => WorkflowFunctions.RunWorkflowAsync(registry, context), Services);
        return P.OrchestratorResponse.Parser.ParseFrom(ByteString.FromBase64(encoded));
    }
}
