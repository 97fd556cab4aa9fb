using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrossDept.Tests.Addin;

/// <summary>
/// What every browser test of the pane shares: the real API on the samples' own week (Thursday 12 November 2026, noon in
/// New York — the moment the sample and corpus conversations are judged at), a fresh board, one headless Chromium whose
/// clock shows the same moment, and the steps every journey takes (pick a sample conversation, track it, check the width).
/// </summary>
public abstract class PaneFixture
{
    public static readonly DateTimeOffset SamplesNow = DateTimeOffset.Parse("2026-11-12T12:00:00-05:00");

    protected PaneBrowser Browser { get; private set; } = null!;
    protected PaneServer Server { get; private set; } = null!;
    protected Uri Api { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartPaneAsync()
    {
        Server = new PaneServer(SamplesNow);
        Api = Server.Start();
        // Warm the server before the first journey: its first analysis compiles the reading rules, which took over 30 s on a
        // 2-core box shared by six test runs, and a journey is about the pane, not that one-off cost.
        using (var http = new HttpClient { BaseAddress = Api, Timeout = TimeSpan.FromMinutes(3) })
        {
            (await http.GetAsync("/api/mailbox/conversations")).EnsureSuccessStatusCode();
            (await http.GetAsync("/api/mailbox/conversations/07-no-answer/analysis")).EnsureSuccessStatusCode();
        }
        Browser = await PaneBrowser.LaunchAsync(SamplesNow);
    }

    [OneTimeTearDown]
    public async Task StopPaneAsync()
    {
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }

    /// <summary>The pane in a plain browser (demo mode), on the sample conversation whose subject contains <paramref name="conversation"/>.</summary>
    protected async Task<IPage> OpenAsync(int width, string conversation)
    {
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null);
        await SelectConversationAsync(page, conversation);
        // The first page of a run waits for a cold server (the first analysis compiles its rules: 20 s seen on a busy 2-core box).
        await Expect(page.Locator("h1.subject")).ToContainTextAsync(conversation, new() { Timeout = 30_000 });
        return page;
    }

    /// <summary>Picks the sample conversation whose subject contains <paramref name="words"/>.</summary>
    protected static async Task SelectConversationAsync(IPage page, string words)
    {
        var picker = page.GetByLabel("Sample conversation");
        await Expect(picker).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var value = await picker.EvaluateAsync<string?>(
            "(select, words) => [...select.options].find(o => o.textContent.includes(words))?.value ?? null", words);
        Assert.That(value, Is.Not.Null, $"a sample conversation about '{words}'");
        await picker.SelectOptionAsync(value!);
    }

    /// <summary>Tracks the open conversation (or finds it tracked already).</summary>
    protected static async Task TrackAsync(IPage page)
    {
        var track = page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true });
        var tracked = page.Locator(".badge.tracked");
        await Expect(track.Or(tracked)).ToBeVisibleAsync();
        if (await track.IsVisibleAsync())
            await track.ClickAsync();
        await Expect(tracked).ToHaveTextAsync("Tracked");
    }

    /// <summary>Nothing wider than the pane: no horizontal scrolling at this width.</summary>
    protected static async Task AssertNoOverflowAsync(IPage page)
    {
        var (scroll, client) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"),
            await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        Assert.That(scroll, Is.LessThanOrEqualTo(client), $"the pane overflows at {page.ViewportSize!.Width} px");
    }
}
