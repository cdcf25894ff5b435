using System.Text;
using System.Web;
using Azure.Core;
using Azure.Core.Pipeline;
using Orchestration.Evidence.Rest;

namespace Orchestration.Evidence.Blobs;

/// <summary>
/// Signs Blob requests with SharedKey: the verb, the standard headers in their fixed order, every <c>x-ms-*</c>
/// header (lower-cased, sorted) and the canonicalized resource with its query parameters. The headers are read at
/// signing time because Azure.Core's per-call policies add <c>x-ms-client-request-id</c> before this runs.
/// </summary>
internal sealed class BlobSharedKeyPolicy(StorageAccount account) : HttpPipelineSynchronousPolicy
{
    private static readonly string[] StandardHeaders =
    [
        "Content-Encoding", "Content-Language", "Content-Length", "Content-MD5", "Content-Type", "Date",
        "If-Modified-Since", "If-Match", "If-None-Match", "If-Unmodified-Since", "Range",
    ];

    private readonly SharedKeySigner signer = new(account);

    public override void OnSendingRequest(HttpMessage message)
    {
        StringBuilder text = new();
        text.Append(message.Request.Method.Method).Append('\n');
        foreach (string name in StandardHeaders)
        {
            text.Append(name == "Content-Length" ? ContentLength(message) : SharedKeySigner.Header(message, name)).Append('\n');
        }

        foreach (HttpHeader header in message.Request.Headers
            .Where(h => h.Name.StartsWith("x-ms-", StringComparison.OrdinalIgnoreCase))
            .OrderBy(h => h.Name.ToLowerInvariant(), StringComparer.Ordinal))
        {
            text.Append(header.Name.ToLowerInvariant()).Append(':').Append(header.Value.Trim()).Append('\n');
        }

        Uri uri = message.Request.Uri.ToUri();
        text.Append('/').Append(signer.AccountName).Append(uri.AbsolutePath);
        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (string name in query.AllKeys.OfType<string>().OrderBy(k => k.ToLowerInvariant(), StringComparer.Ordinal))
        {
            string[] values = query.GetValues(name) ?? [];
            Array.Sort(values, StringComparer.Ordinal);
            text.Append('\n').Append(name.ToLowerInvariant()).Append(':').Append(string.Join(',', values));
        }

        signer.Sign(message, "SharedKey", text.ToString());
    }

    private static string ContentLength(HttpMessage message) =>
        message.Request.Content is { } content && content.TryComputeLength(out long length) && length > 0
            ? length.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Empty;
}
