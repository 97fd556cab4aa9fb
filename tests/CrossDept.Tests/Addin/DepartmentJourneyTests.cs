using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrossDept.Tests.Addin;

/// <summary>
/// Departments in the pane, in headless Chromium against the real API in demo mode (the demo directory carries the
/// departments' point persons and response times): the settings view, the ask check's point-person and their-interest
/// findings, and "past response time" on the board.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class DepartmentJourneyTests : PaneFixture
{
    async Task<IPage> OpenAsync(int width)
    {
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null);
        await Expect(page.Locator("h1.subject")).Not.ToBeEmptyAsync(new() { Timeout = 40_000 });
        return page;
    }

    [TestCase(320, "Marketing", "lena.fischer@contoso.com")]
    [TestCase(450, "Product", "ava.martin@contoso.com")]
    public async Task TheSettingsViewShowsDepartmentsAndSavesAResponseTimeAndANote(int width, string department, string pointPerson)
    {
        var page = await OpenAsync(width);
        await page.GetByRole(AriaRole.Button, new() { Name = "Settings" }).ClickAsync();

        var salesOps = page.Locator(".department[data-name='Sales Operations']");
        await Expect(salesOps).ToContainTextAsync("Point person: Dan Moore");
        await Expect(salesOps).ToContainTextAsync("Answers within 4 business hours, a first solution within 8 business hours");
        await Expect(salesOps.Locator(".badge")).ToHaveTextAsync("Shared");
        await PaneBrowser.ScreenshotAsync(page, "settings-departments");
        await AssertNoOverflowAsync(page);

        // Keyboard: Edit, type, Enter saves; focus comes back to the department's Edit button.
        var card = page.Locator($".department[data-name='{department}']");
        await Expect(card).ToContainTextAsync("Default: 2 business days");
        await card.GetByRole(AriaRole.Button, new() { Name = $"Edit {department}" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var points = page.GetByLabel("Point persons");
        await Expect(points).ToBeFocusedAsync();
        await points.FillAsync(pointPerson);
        await page.GetByLabel("First answer within").FillAsync("8");
        await PaneBrowser.ScreenshotAsync(page, "settings-edit");
        await page.GetByLabel("First answer within").PressAsync("Enter");
        await Expect(card).ToContainTextAsync("Answers within 8 business hours");
        await Expect(card.Locator(".badge")).ToHaveTextAsync("Yours");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = $"Edit {department}" })).ToBeFocusedAsync();

        await page.GetByLabel("Person (email address)").FillAsync("raj.patel@contoso.com");
        await page.GetByLabel("What they care about").FillAsync("hitting the Q4 pipeline-accuracy target");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save note" }).ClickAsync();
        await Expect(page.Locator(".interest[data-address='raj.patel@contoso.com']")).ToContainTextAsync("pipeline-accuracy");
        await PaneBrowser.ScreenshotAsync(page, "settings");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task TheAskCheckSuggestsThePointPersonAndALineAboutTheirInterest(int width)
    {
        using (var client = new HttpClient { BaseAddress = Api })
            (await client.PutAsJsonAsync("/api/interests/raj.patel@contoso.com", new { note = "hitting the Q4 pipeline-accuracy target" })).EnsureSuccessStatusCode();
        var page = await OpenAsync(width);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Check" }).ClickAsync();
        await Expect(page.GetByLabel("To (email addresses)")).ToHaveValueAsync("raj.patel@contoso.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();

        var routed = page.Locator(".finding[data-issue='pointPerson']");
        await Expect(routed).ToContainTextAsync("Raj Patel is in Sales Operations, whose point person for requests is Dan Moore.");
        await Expect(routed).ToContainTextAsync("within the 4 business hours Sales Operations agreed");
        var interest = page.Locator(".finding[data-issue='noReasonForThem']");
        await Expect(interest).ToContainTextAsync("You noted Raj cares about hitting the Q4 pipeline-accuracy target");
        await Expect(interest.GetByLabel("Add to your message")).ToHaveValueAsync("This should also help your team with hitting the Q4 pipeline-accuracy target.");
        await PaneBrowser.ScreenshotAsync(page, "check-departments");
        await AssertNoOverflowAsync(page);

        // Applying the line puts it in the request, and checking again no longer asks why they would care.
        await interest.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(interest.GetByRole(AriaRole.Status)).ToContainTextAsync("Added");
        await Expect(page.GetByLabel("The request you are writing")).ToHaveValueAsync(new Regex("help your team with hitting the Q4"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        await Expect(page.Locator(".finding[data-issue='pointPerson']")).ToBeVisibleAsync();
        await Expect(page.Locator(".finding[data-issue='noReasonForThem']")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task TheBoardShowsWhoIsPastTheirDepartmentsResponseTime(int width)
    {
        var page = await OpenAsync(width);
        var picker = page.GetByLabel("Sample conversation");
        var value = await picker.EvaluateAsync<string?>("(select) => [...select.options].find(o => o.textContent.includes('engage clients'))?.value ?? null");
        await picker.SelectOptionAsync(value!);
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("engage clients");
        var track = page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true });
        var tracked = page.Locator(".badge.tracked");
        await Expect(track.Or(tracked)).ToBeVisibleAsync();
        if (await track.IsVisibleAsync())
            await track.ClickAsync();
        await Expect(tracked).ToHaveTextAsync("Tracked");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        // Liam Wilson is Customer Support's point person; it agreed to answer within 4 business hours.
        var liam = page.Locator(".board-person[data-address='liam.wilson@contoso.com']");
        await Expect(liam.Locator(".past-response")).ToHaveTextAsync("Past response time (Customer Support: 4 h)");
        // Sales agreed nothing in the demo tenant's list: the 2-business-day rule, nothing to be past.
        await Expect(page.Locator(".board-person[data-address='noah.kim@contoso.com'] .past-response")).ToHaveCountAsync(0);
        await PaneBrowser.ScreenshotAsync(page, "board-past-response");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();
    }
}
