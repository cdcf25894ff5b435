using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Orchestration.Api.Tests.Infrastructure;

namespace Orchestration.Api.Tests.Browser;

/// <summary>One dev server and one headless Debian Chromium, shared by the console's browser tests.</summary>
public sealed class ConsoleFixture : IAsyncLifetime
{
    // Debian's chromium (installed by tests/deps); Playwright's own browser builds are never downloaded.
    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private DevServerProcess? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public DevServerProcess Server => server ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Gets where each test's last screenshot goes, for a look after a failure.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(Path.GetTempPath(), "orchestration-console-screenshots");

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // Runs advance on a real engine on a shared 2-core machine: allow more than the 5 s default before failing.
        Assertions.SetDefaultExpectTimeout(20_000);
        server = await DevServerProcess.StartAsync();
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>Opens a fresh browser context (no shared storage or key) on the dev server.</summary>
    public async Task<ConsoleSession> OpenAsync([CallerMemberName] string testName = "")
    {
        IBrowserContext context = await (browser ?? throw new InvalidOperationException("The fixture has not started."))
            .NewContextAsync(new() { BaseURL = Server.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        return new ConsoleSession(context, await context.NewPageAsync(), Server.SystemKey, Path.Combine(ScreenshotFolder, testName + ".png"));
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}

/// <summary>A test's browser context and page; disposing it saves a full-page screenshot of where the test ended.</summary>
public sealed class ConsoleSession(IBrowserContext context, IPage page, string systemKey, string screenshotPath) : IAsyncDisposable
{
    public IPage Page => page;

    /// <summary>Opens a console page the way the dev server's banner address does: with the key in <c>code</c>.</summary>
    public async Task<IPage> OpenWithKeyAsync(string path = "/console")
    {
        await page.GotoAsync($"{path}?code={Uri.EscapeDataString(systemKey)}");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(screenshotPath)!);
        await page.ScreenshotAsync(new() { Path = screenshotPath, FullPage = true });
        await context.DisposeAsync();
    }
}
