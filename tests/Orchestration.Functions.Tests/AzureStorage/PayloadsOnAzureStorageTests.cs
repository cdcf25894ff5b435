using System.Globalization;
using Orchestration.Abstractions;
using Orchestration.Functions.TestKit;
using Orchestration.Processes.Invoices;
using Orchestration.TestKit.Azurite;

namespace Orchestration.Functions.Tests.AzureStorage;

/// <summary>
/// Payloads through Azure Storage: queue messages are capped at 64 KB and table properties at 64 KB, so larger ones
/// go to blobs; every payload is carried as JSON text inside the backend's own (Newtonsoft) messages and rows.
/// </summary>
[Collection(AzureStorageTaskHubs.Name)]
public sealed class PayloadsOnAzureStorageTests(AzuriteFixture azurite)
{
    // 2,000 lines: about 110 KB of JSON as input, activity input, activity result and output.
    private static readonly InvoiceSubmission LargeInvoice = SampleInvoices.LaptopInvoice with
    {
        Lines = [.. Enumerable.Range(1, 2_000).Select(i => new InvoiceLine(string.Create(CultureInfo.InvariantCulture, $"CABLE-USB-C-{i:D4}"), i, 12.50m))],
    };

    [Fact]
    public async Task RunWorkflow_PayloadOverTheQueueMessageLimit_ComesBackWhole()
    {
        await using DurableWorkflowTestHost host = await StartEchoAsync();
        string id = await host.Client.ScheduleNewWorkflowAsync("Reprice", LargeInvoice);

        WorkflowMetadata run = await host.WaitForCompletionAsync(id);

        Assert.Equal(WorkflowJson.Serialize(LargeInvoice), run.SerializedOutput);
    }

    [Fact]
    public async Task GetInstance_InputOverTheTablePropertyLimit_ReadsBackWhole()
    {
        await using DurableWorkflowTestHost host = await StartEchoAsync();
        string id = await host.Client.ScheduleNewWorkflowAsync("Reprice", LargeInvoice);
        await host.WaitForCompletionAsync(id);

        WorkflowMetadata? run = await host.Client.GetInstanceAsync(id, getInputsAndOutputs: true);

        Assert.Equal(WorkflowJson.Serialize(LargeInvoice), run?.SerializedInput);
    }

    [Fact]
    public async Task RunWorkflow_OurPayload_KeepsCamelCaseEnumNamesAndExactDecimals()
    {
        await using DurableWorkflowTestHost host = await DurableWorkflowTestHost.StartAsync(
            registry => registry
                .AddWorkflow<InvoiceSubmission, InvoiceOutcome>("Total", (context, invoice) => context.CallActivityAsync<InvoiceOutcome>("Settle", invoice))
                .AddActivity<InvoiceSubmission, InvoiceOutcome>("Settle", (_, invoice) => Task.FromResult(new InvoiceOutcome(
                    invoice.InvoiceNumber, InvoiceStatus.Posted, [invoice.Amount.ToString(CultureInfo.InvariantCulture)], ErpDocumentNumber: "5100001"))),
            AzureStorageTaskHubs.On(azurite));

        // 29 significant digits: as many as a decimal holds, more than a double keeps.
        string id = await host.Client.ScheduleNewWorkflowAsync("Total", SampleInvoices.LaptopInvoice with { Amount = 7_922_816_251_426.4337593543950335m });

        Assert.Equal(
            """{"invoiceNumber":"INV-2025-0042","status":"Posted","reasons":["7922816251426.4337593543950335"],"erpDocumentNumber":"5100001"}""",
            (await host.WaitForCompletionAsync(id)).SerializedOutput);
    }

    private Task<DurableWorkflowTestHost> StartEchoAsync() => DurableWorkflowTestHost.StartAsync(
        registry => registry
            .AddWorkflow<InvoiceSubmission, InvoiceSubmission>("Reprice", async (context, invoice) =>
                invoice with { Lines = await context.CallActivityAsync<IReadOnlyList<InvoiceLine>>("PriceLines", invoice) })
            .AddActivity<InvoiceSubmission, IReadOnlyList<InvoiceLine>>("PriceLines", (_, invoice) => Task.FromResult(invoice.Lines)),
        AzureStorageTaskHubs.On(azurite));
}
