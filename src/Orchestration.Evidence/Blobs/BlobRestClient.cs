using Azure.Core;
using Azure.Core.Pipeline;
using Orchestration.Evidence.Rest;

namespace Orchestration.Evidence.Blobs;

/// <summary>
/// A Blob Storage client over Azure.Core's pipeline for write-once content: create a container, put a block blob
/// only if absent (<c>If-None-Match: *</c>), read a blob. Azure can then lock the container with an immutability
/// policy; the client never overwrites or deletes.
/// </summary>
public sealed class BlobRestClient
{
    private readonly HttpPipeline pipeline;
    private readonly string endpoint;

    /// <summary>Initializes a new instance of the <see cref="BlobRestClient"/> class.</summary>
    /// <param name="account">The account: a keyed account signs with SharedKey, a keyless one uses <paramref name="credential"/>.</param>
    /// <param name="options">Retry and transport options; null for defaults.</param>
    /// <param name="credential">The Entra ID credential for a keyless account (managed identity).</param>
    public BlobRestClient(StorageAccount account, StorageClientOptions? options = null, TokenCredential? credential = null)
    {
        ArgumentNullException.ThrowIfNull(account);
        endpoint = account.BlobEndpoint.AbsoluteUri.TrimEnd('/');
        pipeline = StoragePipeline.Build(options ?? new StorageClientOptions(), account, credential, a => new BlobSharedKeyPolicy(a));
    }

    /// <summary>Creates a container unless it exists.</summary>
    /// <param name="container">The container name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when this call created it.</returns>
    public async Task<bool> CreateContainerIfNotExistsAsync(string container, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = Create(RequestMethod.Put, "/" + container + "?restype=container");
        try
        {
            await pipeline.SendOrThrowAsync(message, $"create container '{container}'", cancellationToken);
            return true;
        }
        catch (StorageConflictException ex) when (ex.ErrorCode == StorageErrorCodes.ContainerAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Writes a block blob only if no blob has that name: write-once.</summary>
    /// <param name="container">The container.</param>
    /// <param name="name">The blob name.</param>
    /// <param name="content">The content.</param>
    /// <param name="contentType">The media type.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>True when written; false when the blob already existed (its content is unchanged).</returns>
    public async Task<bool> UploadIfAbsentAsync(
        string container, string name, BinaryData content, string contentType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using HttpMessage message = Create(RequestMethod.Put, BlobPath(container, name));
        message.Request.Headers.SetValue("x-ms-blob-type", "BlockBlob");
        message.Request.Headers.SetValue("If-None-Match", "*");
        message.Request.Headers.SetValue("Content-Type", contentType);
        message.Request.Content = RequestContent.Create(content);
        try
        {
            await pipeline.SendOrThrowAsync(message, $"write blob '{container}/{name}'", cancellationToken);
            return true;
        }
        catch (StorageConflictException ex) when (ex.ErrorCode == StorageErrorCodes.BlobAlreadyExists)
        {
            return false;
        }
    }

    /// <summary>Reads a blob.</summary>
    /// <param name="container">The container.</param>
    /// <param name="name">The blob name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The content, or null when the blob or its container does not exist.</returns>
    public async Task<BinaryData?> DownloadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        using HttpMessage message = Create(RequestMethod.Get, BlobPath(container, name));
        try
        {
            return (await pipeline.SendOrThrowAsync(message, $"read blob '{container}/{name}'", cancellationToken)).Content;
        }
        catch (StorageNotFoundException)
        {
            return null;
        }
    }

    // Blob names keep their '/' as virtual folders; each segment is percent-encoded.
    private static string BlobPath(string container, string name) =>
        "/" + container + "/" + string.Join('/', name.Split('/').Select(Uri.EscapeDataString));

    private HttpMessage Create(RequestMethod method, string pathAndQuery)
    {
        HttpMessage message = pipeline.CreateMessage();
        message.Request.Method = method;
        message.Request.Uri.Reset(new Uri(endpoint + pathAndQuery));
        message.Request.Headers.SetValue("x-ms-version", StorageClientOptions.BlobServiceVersion);
        return message;
    }
}
