using Azure.Core;

namespace Orchestration.Evidence.Rest;

/// <summary>
/// Pipeline options of the Table and Blob clients. Retries come from Azure.Core's retry policy: 408, 429, 500, 502,
/// 503, 504 and transport failures are retried with exponential back-off (defaults: 3 retries, 0.8 s first delay).
/// </summary>
public sealed class StorageClientOptions : ClientOptions
{
    /// <summary>The Table service version sent as <c>x-ms-version</c>.</summary>
    public const string TableServiceVersion = "2020-12-06";

    /// <summary>The Blob service version sent as <c>x-ms-version</c>.</summary>
    public const string BlobServiceVersion = "2024-11-04";

    /// <summary>Gets or sets the clock that dates requests (<c>x-ms-date</c>). Default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
