using System.ComponentModel.DataAnnotations;

namespace Orchestration.Agents.Port;

/// <summary>
/// The envelope a model fills in: the result, how sure it is, and why. Every member is required (a strict JSON
/// schema is sent with the request and the reply is read with required members enforced).
/// </summary>
/// <typeparam name="TResult">The result type.</typeparam>
/// <param name="Result">The result.</param>
/// <param name="Confidence">How sure, 0 to 1.</param>
/// <param name="Rationale">Why, in one or two sentences, citing the input.</param>
public sealed record AgentAnswer<TResult>(
    TResult Result,
    [property: Range(0.0, 1.0)] double Confidence,
    [property: Required(AllowEmptyStrings = false), StringLength(1_000)] string Rationale)
    where TResult : class;
