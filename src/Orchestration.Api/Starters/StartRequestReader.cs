using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;

namespace Orchestration.Api.Starters;

/// <summary>Reads a starter's body as JSON, refusing what is not: empty is no input, anything else must parse.</summary>
internal static class StartRequestReader
{
    /// <summary>Bodies above this are refused before they are read (413).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<StartBody> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return StartBody.TooLarge();
        }

        using MemoryStream buffer = new();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length > MaxBodyBytes)
        {
            return StartBody.TooLarge();
        }

        if (buffer.Length == 0 || buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return StartBody.Empty();
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
            return StartBody.Json(document.RootElement.Clone());
        }
        catch (JsonException malformed)
        {
            string at = malformed.LineNumber is { } line ? $" (line {line + 1}, position {malformed.BytePositionInLine + 1})" : string.Empty;
            return StartBody.Malformed(new WorkflowInputError("$", $"The body is not valid JSON{at}."));
        }
    }
}

/// <summary>What a starter's body held.</summary>
/// <param name="Input">The JSON input; null when the body was empty.</param>
/// <param name="Error">Why it could not be read.</param>
/// <param name="IsTooLarge">The body exceeded <see cref="StartRequestReader.MaxBodyBytes"/>.</param>
internal sealed record StartBody(JsonElement? Input, WorkflowInputError? Error, bool IsTooLarge)
{
    public static StartBody Empty() => new(null, null, false);

    public static StartBody Json(JsonElement input) => new(input, null, false);

    public static StartBody Malformed(WorkflowInputError error) => new(null, error, false);

    public static StartBody TooLarge() => new(null, null, true);
}
