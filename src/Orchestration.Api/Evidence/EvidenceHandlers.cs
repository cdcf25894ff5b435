using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Orchestration.Evidence.Packs;
using Orchestration.Evidence.Records;
using Orchestration.Evidence.Storage;

namespace Orchestration.Api.Evidence;

/// <summary>
/// A run's evidence for auditors: <c>GET /api/runs/{id}/evidence</c> (the pack as JSON, or an HTML report when the
/// client prefers it) and <c>GET /api/runs/{id}/verify</c>. The host puts both behind the system key.
/// </summary>
public static class EvidenceHandlers
{
    private const string JsonContentType = "application/json; charset=utf-8";

    /// <summary>Gets a run's evidence pack: JSON, or an HTML report with its verification when HTML ranks first in <c>Accept</c>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="id">The run.</param>
    /// <returns>The pack, 404 when the ledger holds nothing of the run, or 503 when the store cannot be read.</returns>
    public static Task<IResult> GetEvidenceAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool html = PrefersHtml(context.Request);
        return WithPackAsync(context, id, pack => html
            ? TypedResults.Content(EvidenceHtmlReport.Render(pack, EvidenceVerifier.Verify(pack)), "text/html; charset=utf-8")
            : TypedResults.Content(EvidencePackJson.Serialize(pack), JsonContentType));
    }

    /// <summary>Verifies a run's records against their chain and seal.</summary>
    /// <param name="context">The request.</param>
    /// <param name="id">The run.</param>
    /// <returns>An <see cref="EvidenceVerification"/>, 404 or 503.</returns>
    public static Task<IResult> VerifyAsync(HttpContext context, string id)
    {
        ArgumentNullException.ThrowIfNull(context);
        return WithPackAsync(context, id, pack => TypedResults.Content(
            JsonSerializer.Serialize(EvidenceVerifier.Verify(pack), EvidenceJson.Options), JsonContentType));
    }

    private static async Task<IResult> WithPackAsync(HttpContext context, string id, Func<EvidencePack, IResult> answer)
    {
        try
        {
            EvidencePack? pack = await context.RequestServices.GetRequiredService<EvidencePackService>().BuildAsync(id, context.RequestAborted);
            return pack is null ? EvidenceProblems.UnknownRun(id) : answer(pack);
        }
        catch (EvidenceStorageException ex)
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
