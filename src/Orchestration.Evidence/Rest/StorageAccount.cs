namespace Orchestration.Evidence.Rest;

/// <summary>
/// Where a storage account answers and how to sign for it: parsed from a connection string (account key, for Azurite
/// and keyed accounts) or given as endpoints alone (Entra ID tokens, for managed identity in Azure).
/// </summary>
public sealed class StorageAccount
{
    /// <summary>The Azurite account's well-known name.</summary>
    public const string DevelopmentAccountName = "devstoreaccount1";

    /// <summary>The Azurite account's well-known key, published in Azurite's README; it protects nothing.</summary>
    public const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private StorageAccount(string name, string? key, Uri tableEndpoint, Uri blobEndpoint)
    {
        Name = name;
        Key = key;
        TableEndpoint = tableEndpoint;
        BlobEndpoint = blobEndpoint;
    }

    /// <summary>Gets the account name.</summary>
    public string Name { get; }

    /// <summary>Gets the base64 account key, or null when requests carry Entra ID tokens.</summary>
    public string? Key { get; }

    /// <summary>Gets the Table service endpoint (with the account in the path for Azurite).</summary>
    public Uri TableEndpoint { get; }

    /// <summary>Gets the Blob service endpoint.</summary>
    public Uri BlobEndpoint { get; }

    /// <summary>Parses an Azure Storage connection string, including <c>UseDevelopmentStorage=true</c>.</summary>
    /// <param name="connectionString">The connection string.</param>
    /// <returns>The account.</returns>
    /// <exception cref="FormatException">A required part is missing or malformed.</exception>
    public static StorageAccount Parse(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        Dictionary<string, string> parts = new(StringComparer.OrdinalIgnoreCase);
        foreach (string part in connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"The storage connection string has a part without '=': '{part.Split('=')[0]}'.");
            }

            parts[part[..equals]] = part[(equals + 1)..];
        }

        if (parts.TryGetValue("UseDevelopmentStorage", out string? dev) && bool.TryParse(dev, out bool useDev) && useDev)
        {
            return ForAzurite(new Uri("http://127.0.0.1:10002"), new Uri("http://127.0.0.1:10000"));
        }

        string name = Required(parts, "AccountName");
        string key = Required(parts, "AccountKey");
        string scheme = parts.GetValueOrDefault("DefaultEndpointsProtocol", "https");
        string suffix = parts.GetValueOrDefault("EndpointSuffix", "core.windows.net");
        Uri table = Endpoint(parts, "TableEndpoint") ?? new Uri($"{scheme}://{name}.table.{suffix}");
        Uri blob = Endpoint(parts, "BlobEndpoint") ?? new Uri($"{scheme}://{name}.blob.{suffix}");
        return new StorageAccount(name, key, table, blob);
    }

    /// <summary>The Azurite development account on the given service roots (path-style: the account is appended).</summary>
    /// <param name="tableRoot">The Table service root, e.g. <c>http://127.0.0.1:10002</c>.</param>
    /// <param name="blobRoot">The Blob service root, e.g. <c>http://127.0.0.1:10000</c>.</param>
    /// <returns>The account.</returns>
    public static StorageAccount ForAzurite(Uri tableRoot, Uri blobRoot)
    {
        ArgumentNullException.ThrowIfNull(tableRoot);
        ArgumentNullException.ThrowIfNull(blobRoot);
        return new StorageAccount(
            DevelopmentAccountName,
            DevelopmentAccountKey,
            new Uri(tableRoot.AbsoluteUri.TrimEnd('/') + "/" + DevelopmentAccountName),
            new Uri(blobRoot.AbsoluteUri.TrimEnd('/') + "/" + DevelopmentAccountName));
    }

    /// <summary>An account reached with Entra ID tokens (managed identity): endpoints only, no key.</summary>
    /// <param name="tableEndpoint">The Table endpoint, e.g. <c>https://acct.table.core.windows.net</c>.</param>
    /// <param name="blobEndpoint">The Blob endpoint, e.g. <c>https://acct.blob.core.windows.net</c>.</param>
    /// <returns>The account.</returns>
    public static StorageAccount ForTokenCredential(Uri tableEndpoint, Uri blobEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        return new StorageAccount(tableEndpoint.Host.Split('.')[0], null, tableEndpoint, blobEndpoint);
    }

    /// <summary>Creates a connection string for this account when it has a key (for tools and child processes).</summary>
    /// <returns>The connection string.</returns>
    public string ToConnectionString() =>
        $"AccountName={Name};AccountKey={Key};TableEndpoint={TableEndpoint};BlobEndpoint={BlobEndpoint};";

    private static string Required(Dictionary<string, string> parts, string name) =>
        parts.TryGetValue(name, out string? value) && value.Length > 0
            ? value
            : throw new FormatException($"The storage connection string has no {name}.");

    private static Uri? Endpoint(Dictionary<string, string> parts, string name) =>
        !parts.TryGetValue(name, out string? value) ? null
        : Uri.TryCreate(value, UriKind.Absolute, out Uri? uri) ? uri
        : throw new FormatException($"The storage connection string's {name} is not an absolute URI.");
}
