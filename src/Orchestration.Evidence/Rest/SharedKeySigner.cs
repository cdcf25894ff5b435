using System.Security.Cryptography;
using System.Text;
using Azure.Core;

namespace Orchestration.Evidence.Rest;

/// <summary>Computes shared-key signatures: Base64(HMAC-SHA256(account key, UTF-8 string to sign)).</summary>
internal sealed class SharedKeySigner(StorageAccount account)
{
    private readonly byte[] key = Convert.FromBase64String(account.Key ?? throw new ArgumentException("The account has no key.", nameof(account)));

    public string AccountName => account.Name;

    public void Sign(HttpMessage message, string scheme, string stringToSign)
    {
        string signature = Convert.ToBase64String(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        message.Request.Headers.SetValue("Authorization", $"{scheme} {account.Name}:{signature}");
    }

    public static string Header(HttpMessage message, string name) =>
        message.Request.Headers.TryGetValue(name, out string? value) ? value : string.Empty;
}
