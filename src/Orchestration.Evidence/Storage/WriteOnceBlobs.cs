using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Orchestration.Evidence.Storage;

/// <summary>
/// Write-once blobs: an upload only if no blob has the name (<c>If-None-Match: *</c>), so nothing the ledger wrote is
/// ever overwritten, and Azure can lock the container with an immutability policy.
/// </summary>
internal static class WriteOnceBlobs
{
    /// <summary>Uploads the content unless a blob has the name.</summary>
    /// <returns>Null when this call wrote it; otherwise the content already stored, for the caller to compare.</returns>
    public static async Task<BlobDownloadResult?> UploadOnceAsync(
        this BlobContainerClient container, string name, BinaryData content, string contentType, CancellationToken cancellationToken)
    {
        BlobClient blob = container.GetBlobClient(name);
        BlobUploadOptions upload = new()
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
        };
        try
        {
            await blob.UploadAsync(content, upload, cancellationToken);
            return null;
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.BlobAlreadyExists || ex.ErrorCode == BlobErrorCode.ConditionNotMet)
        {
            // 409 BlobAlreadyExists from one Put Blob, 412 ConditionNotMet from a block list commit: it was written before.
            BlobDownloadResult? stored = await container.DownloadOrNullAsync(name, cancellationToken);
            if (stored is null)
            {
                // Gone since the refusal (deleted by hand or by a lifecycle rule): report the refusal as it came.
                throw;
            }

            return stored;
        }
    }

    /// <summary>Reads a blob.</summary>
    /// <returns>The content and its properties, or null when the blob or its container does not exist.</returns>
    public static async Task<BlobDownloadResult?> DownloadOrNullAsync(
        this BlobContainerClient container, string name, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
