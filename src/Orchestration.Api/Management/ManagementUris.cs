using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestration.Abstractions;
using Orchestration.Api.Security;

namespace Orchestration.Api.Management;

/// <summary>Builds the management URLs of a run from the request's own scheme and host, as the Durable Functions host does.</summary>
public static class ManagementUris
{
    /// <summary>The base path of Durable Functions' management API.</summary>
    public const string BasePath = "/runtime/webhooks/durabletask";

    /// <summary>
    /// Builds the payload a starter returns: from the runtime's own URLs when its client knows them (Durable
    /// Functions), else from the request's scheme and host, the configured task hub and the system key.
    /// </summary>
    /// <param name="context">The request that started the run.</param>
    /// <param name="client">The runtime's client.</param>
    /// <param name="instanceId">The run.</param>
    /// <returns>The payload.</returns>
    public static ManagementPayload For(HttpContext context, IWorkflowClient client, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (client is IManagementUriSource source)
        {
            Uri status = source.GetStatusQueryUri(instanceId);
            return Build(status.GetLeftPart(UriPartial.Path), status.Query.TrimStart('?'), instanceId);
        }

        string instance = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{BasePath}/instances/{Uri.EscapeDataString(instanceId)}";
        return Build(instance, QueryString(context.RequestServices), instanceId);
    }

    private static ManagementPayload Build(string instance, string query, string instanceId) =>
        new(
            instanceId,
            StatusQueryGetUri: $"{instance}?{query}",
            SendEventPostUri: $"{instance}/raiseEvent/{{eventName}}?{query}",
            TerminatePostUri: $"{instance}/terminate?reason={{text}}&{query}",
            PurgeHistoryDeleteUri: $"{instance}?{query}",
            RestartPostUri: $"{instance}/restart?{query}",
            SuspendPostUri: $"{instance}/suspend?reason={{text}}&{query}",
            ResumePostUri: $"{instance}/resume?reason={{text}}&{query}");

    // Durable Functions puts the system key in code= so that whoever starts a run can manage it; so do we.
    private static string QueryString(IServiceProvider services)
    {
        ManagementOptions options = services.GetRequiredService<IOptions<ManagementOptions>>().Value;
        string query = $"taskHub={Uri.EscapeDataString(options.TaskHub)}&connection={Uri.EscapeDataString(options.Connection)}";
        string? key = services.GetRequiredService<ApiKeys>().SystemKey;
        return string.IsNullOrEmpty(key) ? query : $"{query}&{ApiKeys.QueryName}={Uri.EscapeDataString(key)}";
    }
}
