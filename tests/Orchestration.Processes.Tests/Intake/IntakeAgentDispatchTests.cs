using Orchestration.Processes.Intake;
using Orchestration.Processes.Tests.Support;
using Orchestration.TestKit;
using static Orchestration.Processes.Tests.Support.IntakeRuns;
using static Orchestration.Processes.Tests.Support.InvoiceRuns;

namespace Orchestration.Processes.Tests.Intake;

/// <summary>The agent registry's dispatch filter in front of the intake agents, on the embedded engine.</summary>
public sealed class IntakeAgentDispatchTests
{
    [Fact]
    public async Task RunAsync_ClassifierDisabledInTheRegistry_RefusesWithAgentDisabled()
    {
        string folder = Path.Combine(Path.GetTempPath(), "orchestration-tests", Guid.NewGuid().ToString("N"));
        using GovernedInvoiceSystems systems = new(settings: EditedAgentRegistry.Disabling(folder, IntakeAgents.DocumentClassifier));
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.LaptopInvoice);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.StartsWith("ClassifyDocumentActivity was refused by governance (agent-disabled)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExtractorBoundToAConnectorOutsideItsScope_RefusesWithOutOfScope()
    {
        string folder = Path.Combine(Path.GetTempPath(), "orchestration-tests", Guid.NewGuid().ToString("N"));
        using GovernedInvoiceSystems systems = new(settings: EditedAgentRegistry.Write(folder,
            "    action: invoice.extract\n    dataClasses: [supplier-document]",
            "    action: invoice.extract\n    connectors: [erp]\n    dataClasses: [supplier-document]"));
        await using WorkflowTestHost host = await StartHostAsync(systems);
        string id = await StartAsync(host, SampleDocuments.LaptopInvoice);

        IntakeOutcome outcome = Outcome(await host.WaitForCompletionAsync(id));

        Assert.StartsWith("ExtractInvoiceFieldsActivity was refused by governance (out-of-scope)", Assert.Single(outcome.Reasons), StringComparison.Ordinal);
    }
}
