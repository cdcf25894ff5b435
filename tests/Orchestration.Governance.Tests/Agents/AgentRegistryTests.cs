using System.Text.Json;
using Orchestration.Governance.Agents;
using Orchestration.Governance.Refusals;

namespace Orchestration.Governance.Tests.Agents;

public sealed class AgentRegistryTests
{
    private static readonly AgentRegistry Registry = new(
        [
            new AgentDefinition("poster", AgentKind.Api, "erp-team", "1.0.0")
            {
                Actions = ["invoice.post"], Connectors = ["erp"], DataClasses = ["invoice"], Autonomy = new AgentAutonomy(10_000m, "EUR"),
            },
            new AgentDefinition("retired", AgentKind.Bot, "erp-team", "0.9.0") { Actions = ["invoice.post"], Enabled = false },
        ],
        [
            new ActivityBinding("Post", "poster", "invoice.post") { Connectors = ["erp"], DataClasses = ["invoice"], AmountField = "amount" },
            new ActivityBinding("PostOld", "retired", "invoice.post"),
            new ActivityBinding("PostGhost", "ghost", "invoice.post"),
            new ActivityBinding("Pay", "poster", "payment.release"),
            new ActivityBinding("PostCrm", "poster", "invoice.post") { Connectors = ["crm"] },
            new ActivityBinding("PostHr", "poster", "invoice.post") { DataClasses = ["employee"] },
        ],
        ["PlatformActivity"]);

    [Theory]
    [InlineData("Unbound", RefusalCodes.ActivityNotBound)]
    [InlineData("PostGhost", RefusalCodes.AgentNotRegistered)]
    [InlineData("PostOld", RefusalCodes.AgentDisabled)]
    [InlineData("Pay", RefusalCodes.OutOfScope)]
    [InlineData("PostCrm", RefusalCodes.OutOfScope)]
    [InlineData("PostHr", RefusalCodes.OutOfScope)]
    public void Authorize_CallOutsideTheRegistry_IsRefusedWithCode(string activity, string code)
    {
        GovernanceRefusal? refusal = Registry.Authorize(activity, Json(new { amount = 5m }));

        Assert.Equal(code, refusal?.Code);
    }

    [Fact]
    public void Authorize_AmountAboveAutonomyLimit_IsRefused()
    {
        GovernanceRefusal? refusal = Registry.Authorize("Post", Json(new { amount = 10_000.01m }));

        Assert.Equal((RefusalCodes.AutonomyLimitExceeded, "poster", "invoice.post"), (refusal?.Code, refusal?.AgentId, refusal?.Action));
    }

    [Fact]
    public void Authorize_AmountFieldMissing_IsRefused()
    {
        Assert.Equal(RefusalCodes.AutonomyLimitExceeded, Registry.Authorize("Post", Json(new { total = 5m }))?.Code);
    }

    [Theory]
    [InlineData("Post")]
    [InlineData("PlatformActivity")]
    public void Authorize_CallInScope_IsAllowed(string activity)
    {
        Assert.Null(Registry.Authorize(activity, Json(new { amount = 10_000m })));
    }

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
