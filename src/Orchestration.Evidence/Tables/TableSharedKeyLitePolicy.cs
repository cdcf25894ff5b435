using Azure.Core;
using Azure.Core.Pipeline;
using Orchestration.Evidence.Rest;

namespace Orchestration.Evidence.Tables;

/// <summary>
/// Signs Table requests with SharedKeyLite, as Azure.Data.Tables does: the string to sign is the <c>x-ms-date</c>
/// value, a newline, and "/" + account + the encoded path, plus <c>?comp=</c> when that parameter is present.
/// </summary>
internal sealed class TableSharedKeyLitePolicy(StorageAccount account) : HttpPipelineSynchronousPolicy
{
    private readonly SharedKeySigner signer = new(account);

    public override void OnSendingRequest(HttpMessage message)
    {
        Uri uri = message.Request.Uri.ToUri();
        string resource = "/" + signer.AccountName + uri.AbsolutePath;
        string? comp = System.Web.HttpUtility.ParseQueryString(uri.Query)["comp"];
        if (comp is not null)
        {
            resource += "?comp=" + comp;
        }

        signer.Sign(message, "SharedKeyLite", SharedKeySigner.Header(message, "x-ms-date") + "\n" + resource);
    }
}
