using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Orchestration.Api.Security;

/// <summary>Decides whether a request carries a key that opens a route. Keys compare in constant time.</summary>
public sealed class ApiKeys(IOptionsMonitor<ApiKeyOptions> options)
{
    /// <summary>The header that carries a key, as in Azure Functions.</summary>
    public const string HeaderName = "x-functions-key";

    /// <summary>The query parameter that carries a key, as in Azure Functions.</summary>
    public const string QueryName = "code";

    /// <summary>Gets the system key, for the URLs the API hands out (Durable Functions puts it in <c>code=</c>).</summary>
    public string? SystemKey => options.CurrentValue.SystemKey;

    /// <summary>Tells whether the request may use management and admin routes.</summary>
    /// <param name="context">The request.</param>
    /// <returns>True when allowed.</returns>
    public bool AllowsManagement(HttpContext context)
    {
        ApiKeyOptions current = options.CurrentValue;
        return current.TrustHostAuthorization || KeysOf(context).Any(key => Matches(key, current.SystemKey));
    }

    /// <summary>Tells whether the request may start runs of a workflow.</summary>
    /// <param name="context">The request.</param>
    /// <param name="workflowName">The workflow.</param>
    /// <returns>True when allowed.</returns>
    public bool AllowsStart(HttpContext context, string workflowName)
    {
        ApiKeyOptions current = options.CurrentValue;
        if (current.TrustHostAuthorization)
        {
            return true;
        }

        string? starterKey = current.StarterKeys.TryGetValue(workflowName, out string? own) ? own : current.DefaultStarterKey;
        return KeysOf(context).Any(key => Matches(key, current.SystemKey) || Matches(key, starterKey));
    }

    // A client may hold its own key in a header and follow a URL that carries the system key in code=; either opens.
    private static IEnumerable<string?> KeysOf(HttpContext context) =>
        [.. context.Request.Headers[HeaderName], .. context.Request.Query[QueryName]];

    // An unset key opens nothing: a missing setting must never mean "no key needed".
    private static bool Matches(string? presented, string? expected) =>
        !string.IsNullOrEmpty(presented) && !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
