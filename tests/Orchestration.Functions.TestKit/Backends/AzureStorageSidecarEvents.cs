using DurableTask.Core;
using DurableTask.Core.History;
using Orchestration.Functions.TestKit.Sidecar;

namespace Orchestration.Functions.TestKit.Backends;

/// <summary>
/// Hands the Azure Storage backend the history and messages the Functions host would: the SDK's sidecar records
/// three things differently from DurableTask.Core's dispatcher, which the Durable extension runs in Azure.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A failed run's <see cref="ExecutionCompletedEvent"/> lacks the failure details (the sidecar only puts them in
/// the run's state, which Azure Storage ignores). DurableTask.Core records them on the event, and Azure Storage stores
/// <c>"ErrorType: ErrorMessage"</c> as the run's output from there: without this, a failed run would say nothing.</item>
/// <item>A started sub-orchestration is the sidecar's own <c>GrpcSubOrchestrationInstanceCreatedEvent</c> subclass
/// (with a trace context), which Azure Storage writes to its history table without an <c>EventType</c> and then cannot
/// read back: the parent never resumes. DurableTask.Core records the plain <see cref="SubOrchestrationInstanceCreatedEvent"/>.</item>
/// <item>The sub-orchestration's start message carries the tags as the protobuf map they arrived in; Azure Storage's
/// queue messages are JSON with type names, and the backend cannot resolve a protobuf type when it reads the message
/// back (the child never starts). DurableTask.Core passes a plain dictionary.</item>
/// </list>
/// </remarks>
/// <param name="inner">The Azure Storage backend.</param>
internal sealed class AzureStorageSidecarEvents(IOrchestrationService inner) : OrchestrationServiceDecorator(inner)
{
    protected override void BeforeCommit(OrchestrationRuntimeState state, IList<TaskMessage> orchestratorMessages, OrchestrationState? orchestrationState)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(orchestratorMessages);
        Substitute(state.NewEvents, orchestrationState?.FailureDetails);
        Substitute(state.Events, orchestrationState?.FailureDetails);
        foreach (TaskMessage message in orchestratorMessages)
        {
            if (message.Event is ExecutionStartedEvent { Tags: { } tags } started && tags is not Dictionary<string, string>)
            {
                started.Tags = new Dictionary<string, string>(tags, StringComparer.Ordinal);
            }
        }
    }

    // The new events are also the last of all events: the same objects, replaced in both lists.
    private static void Substitute(IList<HistoryEvent> events, FailureDetails? failure)
    {
        for (int i = 0; i < events.Count; i++)
        {
            events[i] = events[i] switch
            {
                ExecutionCompletedEvent { FailureDetails: null, OrchestrationStatus: OrchestrationStatus.Failed } completed when failure is not null =>
                    new ExecutionCompletedEvent(completed.EventId, completed.Result, completed.OrchestrationStatus, failure)
                    {
                        Timestamp = completed.Timestamp,
                        IsPlayed = completed.IsPlayed,
                    },
                SubOrchestrationInstanceCreatedEvent created when created.GetType() != typeof(SubOrchestrationInstanceCreatedEvent) =>
                    new SubOrchestrationInstanceCreatedEvent(created.EventId)
                    {
                        Name = created.Name,
                        Version = created.Version,
                        InstanceId = created.InstanceId,
                        Input = created.Input,
                        ClientSpanId = created.ClientSpanId,
                        Tags = created.Tags,
                        Timestamp = created.Timestamp,
                        IsPlayed = created.IsPlayed,
                    },
                HistoryEvent same => same,
            };
        }
    }
}
