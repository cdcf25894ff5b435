using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Orchestration.Evidence.Rest;

/// <summary>Builds the Azure.Core pipeline a storage client sends through: retries, dating, then authentication.</summary>
internal static class StoragePipeline
{
    /// <summary>The Entra ID scope of Azure Storage.</summary>
    public const string TokenScope = "https://storage.azure.com/.default";

    public static HttpPipeline Build(
        StorageClientOptions options,
        StorageAccount account,
        TokenCredential? credential,
        Func<StorageAccount, HttpPipelinePolicy> sharedKey)
    {
        HttpPipelinePolicy authentication =
            account.Key is not null ? sharedKey(account)
            : credential is not null ? new BearerTokenAuthenticationPolicy(credential, TokenScope)
            : throw new ArgumentException($"Storage account '{account.Name}' has no key; pass a token credential.", nameof(credential));

        // Per-retry policies: a retried request must be dated and signed again.
        return HttpPipelineBuilder.Build(options, new DatePolicy(options.TimeProvider), authentication);
    }

    private sealed class DatePolicy(TimeProvider time) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) =>
            message.Request.Headers.SetValue("x-ms-date", time.GetUtcNow().ToString("R", CultureInfo.InvariantCulture));
    }
}
