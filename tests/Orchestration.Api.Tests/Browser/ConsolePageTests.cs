using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Orchestration.Processes.Invoices;
using static Microsoft.Playwright.Assertions;

namespace Orchestration.Api.Tests.Browser;

[Collection(ConsoleCollectionDefinition.Name)]
public sealed class ConsolePageTests(ConsoleFixture fixture)
{
    private const string Workflow = nameof(InvoiceApprovalWorkflow);

    [Fact]
    public async Task Console_OpenedWithKeyInAddress_ListsWorkflowsAndRemovesKeyFromAddress()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        IPage page = await session.OpenWithKeyAsync();

        ILocator card = page.GetByTestId($"workflow-{Workflow}");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = Workflow })).ToBeVisibleAsync();
        await Expect(card.GetByLabel("Input (JSON)")).ToHaveValueAsync(new Regex(SampleInvoices.LaptopInvoice.InvoiceNumber));
        await Expect(page).ToHaveURLAsync(new Regex("/console$"));
    }

    [Fact]
    public async Task Console_OpenedWithoutKey_AsksForKeyThenShowsWorkflows()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        IPage page = session.Page;

        await page.GotoAsync("/console");
        await Expect(page.GetByTestId("key-form")).ToContainTextAsync("A key is needed");
        await page.GetByLabel("System key").FillAsync(fixture.Server.SystemKey);
        await page.GetByTestId("key-submit").ClickAsync();

        await Expect(page.GetByTestId("key-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId($"workflow-{Workflow}")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task StartForm_InputMissingRequiredMember_ShowsProblemDetailsNextToEditor()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        ILocator card = (await session.OpenWithKeyAsync()).GetByTestId($"workflow-{Workflow}");

        await card.GetByLabel("Input (JSON)").FillAsync("""{ "supplierId": "SUP-1009" }""");
        await card.GetByTestId($"start-{Workflow}").ClickAsync();

        ILocator errors = card.GetByTestId($"start-{Workflow}-errors");
        await Expect(errors.GetByTestId("problem-field").First).ToContainTextAsync(new Regex("invoiceNumber", RegexOptions.IgnoreCase));
        await Expect(card.GetByTestId("started-run")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task StartForm_InvoiceAboveThreshold_RunWaitsForApprovalThenCompletesWhenRaisedFromRunPage()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        IPage page = await session.OpenWithKeyAsync();

        await page.GetByTestId($"start-{Workflow}").ClickAsync();
        ILocator started = page.GetByTestId($"workflow-{Workflow}").GetByTestId("started-run");
        await Expect(started).ToBeVisibleAsync();
        string instanceId = await started.InnerTextAsync();
        ILocator row = page.Locator($"[data-testid=run-row][data-instance-id=\"{instanceId}\"]");
        await Expect(row.GetByTestId("run-row-status")).ToHaveTextAsync("Running");
        await Expect(row).ToContainTextAsync("AwaitingApproval");

        await row.GetByTestId("run-link").ClickAsync();
        await Expect(page.GetByTestId("run-id")).ToHaveTextAsync(instanceId);
        await Expect(page.GetByTestId("run-custom-status")).ToContainTextAsync("AwaitingApproval");
        await Expect(page.GetByTestId("event-name")).ToHaveValueAsync(InvoiceApprovalWorkflow.ApprovalEvent);
        await page.GetByTestId("raise-event").ClickAsync();

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Completed");
        await Expect(page.GetByTestId("run-output")).ToContainTextAsync("Posted");
        string[] activities = [nameof(ValidateInvoiceActivity), nameof(MatchInvoiceActivity), nameof(RequestApprovalActivity), nameof(PostInvoiceActivity)];
        foreach (string activity in activities)
        {
            await Expect(TimelineRow(page, "Activity", activity).First).ToContainTextAsync("Completed");
        }

        await Expect(TimelineRow(page, "Event", InvoiceApprovalWorkflow.ApprovalEvent)).ToContainTextAsync("Received");
    }

    private static ILocator TimelineRow(IPage page, string kind, string name) =>
        page.Locator($"[data-testid=timeline-row][data-kind=\"{kind}\"][data-name=\"{name}\"]");
}
