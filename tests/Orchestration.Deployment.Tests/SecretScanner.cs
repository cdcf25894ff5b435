using System.Text.RegularExpressions;

namespace Orchestration.Deployment.Tests;

/// <summary>Finds credentials in text: storage account keys, keyed connection strings, private keys, SAS signatures, tokens.</summary>
internal static partial class SecretScanner
{
    // Azurite's account key is published in its documentation and protects nothing; it may appear (tests, docs).
    private const string AzuriteKeyStart = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq";

    private static readonly (string Kind, Regex Pattern)[] Patterns =
    [
        ("storage account key in a connection string", AccountKey()),
        ("private key", PrivateKey()),
        ("SAS signature", SasSignature()),
        ("GitHub token", GitHubToken()),
        ("Azure AD client secret", ClientSecret()),
        ("Slack token", SlackToken()),
        ("AWS access key id", AwsKey()),
    ];

    /// <summary>Scans text and names each finding (kind and line), never the secret itself.</summary>
    /// <param name="text">The file's text.</param>
    /// <returns>The findings.</returns>
    public static IEnumerable<string> Scan(string text)
    {
        foreach ((string kind, Regex pattern) in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (!match.Value.Contains(AzuriteKeyStart, StringComparison.Ordinal))
                {
                    yield return $"{kind} at line {text.AsSpan(0, match.Index).Count('\n') + 1}";
                }
            }
        }
    }

    [GeneratedRegex(@"AccountKey=[A-Za-z0-9+/]{40,}={0,2}", RegexOptions.IgnoreCase)]
    private static partial Regex AccountKey();

    [GeneratedRegex(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----")]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"[?&]sig=[A-Za-z0-9%+/]{30,}")]
    private static partial Regex SasSignature();

    [GeneratedRegex(@"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b|\bgithub_pat_[A-Za-z0-9_]{60,}")]
    private static partial Regex GitHubToken();

    [GeneratedRegex(@"\b[A-Za-z0-9_~.\-]{3}8Q~[A-Za-z0-9_~.\-]{31,34}\b")]
    private static partial Regex ClientSecret();

    [GeneratedRegex(@"\bxox[abprs]-[A-Za-z0-9-]{10,}")]
    private static partial Regex SlackToken();

    [GeneratedRegex(@"\bAKIA[0-9A-Z]{16}\b")]
    private static partial Regex AwsKey();
}
