namespace Orchestration.Abstractions;

/// <summary>What a history event records. The names follow Durable Task's history event types.</summary>
public enum WorkflowHistoryEventType
{
    /// <summary>An episode began; its timestamp is the workflow's <c>CurrentUtcDateTime</c> until the next one.</summary>
    OrchestratorStarted,

    /// <summary>The run (or this generation of it) started with an input.</summary>
    ExecutionStarted,

    /// <summary>The code scheduled an activity.</summary>
    TaskScheduled,

    /// <summary>An activity returned a result.</summary>
    TaskCompleted,

    /// <summary>An activity threw.</summary>
    TaskFailed,

    /// <summary>The code created a durable timer.</summary>
    TimerCreated,

    /// <summary>A durable timer fired.</summary>
    TimerFired,

    /// <summary>The code started a sub-workflow.</summary>
    SubOrchestrationInstanceCreated,

    /// <summary>A sub-workflow completed.</summary>
    SubOrchestrationInstanceCompleted,

    /// <summary>A sub-workflow failed.</summary>
    SubOrchestrationInstanceFailed,

    /// <summary>An external event arrived.</summary>
    EventRaised,

    /// <summary>A client suspended the run.</summary>
    ExecutionSuspended,

    /// <summary>A client resumed the run.</summary>
    ExecutionResumed,

    /// <summary>A client terminated the run.</summary>
    ExecutionTerminated,

    /// <summary>The code continued as new; the next generation starts with a fresh history.</summary>
    ContinuedAsNew,

    /// <summary>The run finished (completed or failed).</summary>
    ExecutionCompleted,
}
