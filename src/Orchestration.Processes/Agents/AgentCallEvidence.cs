using System.Text;
using Orchestration.Agents.Port;
using Orchestration.Evidence.Recording;
using Orchestration.Evidence.Records;

namespace Orchestration.Processes.Agents;

/// <summary>Records an agent call in a run's ledger: the call's evidence as a model-call record, in orchestrator code.</summary>
public static class AgentCallEvidence
{
    /// <summary>Records the call behind an agent's outcome.</summary>
    /// <param name="recorder">The run's recorder.</param>
    /// <param name="call">The call's evidence, as the activity returned it.</param>
    /// <returns>The record.</returns>
    public static EvidenceRecord Record(EvidenceRecorder recorder, AgentCall call)
    {
        ArgumentNullException.ThrowIfNull(recorder);
        ArgumentNullException.ThrowIfNull(call);

        // The text itself only when sensitive-data capture was on for the call; then it is a payload, not the record.
        List<PayloadReference> payloads = [];
        if (call.PromptText is { } prompt)
        {
            payloads.Add(recorder.AttachPayload("prompt", Encoding.UTF8.GetBytes(prompt), "text/plain"));
        }

        if (call.CompletionText is { } completion)
        {
            payloads.Add(recorder.AttachPayload("completion", Encoding.UTF8.GetBytes(completion), "text/plain"));
        }

        return recorder.Record(Details(call), call.AgentId, payloads: payloads);
    }

    /// <summary>Maps a call's evidence to its ledger record details.</summary>
    /// <param name="call">The call.</param>
    /// <returns>The details.</returns>
    public static ModelCallDetails Details(AgentCall call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return new ModelCallDetails(
            call.AgentId,
            call.AgentVersion,
            call.Implementation == AgentImplementation.Model ? "model" : "local",
            call.EndpointKind,
            call.Model,
            call.Deployment,
            call.ModelVersion,
            $"{call.PromptTemplateId}@{call.PromptTemplateVersion}",
            call.PromptTemplateDigest,
            call.PromptDigest,
            call.InputTokens,
            call.OutputTokens,
            call.LatencyMilliseconds,
            call.FinishReason,
            call.ResultDigest,
            call.Confidence,
            call.Refusal)
        {
            ResponseId = call.ResponseId,
            Guardrails = call.Guardrails,
        };
    }
}
