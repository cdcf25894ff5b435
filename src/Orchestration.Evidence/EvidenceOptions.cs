namespace Orchestration.Evidence;

/// <summary>
/// The ledger's settings, bound from the <c>Evidence</c> configuration section. <c>Evidence:Store</c> chooses the
/// store: <c>Local</c> (default: one SQLite file, no server needed) or <c>Table</c> (Azure Table and Blob Storage, or
/// Azurite, through the Azure SDK's clients) reached through <c>Evidence:ConnectionString</c> (account key, or Azurite)
/// or <c>Evidence:TableEndpoint</c> and <c>Evidence:BlobEndpoint</c> (Entra ID through Azure.Identity: the managed
/// identity <c>Evidence:ManagedIdentityClientId</c> names, else <c>DefaultAzureCredential</c>).
/// </summary>
public sealed class EvidenceOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Evidence";

    /// <summary>Gets or sets which store holds the ledger. Default <see cref="EvidenceStoreKind.Local"/>.</summary>
    public EvidenceStoreKind Store { get; set; } = EvidenceStoreKind.Local;

    /// <summary>
    /// Gets or sets the SQLite file of the local store. Default <c>evidence.db</c> under the user's local application
    /// data folder, in <c>OrchestrationFunctions</c>.
    /// </summary>
    public string? LocalPath { get; set; }

    /// <summary>Gets or sets a storage connection string (account key, or <c>UseDevelopmentStorage=true</c> for Azurite).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the Table endpoint for managed identity, e.g. <c>https://acct.table.core.windows.net</c>.</summary>
    public Uri? TableEndpoint { get; set; }

    /// <summary>Gets or sets the Blob endpoint for managed identity, e.g. <c>https://acct.blob.core.windows.net</c>.</summary>
    public Uri? BlobEndpoint { get; set; }

    /// <summary>
    /// Gets or sets the client id of the user-assigned managed identity the endpoints are reached with; null for
    /// <c>DefaultAzureCredential</c> (the system-assigned identity in Azure, a developer's sign-in elsewhere).
    /// </summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Gets or sets the records table. Default <c>evidence</c>.</summary>
    public string TableName { get; set; } = "evidence";

    /// <summary>Gets or sets the payload container. Default <c>evidence-payloads</c>.</summary>
    public string PayloadContainer { get; set; } = "evidence-payloads";

    /// <summary>Gets or sets the seal container; lock it with an immutability policy in Azure. Default <c>evidence-seals</c>.</summary>
    public string SealContainer { get; set; } = "evidence-seals";

    /// <summary>Gets or sets how often the Azure SDK's clients retry a transient storage failure. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Gets or sets the first retry delay, doubled for each further retry. Default 0.8 s.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(0.8);

    /// <summary>Gets or sets how long one storage request may take. Default 100 s.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets the local store's file: <see cref="LocalPath"/> or the default.</summary>
    /// <returns>The path.</returns>
    public string ResolveLocalPath() => LocalPath ?? Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "OrchestrationFunctions", "evidence.db");
}

/// <summary>The stores the ledger can live in.</summary>
public enum EvidenceStoreKind
{
    /// <summary>One local SQLite file.</summary>
    Local,

    /// <summary>Azure Table and Blob Storage, or Azurite.</summary>
    Table,
}
