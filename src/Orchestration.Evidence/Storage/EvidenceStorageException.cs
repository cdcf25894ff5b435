using Azure;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// Azure Storage could not be reached, or refused a request of the ledger, after the Azure SDK's own retries: the
/// store cannot be used now. The message names what the ledger was doing; <see cref="Exception.InnerException"/> is
/// the SDK's exception. A conflict with what is already written is <see cref="EvidenceConflictException"/> instead.
/// </summary>
public sealed class EvidenceStorageException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="EvidenceStorageException"/> class.</summary>
    /// <param name="operation">What the ledger was doing, e.g. <c>read run 'r1' from table 'evidence'</c>.</param>
    /// <param name="failure">The SDK's exception for the last attempt.</param>
    /// <param name="innerException">What the SDK threw: <paramref name="failure"/>, or the retries' aggregate.</param>
    public EvidenceStorageException(string operation, RequestFailedException failure, Exception innerException)
        : base(Describe(operation, failure ?? throw new ArgumentNullException(nameof(failure))), innerException)
    {
        Status = failure.Status;
        ErrorCode = CodeOf(failure);
    }

    /// <summary>Gets the HTTP status, or 0 when no response arrived (refused connection, DNS, timeout).</summary>
    public int Status { get; }

    /// <summary>Gets the service's error code, e.g. <c>AuthorizationFailure</c>; null when none was sent.</summary>
    public string? ErrorCode { get; }

    /// <summary>
    /// Turns what the SDK threw into this exception: a <see cref="RequestFailedException"/>, or the
    /// <see cref="AggregateException"/> its retry policy throws when every attempt failed in transport.
    /// </summary>
    /// <param name="operation">What the ledger was doing.</param>
    /// <param name="exception">What the SDK threw.</param>
    /// <returns>The exception, or null when <paramref name="exception"/> is not a storage failure.</returns>
    internal static EvidenceStorageException? From(string operation, Exception exception) => exception switch
    {
        RequestFailedException failure => new(operation, failure, failure),
        AggregateException { InnerExceptions: [.., RequestFailedException last] } all
            when all.InnerExceptions.All(e => e is RequestFailedException) => new(operation, last, all),
        _ => null,
    };

    // The SDK's message spans the response's content and headers; the log keeps it as the inner exception.
    private static string Describe(string operation, RequestFailedException failure) =>
        failure.Status == 0
            ? $"Evidence storage could not be reached to {operation}: {(failure.InnerException ?? failure).Message}"
            : $"Evidence storage refused to {operation}: {failure.Status} {CodeOf(failure)} ({failure.GetRawResponse()?.ReasonPhrase}).";

    // The Tables client reads the code from a JSON error body; Azurite's Table service answers some refusals in XML,
    // so the header the service always sends is the fallback.
    private static string? CodeOf(RequestFailedException failure) =>
        failure.ErrorCode
        ?? (failure.GetRawResponse() is { } response && response.Headers.TryGetValue("x-ms-error-code", out string? code) ? code : null);
}
