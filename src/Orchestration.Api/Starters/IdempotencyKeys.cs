using System.Security.Cryptography;
using System.Text;

namespace Orchestration.Api.Starters;

/// <summary>
/// Turns an <c>Idempotency-Key</c> into the run's instance id. The run itself is then the record of the request: a
/// retry finds it (even after a restart) and gets the same answer; nothing else has to be stored.
/// </summary>
internal static class IdempotencyKeys
{
    public const string HeaderName = "Idempotency-Key";

    public const int MaxKeyLength = 256;

    public static string InstanceIdFor(string workflowName, string key)
    {
        byte[] digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{workflowName.ToUpperInvariant()}\n{key}"));
        return "idem-" + Convert.ToHexStringLower(digest.AsSpan(0, 16));
    }
}
