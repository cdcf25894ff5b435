using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Orchestration.Processes.Invoices;
using static Microsoft.Playwright.Assertions;

namespace Orchestration.Api.Tests.Browser;

/// <summary>The console steps several tests share: an invoice run started from its card, then approved from its page.</summary>
internal static class InvoiceRunSteps
{
    /// <summary>Starts the sample invoice (above the approval threshold) and opens its run page once it waits for approval.</summary>
    public static async Task<IPage> OpenWaitingRunAsync(ConsoleSession session)
    {
        IPage page = await session.OpenWithKeyAsync();
        ILocator card = page.GetByTestId($"workflow-{nameof(InvoiceApprovalWorkflow)}");
        await card.GetByTestId($"start-{nameof(InvoiceApprovalWorkflow)}").ClickAsync();
        await card.GetByTestId("started-run").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/console/runs/"));
        await Expect(page.GetByTestId("run-custom-status")).ToContainTextAsync("AwaitingApproval");
        return page;
    }

    /// <summary>Runs an invoice to its end: started, approved with the event's sample payload, completed.</summary>
    /// <returns>The run page and the run's id.</returns>
    public static async Task<(IPage Page, string InstanceId)> CompleteRunAsync(ConsoleSession session)
    {
        IPage page = await OpenWaitingRunAsync(session);
        await Expect(page.GetByTestId("event-name")).ToHaveValueAsync(InvoiceApprovalWorkflow.ApprovalEvent);
        await page.GetByTestId("raise-event").ClickAsync();
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Completed");
        return (page, await page.GetByTestId("run-id").InnerTextAsync());
    }
}
