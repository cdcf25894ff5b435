using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Orchestration.Abstractions;

namespace Orchestration.Api.Http;

/// <summary>
/// Reads a request's JSON body (a starter's input, an event's payload), refusing what is not: empty is no value,
/// anything else must parse.
/// </summary>
internal static class JsonBodyReader
{
    /// <summary>Bodies above this are refused before they are read (413).</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<JsonBody> ReadAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return JsonBody.TooLarge();
        }

        // A chunked body has no length up front: read one byte past the limit at most, never the whole of it.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(MaxBodyBytes + 1);
        try
        {
            int length = await request.Body.ReadAtLeastAsync(buffer.AsMemory(0, MaxBodyBytes + 1), MaxBodyBytes + 1, throwOnEndOfStream: false, request.HttpContext.RequestAborted);
            return length > MaxBodyBytes ? JsonBody.TooLarge() : Parse(buffer.AsMemory(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The element is cloned out of the document, so the pooled buffer can go back once this returns.
    private static JsonBody Parse(ReadOnlyMemory<byte> content)
    {
        if (content.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return JsonBody.Empty();
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(content);
            return JsonBody.Json(document.RootElement.Clone());
        }
        catch (JsonException malformed)
        {
            string at = malformed.LineNumber is { } line ? $" (line {line + 1}, position {malformed.BytePositionInLine + 1})" : string.Empty;
            return JsonBody.Malformed(new WorkflowInputError("$", $"The body is not valid JSON{at}."));
        }
    }
}

/// <summary>What a starter's body held.</summary>
/// <param name="Input">The JSON input; null when the body was empty.</param>
/// <param name="Error">Why it could not be read.</param>
/// <param name="IsTooLarge">The body exceeded <see cref="JsonBodyReader.MaxBodyBytes"/>.</param>
internal sealed record JsonBody(JsonElement? Input, WorkflowInputError? Error, bool IsTooLarge)
{
    public static JsonBody Empty() => new(null, null, false);

    public static JsonBody Json(JsonElement input) => new(input, null, false);

    public static JsonBody Malformed(WorkflowInputError error) => new(null, error, false);

    public static JsonBody TooLarge() => new(null, null, true);
}
