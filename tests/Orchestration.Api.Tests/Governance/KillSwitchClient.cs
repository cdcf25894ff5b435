using System.Net.Http.Json;
using Orchestration.Api.Governance;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Governance;

/// <summary>Flips kill switches through the API as a compliance officer does: system key, <c>x-actor</c>, a JSON body.</summary>
public static class KillSwitchClient
{
    public const string Path = "/api/governance/kill-switches";
    public const string Actor = "compliance@contoso.example";

    public static Task<HttpResponseMessage> EngageAsync(DevServerFactory server, string workflow, bool suspendRunning = false) =>
        PostAsync(server, new { action = "engage", scope = "workflow", target = workflow, reason = "supplier fraud alert", suspendRunning });

    public static Task<HttpResponseMessage> ReleaseAsync(DevServerFactory server, string workflow) =>
        PostAsync(server, new { action = "release", scope = "workflow", target = workflow, reason = "alert cleared" });

    public static async Task<HttpResponseMessage> PostAsync(DevServerFactory server, object body, string? actor = Actor)
    {
        using HttpClient client = server.CreateSystemClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Add(GovernanceHandlers.ActorHeader, actor);
        }

        return await client.PostAsJsonAsync(Path, body);
    }
}
