using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.EndToEnd;

public sealed class DevServerEndToEndTests
{
    [Fact]
    public async Task DevServerProcess_StartRaiseEventPoll_RunCompletesApprovedAndPosted()
    {
        await using DevServerProcess server = await DevServerProcess.StartAsync();
        using HttpClient business = StarterClient(server);
        JsonObject invoice = await InvoiceWorkflowAsync(server);

        using HttpResponseMessage started = await business.PostAsJsonAsync("/api/workflows/InvoiceApprovalWorkflow/e2e-invoice-1", invoice["sampleInput"]);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        JsonObject payload = (await started.Content.ReadFromJsonAsync<JsonObject>())!;

        string raise = ((string)payload["sendEventPostUri"]!).Replace("{eventName}", (string)invoice["events"]![0]!["name"]!, StringComparison.Ordinal);
        using HttpResponseMessage raised = await business.PostAsJsonAsync(raise, invoice["events"]![0]!["samplePayload"]);
        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);

        JsonObject status = await PollToCompletionAsync(business, (string)payload["statusQueryGetUri"]!);
        Assert.Equal("Completed", (string?)status["runtimeStatus"]);
        Assert.Equal(("Posted", "maria.lopez@contoso.example"), ((string?)status["output"]!["status"], (string?)status["output"]!["approvedBy"]));
    }

    [Fact]
    public async Task DevServerProcess_KilledAfterAcceptingARun_RunCompletesAfterRestart()
    {
        await using DevServerProcess first = await DevServerProcess.StartAsync();
        JsonObject invoice = await InvoiceWorkflowAsync(first);
        using (HttpClient before = StarterClient(first))
        {
            using HttpResponseMessage started = await before.PostAsJsonAsync("/api/workflows/InvoiceApprovalWorkflow/e2e-crash-1", invoice["sampleInput"]);
            Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        }

        await first.KillAsync();
        await using DevServerProcess second = await DevServerProcess.StartAsync(first.DataDirectory);
        using HttpClient after = StarterClient(second);
        using HttpResponseMessage raised = await after.PostAsJsonAsync(
            $"/runtime/webhooks/durabletask/instances/e2e-crash-1/raiseEvent/InvoiceApproval?code={second.SystemKey}", invoice["events"]![0]!["samplePayload"]);

        Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        JsonObject status = await PollToCompletionAsync(after, $"/runtime/webhooks/durabletask/instances/e2e-crash-1?code={second.SystemKey}");
        Assert.Equal("Completed", (string?)status["runtimeStatus"]);
    }

    private static HttpClient StarterClient(DevServerProcess server)
    {
        HttpClient client = new() { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Add("x-functions-key", server.StarterKey);
        return client;
    }

    private static async Task<JsonObject> InvoiceWorkflowAsync(DevServerProcess server) =>
        (await ReadCatalogAsync(server))["workflows"]!.AsArray().Select(w => w!.AsObject()).Single(w => (string?)w["name"] == "InvoiceApprovalWorkflow");

    private static async Task<JsonObject> ReadCatalogAsync(DevServerProcess server)
    {
        using HttpClient admin = new() { BaseAddress = server.BaseAddress };
        admin.DefaultRequestHeaders.Add("x-functions-key", server.SystemKey);
        return (await admin.GetFromJsonAsync<JsonObject>("/api/workflows"))!;
    }

    // As a Durable Functions client does: GET the status URL while it answers 202, waiting as Retry-After says
    // (shortened here), until 200.
    private static async Task<JsonObject> PollToCompletionAsync(HttpClient client, string statusUrl)
    {
        using CancellationTokenSource hang = new(TimeSpan.FromSeconds(60));
        while (true)
        {
            using HttpResponseMessage response = await client.GetAsync(statusUrl, hang.Token);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return (await response.Content.ReadFromJsonAsync<JsonObject>(hang.Token))!;
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            await Task.Delay(TimeSpan.FromMilliseconds(100), hang.Token);
        }
    }
}
