using System.Net.Http.Json;
using System.Text.Json;

namespace Orchestration.Api.Tests.Infrastructure;

/// <summary>An RFC 9457 answer as a client reads it.</summary>
public sealed record Problem(string Type, string Title, int Status, string? Detail, Dictionary<string, string[]>? Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (await response.Content.ReadFromJsonAsync<Problem>(JsonSerializerOptions.Web))!;
    }
}
