using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Orchestration.Api.Console;

/// <summary>Maps the web console (<see cref="ConsoleHandlers"/>): pages without a key, left out of the OpenAPI document.</summary>
public static class ConsoleEndpoints
{
    /// <summary>The console's home page.</summary>
    public const string HomePath = "/console";

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
        // Only this host has the redirect: on the Functions host `/` lies outside the `api` route prefix.
        routes.MapGet("/", static (HttpRequest request) => TypedResults.Redirect(HomePath + request.QueryString))
            .WithName("ConsoleRoot").ExcludeFromDescription();

        // Pages, not API: no key, nothing to describe in the OpenAPI document.
        RouteGroupBuilder console = routes.MapGroup(HomePath).WithTags("Console").ExcludeFromDescription();
        console.MapGet(string.Empty, ConsoleHandlers.Home).WithName("ConsoleHome").WithSummary("The console's home page.");
        console.MapGet("/runs/{id}", ConsoleHandlers.Run).WithName("ConsoleRun").WithSummary("A run's page.");
        console.MapGet("/assets/{file}", ConsoleHandlers.Asset).WithName("ConsoleAsset").WithSummary("A console script, style or image.");
        return routes;
    }
}
