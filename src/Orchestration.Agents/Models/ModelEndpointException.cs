using System.ClientModel;
using System.Text.Json;

namespace Orchestration.Agents.Models;

/// <summary>
/// The model endpoint failed (throttled, a server error, a timeout, no connection, a body that is no chat completion):
/// not an answer to refuse but a failure for the activity's retry policy, so each attempt is in the run's history. The
/// message names the status and never the endpoint's body, which may echo a key.
/// </summary>
public sealed class ModelEndpointException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ModelEndpointException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="statusCode">The HTTP status, or null when no response came.</param>
    /// <param name="innerException">The cause, when it holds no secret.</param>
    public ModelEndpointException(string message, int? statusCode, Exception? innerException = null)
        : base(message, innerException) => StatusCode = statusCode;

    /// <summary>Initializes a new instance of the <see cref="ModelEndpointException"/> class.</summary>
    public ModelEndpointException()
        : this("The model endpoint failed.", statusCode: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelEndpointException"/> class.</summary>
    /// <param name="message">What failed.</param>
    public ModelEndpointException(string message)
        : this(message, statusCode: null)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ModelEndpointException"/> class.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ModelEndpointException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }

    /// <summary>Gets the HTTP status the endpoint answered with, or null when no response came (a timeout, no connection).</summary>
    public int? StatusCode { get; }

    /// <summary>Gets a value indicating whether another attempt may succeed (no response, 408, 429, 5xx, a broken body).</summary>
    public bool IsTransient => StatusCode is null or 200 or 408 or 429 or >= 500;

    /// <summary>Translates what the chat pipeline threw into an endpoint failure.</summary>
    /// <param name="exception">The exception.</param>
    /// <param name="timeout">The configured timeout, for the message.</param>
    /// <param name="cancellationToken">The caller's token: a cancellation the caller asked for stays a cancellation.</param>
    /// <returns>The endpoint failure, or null when the exception is not one.</returns>
    public static ModelEndpointException? From(Exception exception, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            OperationCanceledException when cancellationToken.IsCancellationRequested => null,
            OperationCanceledException or TimeoutException => new($"The model endpoint did not answer within {timeout.TotalSeconds:0.#} s.", null, exception),
            ClientResultException { Status: 0 } failure => new("The model endpoint could not be reached.", null, failure.InnerException),

            // The body is left out on purpose: an endpoint's error may echo (part of) the key it was sent.
            ClientResultException failure => new($"The model endpoint answered HTTP {failure.Status}.", failure.Status),
            HttpRequestException failure => new("The model endpoint could not be reached.", (int?)failure.StatusCode, failure),
            JsonException or FormatException or KeyNotFoundException => new("The model endpoint's response is not a chat completion.", 200, exception),
            _ => null,
        };
    }
}
