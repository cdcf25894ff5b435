namespace Orchestration.Deployment.Tests;

public sealed class SecretScanTests
{
    // Built from parts so that this file itself holds no match.
    private static readonly string FakeAccountKey = "AccountKey=" + new string('k', 43) + "A==";
    private static readonly string PrivateKeyHeader = "-----BEGIN " + "PRIVATE KEY-----";
    private static readonly string AzuriteConnection =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey="
        + "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    [Fact]
    public void Scan_KeyedConnectionString_IsFound()
    {
        string finding = Assert.Single(SecretScanner.Scan($"a\n\"AzureWebJobsStorage\": \"DefaultEndpointsProtocol=https;AccountName=x;{FakeAccountKey}\""));

        Assert.Equal("storage account key in a connection string at line 2", finding);
    }

    [Fact]
    public void Scan_PrivateKey_IsFound()
    {
        Assert.Single(SecretScanner.Scan($"{PrivateKeyHeader}\nMIIE..."));
    }

    [Fact]
    public void Scan_SasUrl_IsFound()
    {
        Assert.Single(SecretScanner.Scan("https://st.blob.core.windows.net/c/b?sv=2024-11-04&sr=b&" + "sig=" + new string('A', 43) + "%3D"));
    }

    [Fact]
    public void Scan_GitHubToken_IsFound()
    {
        Assert.Single(SecretScanner.Scan("token: " + "ghp" + "_" + new string('a', 36)));
    }

    [Fact]
    public void Scan_AzuriteWellKnownKey_IsAllowed()
    {
        Assert.Empty(SecretScanner.Scan(AzuriteConnection));
    }

    [Fact]
    public void Scan_KeyVaultReferenceAndIdentitySettings_AreNotSecrets()
    {
        Assert.Empty(SecretScanner.Scan("Approvals__SigningKey: '@Microsoft.KeyVault(VaultName=kv;SecretName=approval-signing-key)'\nAzureWebJobsStorage__credential: 'managedidentity'"));
    }

    [Fact]
    public void Repository_CommitsNoSecret()
    {
        string[] findings = [.. Repository.TrackedFiles()
            .Where(path => new FileInfo(path).Length < 2_000_000 && !IsBinary(path))
            .SelectMany(path => SecretScanner.Scan(File.ReadAllText(path)).Select(finding => $"{Path.GetRelativePath(Repository.Root, path)}: {finding}"))];

        Assert.True(findings.Length == 0, string.Join("\n", findings));
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[512];
        using FileStream stream = File.OpenRead(path);
        int read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }
}
