using Orchestration.Abstractions;
using Orchestration.Engine.Replay;

namespace Orchestration.LocalHost.Samples;

/// <summary>What one run of the sample produced.</summary>
/// <param name="Final">The run's final state, with its output.</param>
/// <param name="History">The run's history, in order.</param>
/// <param name="Replay">The result of replaying the exported history against the current workflow code.</param>
/// <param name="ErpPostingCalls">How often the ERP posting gateway was called (the first calls time out).</param>
public sealed record SampleRun(WorkflowMetadata Final, IReadOnlyList<WorkflowHistoryEvent> History, ReplayResult Replay, int ErpPostingCalls);
