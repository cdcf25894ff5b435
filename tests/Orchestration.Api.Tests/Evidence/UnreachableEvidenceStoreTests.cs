using Microsoft.AspNetCore.Mvc.Testing;
using Orchestration.Api.Tests.Infrastructure;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Api.Tests.Evidence;

public sealed class UnreachableEvidenceStoreTests(DevServerFactory server) : IClassFixture<DevServerFactory>
{
    [Fact]
    public async Task GetEvidence_StoreAccountUnreachable_Returns503Problem()
    {
        await using WebApplicationFactory<Program> unreachable = server.WithWebHostBuilder(builder => builder
            .UseSetting("Evidence:Store", "Table")
            .UseSetting("Evidence:ConnectionString", StorageConnectionStrings.ClosedPort())
            .UseSetting("Evidence:MaxRetries", "0"));
        using HttpClient client = unreachable.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", DevServerFactory.SystemKey);

        using HttpResponseMessage response = await client.GetAsync("/api/runs/invoice-run-7/evidence");

        Problem problem = await Problem.ReadAsync(response);
        Assert.Equal((503, "urn:orchestrationfunctions:problem:evidence-store-unavailable"), (problem.Status, problem.Type));
    }
}
