namespace Orchestration.Evidence.Records;

/// <summary>What a record is about. The names are the JSON discriminators of <see cref="EvidenceDetails"/>.</summary>
public enum EvidenceKind
{
    /// <summary>A run began.</summary>
    RunStarted,

    /// <summary>A run ended.</summary>
    RunCompleted,

    /// <summary>The orchestrator decided something.</summary>
    Decision,

    /// <summary>An AI model was called.</summary>
    ModelCall,

    /// <summary>An agent tool was called.</summary>
    ToolCall,

    /// <summary>An enterprise system was called through a connector.</summary>
    ConnectorCall,

    /// <summary>A policy was evaluated.</summary>
    PolicyEvaluation,

    /// <summary>A failed step is retried.</summary>
    Retry,

    /// <summary>Work was refused (missing or invalid data, policy).</summary>
    Refusal,

    /// <summary>A person was asked to decide.</summary>
    HumanTask,

    /// <summary>A person answered.</summary>
    HumanAnswer,

    /// <summary>A task moved up its escalation chain.</summary>
    Escalation,

    /// <summary>Done work was undone.</summary>
    Compensation,

    /// <summary>The kill switch stopped or released work.</summary>
    KillSwitch,

    /// <summary>The run was sealed: the last record of a run.</summary>
    Seal,
}
