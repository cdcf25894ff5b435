using System.Text.Json;
using System.Xml.Linq;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Orchestration.Evidence.Rest;

/// <summary>Turns a refused request into the typed exception of its status, reading the error code from the body first.</summary>
internal static class StorageErrors
{
    public static StorageRequestException FromResponse(Response response, string operation, string? body = null)
    {
        body ??= response.Content.ToString();
        (string code, string message) = Parse(body);
        if (code.Length == 0 && response.Headers.TryGetValue("x-ms-error-code", out string? header))
        {
            code = header;
        }

        return Create(new StorageFailure(response.Status, code, message.Length > 0 ? message : response.ReasonPhrase, operation));
    }

    public static StorageRequestException FromBatchPart(int status, string body, string operation)
    {
        (string code, string message) = Parse(body);
        int? index = null;
        int colon = message.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && int.TryParse(message.AsSpan(0, colon), out int parsed))
        {
            // The service puts the failing operation's 0-based index before the message: "2:The specified resource...".
            index = parsed;
            message = message[(colon + 1)..];
        }

        return Create(new StorageFailure(status, code, message, operation, index));
    }

    public static StorageUnavailableException Unreachable(RequestFailedException exception, string operation) =>
        new(new StorageFailure(0, string.Empty, exception.InnerException?.Message ?? exception.Message, operation), exception);

    public static StorageRequestException Create(StorageFailure failure) => failure.Status switch
    {
        409 => new StorageConflictException(failure),
        404 => new StorageNotFoundException(failure),
        412 => new StoragePreconditionFailedException(failure),
        400 or 413 or 415 => new StorageBadRequestException(failure),
        401 or 403 => new StorageAuthorizationException(failure),
        _ => new StorageServiceException(failure),
    };

    private static (string Code, string Message) Parse(string body)
    {
        string trimmed = body.TrimStart();
        try
        {
            if (trimmed.StartsWith('{'))
            {
                using JsonDocument document = JsonDocument.Parse(trimmed);
                JsonElement error = document.RootElement.TryGetProperty("odata.error", out JsonElement e) ? e : document.RootElement;
                string code = error.TryGetProperty("code", out JsonElement c) ? c.GetString() ?? string.Empty : string.Empty;
                string message = error.TryGetProperty("message", out JsonElement m)
                    ? (m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out JsonElement v) ? v.GetString() : m.ToString()) ?? string.Empty
                    : string.Empty;
                return (code, FirstLine(message));
            }

            if (trimmed.StartsWith('<'))
            {
                XElement root = XElement.Parse(trimmed);
                return (root.Element("Code")?.Value ?? string.Empty, FirstLine(root.Element("Message")?.Value ?? string.Empty));
            }
        }
        catch (Exception ex) when (ex is JsonException or System.Xml.XmlException)
        {
            // A body that is not the service's error format still leaves the status and the x-ms-error-code header.
        }

        return (string.Empty, string.Empty);
    }

    // The service appends "\nRequestId:...\nTime:..." to every message; the first line is what a person needs.
    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}

/// <summary>Sends a request and throws the typed exception for a refusal or an unreachable account.</summary>
internal static class StoragePipelineExtensions
{
    public static async Task<Response> SendOrThrowAsync(
        this HttpPipeline pipeline, HttpMessage message, string operation, CancellationToken cancellationToken)
    {
        try
        {
            await pipeline.SendAsync(message, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 0)
        {
            throw StorageErrors.Unreachable(ex, operation);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is RequestFailedException { Status: 0 }))
        {
            // Azure.Core's retry policy gathers the failed attempts; the last one says why the account is unreachable.
            throw StorageErrors.Unreachable((RequestFailedException)ex.InnerExceptions[^1], operation);
        }

        Response response = message.Response;
        return response.Status is >= 200 and < 300 ? response : throw StorageErrors.FromResponse(response, operation);
    }
}
