namespace Orchestration.Agents.Port;

/// <summary>The stable codes of <see cref="AgentRefusal"/>; workflows and policies route on them.</summary>
public static class AgentRefusalCodes
{
    /// <summary>The output is not a JSON object (prose, a markdown fence around JSON, an empty body).</summary>
    public const string NotJson = "not-json";

    /// <summary>The output is JSON but not the expected shape (a required member missing, a wrong type, an unknown member).</summary>
    public const string SchemaMismatch = "schema-mismatch";

    /// <summary>The typed result breaks its declared constraints (a range, a length, a confidence outside 0 to 1).</summary>
    public const string InvalidResult = "invalid-result";

    /// <summary>The model declined (an OpenAI <c>refusal</c>).</summary>
    public const string ModelRefused = "model-refused";

    /// <summary>The endpoint's content filter stopped the answer.</summary>
    public const string ContentFiltered = "content-filtered";

    /// <summary>The answer was cut off (finish reason <c>length</c>).</summary>
    public const string Truncated = "truncated";

    /// <summary>The response held no answer at all (<c>"choices": []</c>, no content).</summary>
    public const string EmptyResponse = "empty-response";

    /// <summary>The model asked to call a tool; this agent offers none, so acting on it would leave its scope.</summary>
    public const string UnexpectedToolCall = "unexpected-tool-call";

    /// <summary>The request lacks what the agent needs to answer (an empty document, a missing field).</summary>
    public const string InsufficientInput = "insufficient-input";

    /// <summary>The request is unlike anything the agent knows (no labelled example or passage is near it).</summary>
    public const string OutOfDistribution = "out-of-distribution";

    /// <summary>A guardrail refused what was to go into the model, or what came back (the guardrail's code follows).</summary>
    public const string GuardrailPrefix = "guardrail:";

    /// <summary>The registry says the agent must run on a model, and no model endpoint is configured.</summary>
    public const string ModelNotConfigured = "model-not-configured";
}
