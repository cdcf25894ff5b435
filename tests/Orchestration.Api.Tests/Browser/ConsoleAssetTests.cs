using System.Net;

namespace Orchestration.Api.Tests.Browser;

[Collection(ConsoleCollectionDefinition.Name)]
public sealed class ConsoleAssetTests(ConsoleFixture fixture)
{
    [Theory]
    [InlineData("/console", "text/html")]
    [InlineData("/console/runs/any-id", "text/html")]
    [InlineData("/console/assets/console.css", "text/css")]
    [InlineData("/console/assets/console.js", "text/javascript")]
    public async Task ConsoleFile_RequestedWithoutKey_ServedWithTypeTagAndLockedDownPolicy(string path, string mediaType)
    {
        using HttpClient client = new() { BaseAddress = fixture.Server.BaseAddress };

        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task ConsoleFile_RequestedAgainWithItsETag_AnswersNotModified()
    {
        using HttpClient client = new() { BaseAddress = fixture.Server.BaseAddress };
        using HttpResponseMessage first = await client.GetAsync(new Uri("/console/assets/console.css", UriKind.Relative));
        using HttpRequestMessage again = new(HttpMethod.Get, new Uri("/console/assets/console.css", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using HttpResponseMessage second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/console/assets/missing.js")]
    [InlineData("/console/assets/ConsoleAssets.cs")]
    public async Task ConsoleFile_NotAnAsset_AnswersNotFound(string path)
    {
        using HttpClient client = new() { BaseAddress = fixture.Server.BaseAddress };

        using HttpResponseMessage response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Root_WithKeyInQuery_RedirectsToConsoleKeepingTheQuery()
    {
        using HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        using HttpResponseMessage response = await client.GetAsync(new Uri("/?code=abc", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/console?code=abc", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ConsoleHome_WithTrailingSlash_RedirectsToTheAddressItsLinksResolveAgainst()
    {
        using HttpClient client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = fixture.Server.BaseAddress };

        using HttpResponseMessage response = await client.GetAsync(new Uri("/console/?code=abc", UriKind.Relative));

        Assert.Equal((HttpStatusCode.Redirect, "/console?code=abc"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }
}
