using Azure.Core;
using Azure.Identity;
using Orchestration.Evidence.Blobs;
using Orchestration.Evidence.Rest;
using Orchestration.Evidence.Tables;

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

    /// <summary>Creates the Table and Blob store.</summary>
    /// <param name="options">The settings.</param>
    /// <returns>The store.</returns>
    public static TableEvidenceStore CreateTableStore(EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (StorageAccount account, TokenCredential? credential) = Account(options);
        StorageClientOptions clientOptions = ClientOptions(options);
        return new TableEvidenceStore(
            new TableRestClient(account, clientOptions, credential),
            new BlobRestClient(account, clientOptions, credential),
            new TableEvidenceStoreNames(options.TableName, options.PayloadContainer, options.SealContainer));
    }

    private static (StorageAccount Account, TokenCredential? Credential) Account(EvidenceOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return (StorageAccount.Parse(options.ConnectionString), null);
        }

        if (options.TableEndpoint is not null && options.BlobEndpoint is not null)
        {
            DefaultAzureCredential credential = new(new DefaultAzureCredentialOptions { ManagedIdentityClientId = options.ManagedIdentityClientId });
            return (StorageAccount.ForTokenCredential(options.TableEndpoint, options.BlobEndpoint), credential);
        }

        throw new InvalidOperationException(
            $"{EvidenceOptions.SectionName}:Store is Table, but neither {EvidenceOptions.SectionName}:ConnectionString nor both "
            + $"{EvidenceOptions.SectionName}:TableEndpoint and {EvidenceOptions.SectionName}:BlobEndpoint are set.");
    }

    private static StorageClientOptions ClientOptions(EvidenceOptions options)
    {
        StorageClientOptions client = new();
        client.Retry.MaxRetries = options.MaxRetries;
        client.Retry.Delay = options.RetryDelay;
        client.Retry.Mode = RetryMode.Exponential;
        client.Retry.NetworkTimeout = options.NetworkTimeout;
        return client;
    }
}
