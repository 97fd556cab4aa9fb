using System.Text.Json;
using Microsoft.Playwright;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Addin;

/// <summary>
/// Debian's headless Chromium driven by Playwright, offline: the Office.js CDN is answered with
/// fake-office.js (a stand-in for Outlook), every other address outside loopback is refused.
/// </summary>
public sealed class PaneBrowser : IAsyncDisposable
{
    public const string OfficeJs = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    IPlaywright playwright = null!;
    IBrowserContext context = null!;
    string profile = null!;

    /// <summary>
    /// The moment the pane's clock shows (the server's clock is pinned to the same), so "overdue" reads the same every run.
    /// Playwright's clock is per browser context and freezes performance.now() too: a browser that measures time leaves it null.
    /// </summary>
    public DateTimeOffset? Now { get; init; }

    public static string Screenshots { get; } = Path.Combine(SharedFolder.RepoRoot, "artifacts", "screenshots");

    public static async Task<PaneBrowser> LaunchAsync(DateTimeOffset? now = null)
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
            Assert.Fail($"{chromium} is missing: apt-get update && apt-get install -y chromium.");
        var browser = new PaneBrowser { profile = Directory.CreateTempSubdirectory("crossdept-chromium-").FullName, Now = now };
        browser.playwright = await Playwright.CreateAsync();
        // A persistent context is how Playwright takes a fresh --user-data-dir of our choosing.
        browser.context = await browser.playwright.Chromium.LaunchPersistentContextAsync(browser.profile, new()
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ChromiumArgs,
            ViewportSize = new() { Width = 450, Height = 900 },
            Locale = "en-US",
            TimezoneId = "America/New_York",
        });
        var fakeOffice = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Addin", "fake-office.js"));
        await browser.context.RouteAsync(OfficeJs, route => route.FulfillAsync(new() { ContentType = "application/javascript", Body = fakeOffice }));
        await browser.context.RouteAsync(url => !url.StartsWith("http://127.0.0.1", StringComparison.Ordinal) && url != OfficeJs,
            route => route.AbortAsync("blockedbyclient"));
        Directory.CreateDirectory(Screenshots);
        return browser;
    }

    /// <summary>Opens the pane at the given width, inside a fake Outlook holding <paramref name="outlook"/> (null: a plain browser).</summary>
    /// <remarks><paramref name="browserNow"/>: this page's clock, when it should differ from the server's; <paramref name="beforeLoad"/>:
    /// what to set up on the page before it loads (routes that hold an answer back, to provoke a race); <paramref name="query"/>: the
    /// pane address's query (a digest link's <c>?tracked=ID</c>).</remarks>
    public async Task<IPage> OpenPaneAsync(Uri server, int width, object? outlook, bool officeJsUnreachable = false, DateTimeOffset? browserNow = null,
        Func<IPage, Task>? beforeLoad = null, string query = "")
    {
        var page = await context.NewPageAsync();
        if (officeJsUnreachable)
            await page.RouteAsync(OfficeJs, route => route.AbortAsync("internetdisconnected"));
        await page.SetViewportSizeAsync(width, 900);
        if ((browserNow ?? Now) is { } now)
            await page.Clock.SetFixedTimeAsync(now.UtcDateTime);
        if (outlook is not null)
            await page.AddInitScriptAsync($"window.__outlook = {JsonSerializer.Serialize(outlook, JsonSerializerOptions.Web)};");
        page.Console += (_, message) => { if (message.Type == "error") TestContext.Out.WriteLine($"[browser] {message.Text}"); };
        if (beforeLoad is not null)
            await beforeLoad(page);
        await page.GotoAsync(new Uri(server, "/pane/" + query).ToString());
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var path = Path.Combine(Screenshots, $"{name}-{page.ViewportSize!.Width}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        TestContext.AddTestAttachment(path);
    }

    /// <summary>What the fake Outlook was asked to do (reply-all forms, appointments, body writes).</summary>
    public static async Task<JsonElement> CapturedAsync(IPage page) =>
        JsonDocument.Parse(await page.EvaluateAsync<string>("() => JSON.stringify(window.__outlookCaptured)")).RootElement;

    /// <summary>Milliseconds from navigation start to the pane's first content (performance mark set by the pane).</summary>
    public static async Task<double?> FirstRenderAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('crossdept:first-render').length > 0");
        return await page.EvaluateAsync<double?>("() => performance.getEntriesByName('crossdept:first-render')[0]?.startTime ?? null");
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        playwright.Dispose();
        try { Directory.Delete(profile, recursive: true); } catch (IOException) { }
    }
}
