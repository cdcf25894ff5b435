using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Orchestration.Api.Evidence;

namespace Orchestration.Functions.Http;

/// <summary>The evidence routes, forwarded to <see cref="EvidenceHandlers"/>; a function or host key opens them.</summary>
public static class EvidenceFunctions
{
    /// <summary><c>GET /api/runs/{id}/evidence</c>: a run's evidence pack, JSON or an HTML report by <c>Accept</c>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="id">The run.</param>
    /// <returns>The pack, or problem details.</returns>
    [Function(nameof(GetRunEvidence))]
    public static Task<IActionResult> GetRunEvidence(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{id}/evidence")] HttpRequest request,
        string id) =>
        ResultAction.From(EvidenceHandlers.GetEvidenceAsync(request.HttpContext, id));

    /// <summary><c>GET /api/runs/{id}/verify</c>: a run's evidence checked against its chain and seal.</summary>
    /// <param name="request">The request.</param>
    /// <param name="id">The run.</param>
    /// <returns>The verification, or problem details.</returns>
    [Function(nameof(VerifyRunEvidence))]
    public static Task<IActionResult> VerifyRunEvidence(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "runs/{id}/verify")] HttpRequest request,
        string id) =>
        ResultAction.From(EvidenceHandlers.VerifyAsync(request.HttpContext, id));
}
