using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Orchestration.Api.Console;

namespace Orchestration.Functions.Http;

/// <summary>
/// The web console, forwarded to <see cref="ConsoleHandlers"/>. Anonymous: the pages hold no data, and their scripts
/// call the keyed API with the key the user brings. Under host.json's route prefix the console lives at
/// <c>/api/console</c> (the local server's is <c>/console</c>); the pages link relative to their own address, so both
/// work. Clearing the prefix instead would move every API route, and the Functions host's own home page keeps
/// <c>/</c>, so the local server's redirect from <c>/</c> has no forward here.
/// </summary>
public static class ConsoleFunctions
{
    /// <summary><c>GET /api/console</c>: the console's home page.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The page.</returns>
    [Function(nameof(ConsoleHome))]
    public static IActionResult ConsoleHome(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console")] HttpRequest request) =>
        new ResultAction(ConsoleHandlers.Home(request.HttpContext));

    /// <summary><c>GET /api/console/runs/{id}</c>: a run's page.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The page.</returns>
    [Function(nameof(ConsoleRun))]
    public static IActionResult ConsoleRun(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/runs/{id}")] HttpRequest request) =>
        new ResultAction(ConsoleHandlers.Run(request.HttpContext));

    /// <summary><c>GET /api/console/assets/{file}</c>: a console script, style or image.</summary>
    /// <param name="request">The request.</param>
    /// <param name="file">The file name.</param>
    /// <returns>The file, or 404.</returns>
    [Function(nameof(ConsoleAsset))]
    public static IActionResult ConsoleAsset(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "console/assets/{file}")] HttpRequest request,
        string file) =>
        new ResultAction(ConsoleHandlers.Asset(request.HttpContext, file));
}
