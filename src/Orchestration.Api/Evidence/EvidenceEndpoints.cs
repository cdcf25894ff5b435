using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Orchestration.Api.Security;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Rest;

namespace Orchestration.Api.Evidence;

/// <summary>The evidence routes: a run's pack (JSON or an HTML report) and its verification, behind the system key.</summary>
public static class EvidenceEndpoints
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Maps <c>GET /api/runs/{id}/evidence</c> and <c>GET /api/runs/{id}/verify</c>.</summary>
    /// <param name="routes">The route builder.</param>
    /// <returns>The route builder.</returns>
    public static IEndpointRouteBuilder MapEvidenceEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        routes.MapGet("/api/runs/{id}/evidence", GetEvidenceAsync).RequireSystemKey();
        routes.MapGet("/api/runs/{id}/verify", VerifyAsync).RequireSystemKey();
        return routes;
    }

    private static async Task<IResult> GetEvidenceAsync(string id, HttpRequest request, EvidencePackService packs, CancellationToken cancellationToken)
    {
        return await WithPackAsync(id, packs, pack => PrefersHtml(request)
            ? TypedResults.Content(EvidenceHtmlReport.Render(pack, EvidenceVerifier.Verify(pack)), "text/html; charset=utf-8")
            : TypedResults.Content(EvidencePackJson.Serialize(pack), JsonContentType), cancellationToken);
    }

    private static async Task<IResult> VerifyAsync(string id, EvidencePackService packs, CancellationToken cancellationToken) =>
        await WithPackAsync(id, packs, pack => TypedResults.Content(
            JsonSerializer.Serialize(EvidenceVerifier.Verify(pack), EvidenceJson.Options), JsonContentType), cancellationToken);

    private static async Task<IResult> WithPackAsync(string id, EvidencePackService packs, Func<EvidencePack, IResult> answer, CancellationToken cancellationToken)
    {
        try
        {
            EvidencePack? pack = await packs.BuildAsync(id, cancellationToken);
            return pack is null ? EvidenceProblems.UnknownRun(id) : answer(pack);
        }
        catch (StorageRequestException ex)
        {
            return EvidenceProblems.StoreUnavailable(ex);
        }
    }

    // HTML only when the client ranks it above JSON: browsers do, API clients and curl (*/*) get JSON.
    private static bool PrefersHtml(HttpRequest request)
    {
        IList<MediaTypeHeaderValue> accepted = request.GetTypedHeaders().Accept;
        double html = Quality(accepted, "text/html");
        return html > 0 && html >= Quality(accepted, "application/json");
    }

    private static double Quality(IList<MediaTypeHeaderValue> accepted, string mediaType) =>
        accepted.Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1.0).DefaultIfEmpty(0).Max();
}
