using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Orchestration.Api.Console;

/// <summary>
/// Serves the web console: static pages that hold no data and need no key. Every run, input and output they show
/// comes from the keyed JSON routes, called by the page's scripts with the key the user brought.
/// </summary>
public static class ConsoleEndpoints
{
    /// <summary>The console's home page.</summary>
    public const string HomePath = "/console";

    // Scripts and styles come only from this origin and no inline code runs, so data that slips past the scripts'
    // escaping still cannot execute; the key never leaves in a Referer header.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Maps <c>/</c> (a redirect to the console), <c>/console</c>, <c>/console/runs/{id}</c> and
    /// <c>/console/assets/{file}</c>.
    /// </summary>
    /// <param name="routes">The application's routes.</param>
    /// <returns>The routes.</returns>
    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);

        // The query string travels along: the dev server prints a console address that carries the key in `code`.
        routes.MapGet("/", static (HttpRequest request) => TypedResults.Redirect(HomePath + request.QueryString))
            .ExcludeFromDescription();

        RouteGroupBuilder console = routes.MapGroup(HomePath).ExcludeFromDescription();
        console.MapGet(string.Empty, static (HttpContext context) => Serve(context, "index.html"));
        console.MapGet("/runs/{id}", static (HttpContext context) => Serve(context, "run.html"));
        console.MapGet("/assets/{file}", static (HttpContext context, string file) => Serve(context, file));
        return routes;
    }

    private static Results<FileContentHttpResult, NotFound> Serve(HttpContext context, string fileName)
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
