using Orchestration.Agents.Tests.Models;
using Orchestration.Evidence.Records;
using Orchestration.Processes.Intake;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.IntakeRuns;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Intake;

/// <summary>
/// The intake workflow with the Models settings pointing at an OpenAI-compatible endpoint (a loopback stub standing in
/// for the model; the real OpenAI SDK pipeline in between): the same typed results and routing as the local agents,
/// with the model's evidence in the run's ledger.
/// </summary>
public sealed class IntakeOnAModelEndpointTests
{
    private const string Reminder = """{"result":{"kind":"PaymentReminder"},"confidence":0.94,"rationale":"The title reads PAYMENT REMINDER and it refers to an overdue invoice."}""";

    [Fact]
    public async Task RunAsync_PaymentReminder_RoutesItOnTheModelsAnswer_StubbingTheModelEndpoint()
    {
        await using ModelEndpointStub model = (await ModelEndpointStub.StartAsync()).ReplyWithCompletion(Reminder);
        using GovernedInvoiceSystems systems = new(settings: Settings(model));
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.PaymentReminder);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.Equal((IntakeStatus.Routed, "ap-correspondence"), (outcome.Status, outcome.RoutedTo));
    }

    [Fact]
    public async Task RunAsync_PaymentReminder_RecordsTheModelCallAsTheEndpointReportedIt_StubbingTheModelEndpoint()
    {
        await using ModelEndpointStub model = (await ModelEndpointStub.StartAsync()).ReplyWithCompletion(Reminder);
        using GovernedInvoiceSystems systems = new(settings: Settings(model));
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.PaymentReminder);
        await host.WaitForCompletionAsync(id);

        ModelCallDetails call = Assert.Single((await systems.DetailsAsync(id)).OfType<ModelCallDetails>());

        Assert.Equal(("model", "openai-compatible", "gpt-4o-mini-2024-07-18", 211L, 0.94m), (call.Implementation, call.EndpointKind, call.Model, call.InputTokens, call.Confidence));
    }

    [Fact]
    public async Task RunAsync_ModelAnswersInACodeFence_AsksAClerkInsteadOfGuessing_StubbingTheModelEndpoint()
    {
        await using ModelEndpointStub model = (await ModelEndpointStub.StartAsync()).ReplyWithCompletion("```json\n" + Reminder + "\n```");
        using GovernedInvoiceSystems systems = new(settings: Settings(model));
        await using WorkflowTestHost host = await StartHostAsync(systems);
        await StartAsync(host, SampleDocuments.PaymentReminder);

        IntakeReviewRequest request = await RequestedReviewAsync(host, systems);

        Assert.Contains("not-json", Assert.Single(request.Reasons), StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(ModelEndpointStub model) => new()
    {
        ["Models:Endpoint"] = model.BaseUrl + "/v1",
        ["Models:Deployment"] = "gpt-4o-mini-intake",
        ["Models:ApiKey"] = "sk-test-not-a-secret",
    };
}
