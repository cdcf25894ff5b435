using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Orchestration.Functions.Http;

namespace Orchestration.Functions.Tests.Http;

public sealed class ResultActionTests
{
    private static async Task<DefaultHttpContext> ExecuteAsync(IActionResult action)
    {
        DefaultHttpContext http = new() { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Response.Body = new MemoryStream();
        await action.ExecuteResultAsync(new ActionContext(http, new RouteData(), new ActionDescriptor()));
        return http;
    }

    [Fact]
    public async Task ExecuteResultAsync_RunsTheHandlersResult()
    {
        DefaultHttpContext http = await ExecuteAsync(new ResultAction(TypedResults.Accepted("/runs/1", new { id = "1" })));

        Assert.Equal(StatusCodes.Status202Accepted, http.Response.StatusCode);
        Assert.Equal("/runs/1", http.Response.Headers.Location);
        http.Response.Body.Position = 0;
        Assert.Equal("""{"id":"1"}""", await new StreamReader(http.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task From_PendingHandlerResult_WrapsItOnceReady()
    {
        IActionResult action = await ResultAction.From(Task.FromResult<IResult>(TypedResults.NotFound()));

        Assert.Equal(StatusCodes.Status404NotFound, (await ExecuteAsync(action)).Response.StatusCode);
    }
}
