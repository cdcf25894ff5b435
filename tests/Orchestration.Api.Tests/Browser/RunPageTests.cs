using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Orchestration.Api.Tests.Browser;

[Collection(ConsoleCollectionDefinition.Name)]
public sealed class RunPageTests(ConsoleFixture fixture)
{
    [Fact]
    public async Task RunPage_SuspendResumeThenTerminate_ShowsEachStatusAndTheReasonInTimeline()
    {
        await using ConsoleSession session = await fixture.OpenAsync();
        IPage page = await InvoiceRunSteps.OpenWaitingRunAsync(session);

        await page.GetByTestId("suspend").ClickAsync();
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Suspended");
        await page.GetByTestId("resume").ClickAsync();
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Running");
        await page.GetByTestId("action-reason").FillAsync("Duplicate invoice, cancelled by AP");
        await page.GetByTestId("terminate").ClickAsync();

        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Terminated");
        await Expect(page.Locator("[data-testid=timeline-row][data-kind=Run]").Last).ToContainTextAsync("Duplicate invoice, cancelled by AP");
        await Expect(page.GetByTestId("raise-event")).ToBeDisabledAsync();
    }

    [Fact]
    public async Task RunPage_UnknownInstance_SaysThereIsNoSuchRun()
    {
        await using ConsoleSession session = await fixture.OpenAsync();

        IPage page = await session.OpenWithKeyAsync("/console/runs/no-such-run");

        await Expect(page.GetByTestId("notice")).ToContainTextAsync("There is no run with the id no-such-run");
    }
}
