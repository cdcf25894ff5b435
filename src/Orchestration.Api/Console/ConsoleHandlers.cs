using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Orchestration.Evidence.Packs;

namespace Orchestration.Api.Console;

/// <summary>
/// The web console's pages and files: static, holding no data and needing no key. Every run, input and output they
/// show comes from the keyed JSON routes, called by the pages' scripts with the key the user brought. The pages link
/// relative to their own address, so the console works wherever the host mounts it.
/// </summary>
public static class ConsoleHandlers
{
    // Scripts and styles come only from this origin and no inline code runs, so data that slips past the scripts'
    // escaping still cannot execute; the key never leaves in a Referer header. The one inline style admitted, by its
    // digest, is the evidence report's: the run page opens the report from a blob: address, and a blob: document
    // keeps the policy of the page that made it.
    private static readonly string ContentSecurityPolicy =
        $"default-src 'none'; script-src 'self'; style-src 'self'{EvidenceReportStyleSource()}; img-src 'self' data:; "
        + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The console's home page: workflows to start and the runs.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The page; a redirect to the address without the trailing slash, against which the page's links resolve.</returns>
    public static IResult Home(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        HttpRequest request = context.Request;
        string path = request.PathBase + request.Path;
        return path.Length > 1 && path.EndsWith('/')
            ? TypedResults.Redirect(path.TrimEnd('/') + request.QueryString)
            : Serve(context, "index.html");
    }

    /// <summary>A run's page; its script reads the run id from the address.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The page.</returns>
    public static IResult Run(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Serve(context, "run.html");
    }

    /// <summary>One of the console's scripts, styles or images.</summary>
    /// <param name="context">The request.</param>
    /// <param name="file">The file name, case-sensitive.</param>
    /// <returns>The file, or 404.</returns>
    public static IResult Asset(HttpContext context, string file)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Serve(context, file);
    }

    // The report's stylesheet is the same for every pack: read it from the report of an empty one.
    private static string EvidenceReportStyleSource()
    {
        const string Open = "<style>";
        string report = EvidenceHtmlReport.Render(
            new EvidencePack(EvidencePack.CurrentFormat, "-", "-", "-", [], []), new EvidenceVerification("-", true, false, 0, null));
        int start = report.IndexOf(Open, StringComparison.Ordinal);
        int end = start < 0 ? -1 : report.IndexOf("</style>", start, StringComparison.Ordinal);
        return end < 0 ? string.Empty
            : $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(report[(start + Open.Length)..end])))}'";
    }

    private static IResult Serve(HttpContext context, string fileName)
    {
        if (ConsoleAssets.Find(fileName) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        IHeaderDictionary headers = context.Response.Headers;
        // Revalidate on every load: the ETag makes that a 304, and a rebuilt host never runs yesterday's script.
        headers.CacheControl = "no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        return TypedResults.Bytes(asset.Content, asset.ContentType, entityTag: asset.ETag);
    }
}
