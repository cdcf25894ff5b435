using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace Orchestration.Evidence.Storage;

/// <summary>Creates the store <see cref="EvidenceOptions"/> describe.</summary>
public static class EvidenceStoreFactory
{
    /// <summary>Creates the store.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">The settings name no reachable store.</exception>
    public static IEvidenceStore Create(EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Store == EvidenceStoreKind.Local ? SqliteEvidenceStore.Open(options.ResolveLocalPath()) : CreateTableStore(options);
    }

    /// <summary>
    /// Creates the Table and Blob store: from <see cref="EvidenceOptions.ConnectionString"/> (account key, or Azurite),
    /// or from the two endpoints with an Entra ID credential (the user-assigned managed identity whose client id the
    /// settings name, or <see cref="DefaultAzureCredential"/>). The clients retry as the settings say.
    /// </summary>
    /// <param name="options">The settings.</param>
    /// <returns>The store.</returns>
    /// <exception cref="InvalidOperationException">Neither a connection string nor both endpoints are set.</exception>
    public static TableEvidenceStore CreateTableStore(EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        TableClientOptions tableOptions = WithRetries(new TableClientOptions(), options);
        BlobClientOptions blobOptions = WithRetries(new BlobClientOptions(), options);
        TableEvidenceStoreNames names = new(options.TableName, options.PayloadContainer, options.SealContainer);
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableEvidenceStore(
                new TableServiceClient(options.ConnectionString, tableOptions), new BlobServiceClient(options.ConnectionString, blobOptions), names);
        }

        if (options.TableEndpoint is not null && options.BlobEndpoint is not null)
        {
            TokenCredential credential = Credential(options.ManagedIdentityClientId);
            return new TableEvidenceStore(
                new TableServiceClient(options.TableEndpoint, credential, tableOptions), new BlobServiceClient(options.BlobEndpoint, credential, blobOptions), names);
        }

        throw new InvalidOperationException(
            $"{EvidenceOptions.SectionName}:Store is Table, but neither {EvidenceOptions.SectionName}:ConnectionString nor both "
            + $"{EvidenceOptions.SectionName}:TableEndpoint and {EvidenceOptions.SectionName}:BlobEndpoint are set.");
    }

    // In Azure the infra names the app's user-assigned identity: ask it alone, without probing the whole credential chain.
    private static TokenCredential Credential(string? managedIdentityClientId) =>
        string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));

    private static TOptions WithRetries<TOptions>(TOptions client, EvidenceOptions options)
        where TOptions : ClientOptions
    {
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        return client;
    }
}
