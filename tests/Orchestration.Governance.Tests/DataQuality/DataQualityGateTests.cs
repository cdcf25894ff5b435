using System.Text.Json;
using Orchestration.Abstractions;
using Orchestration.Governance.DataQuality;
using Orchestration.Governance.Records;
using Orchestration.Governance.Refusals;
using Orchestration.TestKit;

namespace Orchestration.Governance.Tests.DataQuality;

public sealed class DataQualityGateTests
{
    private const string Gates = """
        gates:
          Post:
            freshness:
              - {dataSet: sanctions-list, maxAge: 24h}
            schema:
              fields: {supplierId: string, amount: number, currency: string}
              required: [supplierId, amount]
            anomalies:
              - {field: amount, groupBy: supplierId, history: amounts, maxRatio: 5, maxDeviations: 6, minHistory: 3}
        """;

    [Theory]
    [InlineData("clean", """{"supplierId":"SUP-1","amount":120,"currency":"EUR"}""", "posted")]
    [InlineData("stale", """{"supplierId":"SUP-1","amount":120,"currency":"EUR"}""", RefusalCodes.StaleData)]
    [InlineData("never-loaded", """{"supplierId":"SUP-1","amount":120,"currency":"EUR"}""", RefusalCodes.StaleData)]
    [InlineData("clean", """{"supplierId":"SUP-1","amount":120,"currency":"EUR","iban":"x"}""", RefusalCodes.SchemaDrift)]
    [InlineData("clean", """{"supplierId":"SUP-1","amount":"120","currency":"EUR"}""", RefusalCodes.SchemaDrift)]
    [InlineData("clean", """{"supplierId":"SUP-1","currency":"EUR"}""", RefusalCodes.SchemaDrift)]
    [InlineData("clean", """{"supplierId":"SUP-1","amount":9000,"currency":"EUR"}""", RefusalCodes.Anomaly)]
    [InlineData("clean", """{"supplierId":"SUP-1","amount":300,"currency":"EUR"}""", RefusalCodes.Anomaly)]
    [InlineData("clean", """{"supplierId":"SUP-NEW","amount":9000,"currency":"EUR"}""", "posted")]
    public async Task Dispatch_GateBreached_HaltsTheStep(string reference, string record, string expected)
    {
        using TempPolicies temp = new();
        IReadOnlyDictionary<string, DataQualityGate> gates = DataQualityLoader.LoadFile(temp.Write("data-quality.yaml", Gates), temp.Root);
        InMemoryReferenceData data = new();
        data.SetHistory("amounts", "SUP-1", [100m, 120m, 110m, 95m, 130m]);
        InMemoryGovernanceRecordSink records = new();
        await using WorkflowTestHost host = await WorkflowTestHost.StartAsync(registry => registry
            .AddActivityFilter(new DataQualityFilter(gates, data, data, records, TimeProvider.System))
            .AddActivity<JsonElement, string>("Post", (_, _) => Task.FromResult("posted"))
            .AddWorkflow<JsonElement, string>("Flow", async (context, input) =>
            {
                try
                {
                    return await context.CallActivityAsync<string>("Post", input);
                }
                catch (WorkflowTaskFailedException failure) when (GovernanceRefusalException.TryGetCode(failure.FailureDetails, out string code))
                {
                    return code;
                }
            }));
        DateTimeOffset now = TimeProvider.System.GetUtcNow();
        if (reference != "never-loaded")
        {
            data.SetAsOf("sanctions-list", reference == "stale" ? now.AddHours(-25) : now.AddHours(-1));
        }

        string id = await host.Client.ScheduleNewWorkflowAsync("Flow", JsonDocument.Parse(record).RootElement);
        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(expected, run.ReadOutputAs<string>());
        Assert.Equal(expected == "posted" ? 0 : 1, records.Records.Count);
    }

    [Fact]
    public void Anomaly_FlatHistoryAndSameValue_Passes()
    {
        AnomalyRule rule = new("amount", "supplierId", "amounts", null, 3m, 3);

        Assert.Null(DataQualityChecks.Anomaly(rule, 100m, [100m, 100m, 100m]));
    }
}
