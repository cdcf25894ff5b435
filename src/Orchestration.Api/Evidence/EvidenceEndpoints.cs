using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Orchestration.Api.Security;
using Orchestration.Evidence.Packs;

namespace Orchestration.Api.Evidence;

/// <summary>Maps the evidence routes (<see cref="EvidenceHandlers"/>) behind the system key.</summary>
public static class EvidenceEndpoints
{
    /// <summary>Maps <c>GET /api/runs/{id}/evidence</c> and <c>GET /api/runs/{id}/verify</c>.</summary>
    /// <param name="routes">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        RouteGroupBuilder runs = routes.MapGroup("/api/runs/{id}").RequireSystemKey().WithTags("Evidence")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        runs.MapGet("/evidence", EvidenceHandlers.GetEvidenceAsync)
            .WithName("GetRunEvidence")
            .WithSummary("Gets a run's evidence pack: JSON, or an HTML report when Accept ranks text/html first.")
            .Produces<EvidencePack>(StatusCodes.Status200OK, "application/json", "text/html");
        runs.MapGet("/verify", EvidenceHandlers.VerifyAsync)
            .WithName("VerifyRunEvidence")
            .WithSummary("Verifies a run's evidence records against their hash chain and seal.")
            .Produces<EvidenceVerification>();
        return routes;
    }
}
