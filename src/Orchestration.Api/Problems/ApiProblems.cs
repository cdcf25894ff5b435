using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;
using Orchestration.Api.Security;

namespace Orchestration.Api.Problems;

/// <summary>
/// Every error the API answers, as RFC 9457 problem details with a stable <c>type</c> per kind, so a caller can
/// branch on the kind and show the detail to a person.
/// </summary>
public static class ApiProblems
{
    /// <summary>The prefix of every problem type this API uses.</summary>
    public const string TypePrefix = "urn:orchestrationfunctions:problem:";

    /// <summary>401: no valid key.</summary>
    /// <returns>The result.</returns>
    public static IResult MissingKey() => Problem(
        StatusCodes.Status401Unauthorized, "unauthorized", "A valid key is required",
        $"Send the key in the '{ApiKeys.HeaderName}' header or the '{ApiKeys.QueryName}' query parameter.");

    /// <summary>400: the input does not fit; each bad field is named by its JSON path.</summary>
    /// <param name="title">What was being read.</param>
    /// <param name="errors">The problems by path.</param>
    /// <returns>The result.</returns>
    public static IResult InvalidInput(string title, IEnumerable<WorkflowInputError> errors) => TypedResults.ValidationProblem(
        errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
        title: title,
        type: TypePrefix + "invalid-input",
        detail: "Nothing was started or changed. Fix the fields listed in 'errors' and send the request again.");

    /// <summary>400: a workflow of that name is not registered.</summary>
    /// <param name="name">The name asked for.</param>
    /// <param name="known">The registered names.</param>
    /// <returns>The result.</returns>
    public static IResult UnknownWorkflow(string name, IEnumerable<string> known) => Problem(
        StatusCodes.Status400BadRequest, "unknown-workflow", "Unknown workflow",
        $"No workflow named '{name}' is registered. Registered: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");

    /// <summary>400: an argument is malformed.</summary>
    /// <param name="detail">Which and why.</param>
    /// <returns>The result.</returns>
    public static IResult BadArgument(string detail) =>
        Problem(StatusCodes.Status400BadRequest, "bad-argument", "One or more of the arguments submitted is incorrect", detail);

    /// <summary>404: no run with that id.</summary>
    /// <param name="instanceId">The id.</param>
    /// <returns>The result.</returns>
    public static IResult RunNotFound(string instanceId) => Problem(
        StatusCodes.Status404NotFound, "run-not-found", "Run not found", $"No run has the instance id '{instanceId}'.");

    /// <summary>409: a run with that id exists already; nothing was started.</summary>
    /// <param name="failure">The engine's refusal.</param>
    /// <returns>The result.</returns>
    public static IResult RunExists(WorkflowInstanceExistsException failure) => Problem(
        StatusCodes.Status409Conflict, "run-exists", "A run with this instance id exists",
        $"Run '{failure.InstanceId}' exists ({failure.ExistingStatus}); no second run was started. Purge it first to reuse the id.");

    /// <summary>410: the run has finished and cannot take the operation.</summary>
    /// <param name="failure">The engine's refusal.</param>
    /// <returns>The result.</returns>
    public static IResult RunNotRunning(WorkflowInstanceNotRunningException failure) => Problem(
        StatusCodes.Status410Gone, "run-finished", "The run has finished", failure.Message);

    /// <summary>Any other refusal with its own status and type.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="kind">The problem kind, appended to <see cref="TypePrefix"/>.</param>
    /// <param name="title">A short, stable summary.</param>
    /// <param name="detail">This occurrence, for people.</param>
    /// <returns>The result.</returns>
    public static IResult Problem(int status, string kind, string title, string detail) =>
        TypedResults.Problem(statusCode: status, type: TypePrefix + kind, title: title, detail: detail);
}
