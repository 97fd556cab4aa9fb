using System.Text.Json.Nodes;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrossDept.Tests.Addin;

/// <summary>
/// Issue 12's favour account and shared view, in headless Chromium against the real API in demo mode (the sample mailbox, its
/// directory, a fresh board, the demo Planner's folder): a person's card with the favour account after they delivered, and a
/// conversation exported to Planner and marked done from there (the demo Planner's task file), at 320 px.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class FavourJourneyTests : PaneFixture
{
    async Task<IPage> OpenTrackedAsync(int width, string conversation)
    {
        var page = await OpenAsync(width, conversation);
        await TrackAsync(page);
        return page;
    }

    [TestCase(320)]
    public async Task APersonsCardShowsTheFavourAccountWithThemAndTheirDepartmentAfterTheyDelivered(int width)
    {
        var page = await OpenTrackedAsync(width, "Churn and refund data");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        await page.Locator(".board-agreement[data-what='pull the churn export']").GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();
        var thanks = page.Locator("[data-result^='thanks:'] .draft").First;
        // The thank-you offers help back, naming their department (the demo directory: Sales Operations).
        await Expect(thanks.Locator(".preview")).ToContainTextAsync("Sales Operations");

        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var card = page.Locator("li.person[data-address='raj.patel@contoso.com']");
        var button = card.GetByRole(AriaRole.Button, new() { Name = "Favour account" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var account = card.Locator(".favour-account");
        await Expect(account).ToContainTextAsync("Last quarter: you delivered 0 to Sales Operations; Sales Operations delivered 1 to you; you sent 1 thank-you.");
        await Expect(account).ToContainTextAsync("Last quarter: you delivered 0 to Raj Patel; Raj Patel delivered 1 to you; you sent 1 thank-you.");
        await Expect(card.Locator("[data-favours]")).ToBeFocusedAsync();
        await card.ScrollIntoViewIfNeededAsync();
        await PaneBrowser.ScreenshotAsync(page, "favour-account");
        await AssertNoOverflowAsync(page);

        // Someone the user has no history with: the account says so instead of showing zeros as news.
        var tom = page.Locator("li.person").Filter(new() { HasNotText = "Raj Patel" }).First;
        if (await tom.CountAsync() > 0)
        {
            await tom.GetByRole(AriaRole.Button, new() { Name = "Favour account" }).ClickAsync();
            await Expect(tom.Locator(".favours")).ToContainTextAsync("Last quarter");
        }
        await page.CloseAsync();
    }

    [TestCase(320)]
    public async Task AConversationExportedToPlannerIsMarkedDoneFromThePlannersTaskFile(int width)
    {
        var page = await OpenTrackedAsync(width, "Laptops for the five");
        var section = page.Locator("section.planner");
        var export = section.GetByRole(AriaRole.Button, new() { Name = "Export to Planner" });
        await export.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var plan = section.Locator("select[name=plan]");
        await Expect(plan).ToBeFocusedAsync();
        await plan.SelectOptionAsync(new SelectOptionValue { Label = "Customer Experience — cross-team asks" });
        var bucket = section.Locator("select[name=bucket]");
        await bucket.SelectOptionAsync(new SelectOptionValue { Label = "To do" });
        await section.GetByRole(AriaRole.Button, new() { Name = "Export", Exact = true }).ClickAsync();

        var state = section.Locator(".planner-state");
        await Expect(state).ToContainTextAsync("Exported to Customer Experience — cross-team asks › To do");
        await Expect(state).ToContainTextAsync("0 done");
        await section.ScrollIntoViewIfNeededAsync();
        await PaneBrowser.ScreenshotAsync(page, "planner-export");
        await AssertNoOverflowAsync(page);

        // In "Planner" (the demo's task files), the owner marks their task complete.
        var folder = await section.Locator("code").First.TextContentAsync();
        var file = Directory.GetFiles(Path.Combine(folder!, "tasks"), "*.json")
            .Select(f => (Path: f, Json: JsonNode.Parse(File.ReadAllText(f))!.AsObject()))
            .Single(f => f.Json["title"]!.GetValue<string>() == "provision the 5 laptops");
        file.Json["percentComplete"] = 100;
        File.WriteAllText(file.Path, file.Json.ToJsonString());

        await section.GetByRole(AriaRole.Button, new() { Name = "Check Planner" }).ClickAsync();
        await Expect(section.Locator("li[data-task-state=done]")).ToContainTextAsync("provision the 5 laptops");
        await Expect(page.Locator(".agreement-card[data-what='provision the 5 laptops'] .status")).ToHaveTextAsync("Done");
        await section.ScrollIntoViewIfNeededAsync();
        await PaneBrowser.ScreenshotAsync(page, "planner-done");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();
    }
}
