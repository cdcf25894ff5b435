namespace Orchestration.Evidence.Rest;

/// <summary>
/// A Table or Blob request the service refused, with its facts: status, the service's error code (see
/// <see cref="StorageErrorCodes"/>) and, for an entity-group batch, the 0-based index of the operation that failed.
/// Catch a leaf to handle one kind of failure.
/// </summary>
public abstract class StorageRequestException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="StorageRequestException"/> class.</summary>
    /// <param name="failure">The facts of the failure.</param>
    /// <param name="innerException">What the transport threw, when anything.</param>
    protected StorageRequestException(StorageFailure failure, Exception? innerException = null)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Describe(), innerException)
    {
        Status = failure.Status;
        ErrorCode = failure.ErrorCode;
        FailedOperationIndex = failure.FailedOperationIndex;
    }

    /// <summary>Gets the HTTP status, or 0 when no response arrived.</summary>
    public int Status { get; }

    /// <summary>Gets the service's error code, e.g. <c>EntityAlreadyExists</c>; empty when none was sent.</summary>
    public string ErrorCode { get; }

    /// <summary>Gets the failing operation's index within a batch, when the failure came from a batch.</summary>
    public int? FailedOperationIndex { get; }
}

/// <summary>The facts of a failed storage request.</summary>
/// <param name="Status">The HTTP status, 0 when no response arrived.</param>
/// <param name="ErrorCode">The service's error code.</param>
/// <param name="Message">The service's message, or the transport's.</param>
/// <param name="Operation">What was attempted, e.g. <c>insert entity into 'evidence'</c>.</param>
/// <param name="FailedOperationIndex">The failing batch operation, when a batch failed.</param>
public sealed record StorageFailure(int Status, string ErrorCode, string Message, string Operation, int? FailedOperationIndex = null)
{
    /// <summary>Describes the failure in one sentence.</summary>
    /// <returns>The sentence.</returns>
    public string Describe() =>
        Status == 0
            ? $"Storage could not be reached to {Operation}: {Message}"
            : $"Storage refused to {Operation}: {Status} {ErrorCode}"
              + (FailedOperationIndex is int index ? $" at batch operation {index}" : string.Empty) + $". {Message}";
}

/// <summary>409: the entity, table, container or blob already exists (or a lease or state conflict).</summary>
/// <param name="failure">The facts.</param>
public sealed class StorageConflictException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>404: the table, entity, container or blob does not exist.</summary>
/// <param name="failure">The facts.</param>
public sealed class StorageNotFoundException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>412: an ETag or append-position condition did not hold.</summary>
/// <param name="failure">The facts.</param>
public sealed class StoragePreconditionFailedException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>400, 413, 415: the request was malformed or too large (bad key, property too large, bad filter).</summary>
/// <param name="failure">The facts.</param>
public sealed class StorageBadRequestException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>401, 403: the signature or token was refused.</summary>
/// <param name="failure">The facts.</param>
public sealed class StorageAuthorizationException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>5xx or another status, after the pipeline's retries.</summary>
/// <param name="failure">The facts.</param>
public sealed class StorageServiceException(StorageFailure failure) : StorageRequestException(failure);

/// <summary>No response: the account could not be reached (refused connection, DNS, timeout) after the retries.</summary>
/// <param name="failure">The facts.</param>
/// <param name="innerException">The transport's exception.</param>
public sealed class StorageUnavailableException(StorageFailure failure, Exception innerException)
    : StorageRequestException(failure, innerException);
