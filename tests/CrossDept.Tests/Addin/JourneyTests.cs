using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CrossDept.Tests.Addin;

/// <summary>
/// The journeys that close the loop, in headless Chromium against the real API in demo mode (the sample mailbox, its
/// directory, a fresh board): track, act from the board, mark done, thank, escalate, book a call that is remembered,
/// correct an agreement that is kept, check a request, move an ask someone referred.
/// </summary>
[TestFixture, NonParallelizable]
public sealed class JourneyTests : PaneFixture
{
    [TestCase(320, "Churn and refund data", "pull the churn export", "Raj Patel", "dan.moore@contoso.com")]
    [TestCase(450, "Laptops for the five", "provision the 5 laptops", "Ben Carter", "ravi.menon@contoso.com")]
    public async Task TrackedAgreementMarkedDoneFromTheBoardDraftsAThankYouCopyingTheHelpersManager(int width, string conversation, string what,
        string helper, string manager)
    {
        var page = await OpenAsync(width, conversation);
        await TrackAsync(page);
        await PaneBrowser.ScreenshotAsync(page, "tracked");
        await AssertNoOverflowAsync(page);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        var item = page.Locator($".board-agreement[data-what='{what}']");
        await Expect(item).ToContainTextAsync(helper);
        await PaneBrowser.ScreenshotAsync(page, "board-actions");
        await item.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();

        // The thank-you copies the helper's manager (from the demo directory).
        var thanks = page.Locator("[data-result^='thanks:'] .draft").First;
        await Expect(thanks.Locator(".cc")).ToHaveTextAsync(manager);
        await Expect(thanks.Locator(".preview")).ToContainTextAsync("Thank you for taking care of this");
        await Expect(thanks.Locator(".preview")).ToContainTextAsync("Jane Doe");
        await Expect(page.Locator("[data-result^='thanks:']").First).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "thank-you");
        await AssertNoOverflowAsync(page);

        // The conversation's Agreements show it done, not overdue.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agreements" }).ClickAsync();
        var done = page.Locator($".agreement-card[data-what='{what}']");
        await Expect(done.Locator(".status")).ToHaveTextAsync("Done");
        await Expect(done.Locator(".due")).Not.ToHaveClassAsync(new Regex("overdue"));
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task EscalatingFromTheBoardSummarisesBothEmailsWithTheirDatesToBothManagers(int width)
    {
        var page = await OpenAsync(width, "Budget codes");
        await TrackAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        var kim = page.Locator(".board-person[data-address='kim.nguyen@contoso.com']");
        await Expect(kim).ToContainTextAsync("2 unanswered");
        await kim.GetByRole(AriaRole.Button, new() { Name = "Escalate: Kim Nguyen" }).ClickAsync();

        var summary = page.Locator("textarea.summary");
        await Expect(summary).ToHaveValueAsync(new Regex("2 emails in all \\(Thursday 5 November, Thursday 12 November\\)"));
        // Kim's manager and Jane's, from the directory.
        await Expect(page.Locator(".managers")).ToHaveTextAsync("victor.hugo@contoso.com; helen.park@contoso.com");
        await Expect(page.Locator("#escalation-title")).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "escalation");
        await AssertNoOverflowAsync(page);

        // Editable before it goes out, and kept: saved on the tracked conversation (by whom, when).
        await summary.FillAsync("Hi Victor and Helen,\n\nShort version: we need the budget code by Friday.");
        await Expect(page.Locator(".saved-by")).ToContainTextAsync("Changes not saved yet");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save summary" }).ClickAsync();
        var saved = page.Locator("[data-result$=':saved']");
        await Expect(saved).ToContainTextAsync("Saved with this conversation");
        await Expect(saved).ToBeFocusedAsync();
        await Expect(page.Locator(".saved-by")).ToHaveTextAsync(new Regex("^Your words, saved by you today at \\d{1,2}:\\d{2}"));
        await PaneBrowser.ScreenshotAsync(page, "escalation-saved");
        await AssertNoOverflowAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to the board" }).ClickAsync();
        await Expect(page.Locator("#pile-waiting")).ToBeVisibleAsync();
        await page.CloseAsync();

        // Reloaded: the summary is the user's, from the API's escalation draft; back to CrossDept's words forgets it.
        page = await OpenAsync(width, "Laptops");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        await page.Locator(".board-person[data-address='kim.nguyen@contoso.com']").GetByRole(AriaRole.Button, new() { Name = "Escalate: Kim Nguyen" }).ClickAsync();
        summary = page.Locator("textarea.summary");
        await Expect(summary).ToHaveValueAsync("Hi Victor and Helen,\n\nShort version: we need the budget code by Friday.");
        await Expect(page.Locator(".saved-by")).ToContainTextAsync("Your words, saved by you");
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to CrossDept's words" }).ClickAsync();
        await Expect(summary).ToHaveValueAsync(new Regex("2 emails in all"));
        await Expect(summary).ToBeFocusedAsync();
        await Expect(page.Locator(".saved-by")).ToHaveTextAsync("CrossDept's words.");
        await page.CloseAsync();
    }

    [TestCase(320, "sam.ortiz@contoso.com", "Budget codes")]
    [TestCase(450, "liam.wilson@contoso.com", "engage clients")]
    public async Task TheBoardRemindsCallsAndOpensInPlace(int width, string caller, string callersConversation)
    {
        var page = await OpenAsync(width, callersConversation);
        await TrackAsync(page);
        // The samples' own week has someone at "remind": Jane asked Nora once, on Tuesday, two business days ago.
        await SelectConversationAsync(page, "Training room");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Training room");
        await TrackAsync(page);
        // Elsewhere first, so Open has somewhere to come back from.
        await SelectConversationAsync(page, "Laptops for the five");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Laptops");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();

        // Remind: the board says so (the API's own next step), and the reminder draft opens in place, focused.
        var nora = page.Locator(".board-person[data-address='nora.fields@contoso.com']");
        await Expect(nora.Locator(".next")).ToHaveTextAsync("Remind");
        await nora.GetByRole(AriaRole.Button, new() { Name = "Draft reminder" }).ClickAsync();
        var reminder = nora.Locator("[data-result$=':reminder']");
        await Expect(reminder.Locator(".envelope")).ToContainTextAsync("nora.fields@contoso.com");
        await Expect(reminder.Locator(".preview")).ToContainTextAsync("training room");
        await Expect(reminder.Locator(".preview")).ToContainTextAsync("Jane Doe");
        await Expect(reminder).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "board-remind");
        await AssertNoOverflowAsync(page);

        // Call: talking points and slots, then book; the board item says when.
        var callee = page.Locator($".board-person[data-address='{caller}']");
        await callee.GetByRole(AriaRole.Button, new() { Name = "Schedule 15 min" }).ClickAsync();
        await Expect(callee.Locator(".talking-points .preview")).Not.ToBeEmptyAsync();
        await Expect(callee.Locator("button.slot").First).ToBeVisibleAsync();
        await PaneBrowser.ScreenshotAsync(page, "board-call");
        await callee.Locator("button.slot").First.ClickAsync();
        await Expect(callee.Locator(".success")).ToContainTextAsync("Call booked");
        await Expect(callee.Locator("[data-result$=':booked']")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        await Expect(callee.Locator(".next")).ToContainTextAsync(new Regex("^Call booked \\w{3} \\d{1,2}:\\d{2}"));
        await PaneBrowser.ScreenshotAsync(page, "board-call-booked");
        await AssertNoOverflowAsync(page);

        // Open: the item's conversation, on its Agreements, focus on its subject.
        await callee.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open: ") }).ClickAsync();
        await Expect(page.Locator("h1.subject")).ToContainTextAsync(callersConversation);
        await Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Agreements" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("h1.subject")).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "board-open");
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task ABookedCallChangesTheCardAndCountsIsStillBookedAfterAReloadAndBookingAgainAsksFirst(int width)
    {
        var page = await OpenAsync(width, "engage clients");
        // What tracking knows (calls booked before) is merged in once it has answered: tracked, or offered to be.
        await Expect(page.Locator(".badge.tracked").Or(page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true }))).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var counts = page.Locator(".counts");
        var toCallBefore = int.Parse(Regex.Match(await counts.TextContentAsync() ?? "", "(\\d+) to call").Groups[1].Value);
        var address = width == 320 ? "noah.kim@contoso.com" : "emma.davis@contoso.com";
        var card = page.Locator($".person[data-address='{address}']");
        await Expect(card.Locator(".next")).ToHaveClassAsync(new Regex("\\bcall\\b"));

        await card.GetByRole(AriaRole.Button, new() { Name = "Schedule 15 min" }).ClickAsync();
        // Talking points before booking; slots over several days, not one afternoon.
        await Expect(card.Locator(".talking-points .preview")).ToContainTextAsync("advice");
        await Expect(card.Locator("button.slot").First).ToBeVisibleAsync();
        var starts = await card.Locator("button.slot").EvaluateAllAsync<string[]>("slots => slots.map(s => s.dataset.start)");
        Assert.That(starts.Select(s => DateTimeOffset.Parse(s).ToOffset(TimeSpan.FromHours(-5)).Date).Distinct().Count(), Is.GreaterThan(1));
        await PaneBrowser.ScreenshotAsync(page, "call-before-booking");
        await card.Locator("button.slot").First.ClickAsync();

        await Expect(card.Locator(".success")).ToContainTextAsync("Call booked");
        await Expect(card.Locator("[data-result$=':booked']")).ToBeFocusedAsync();
        await Expect(card.Locator(".next")).ToContainTextAsync(new Regex("^Call booked \\w{3} \\d{1,2}:\\d{2}"));
        await Expect(counts).ToContainTextAsync($"{toCallBefore - 1} to call");
        await Expect(counts).ToContainTextAsync(new Regex("\\d+ calls? booked"));
        await PaneBrowser.ScreenshotAsync(page, "call-booked");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();

        // Reloaded: still booked, and another booking asks first.
        page = await OpenAsync(width, "engage clients");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        card = page.Locator($".person[data-address='{address}']");
        await Expect(card.Locator(".next")).ToContainTextAsync("Call booked");
        await card.GetByRole(AriaRole.Button, new() { Name = "Book another call" }).ClickAsync();
        var ask = card.GetByRole(AriaRole.Alertdialog, new() { Name = "Book another call?" });
        await Expect(ask).ToContainTextAsync("A call is already booked");
        await Expect(card.Locator("button.slot")).ToHaveCountAsync(0);
        await PaneBrowser.ScreenshotAsync(page, "call-rebook-asks");
        await ask.GetByRole(AriaRole.Button, new() { Name = "Keep the booked call" }).ClickAsync();

        // The call happened and they agreed: the person moves off the ladder.
        await card.GetByRole(AriaRole.Button, new() { Name = "They agreed" }).ClickAsync();
        await Expect(card.Locator(".next")).ToHaveTextAsync("Nothing to do");
        await Expect(card).ToContainTextAsync("Last call: agreed on the call");
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task AnEditedAgreementIsThereAfterAReloadAndTheConfirmationUsesItInTheServersWords(int width)
    {
        var page = await OpenAsync(width, "Churn and refund data");
        var refunds = page.Locator(".agreement-card", new() { Has = page.Locator(".owner", new() { HasText = "Mei Lin" }) });
        await refunds.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Edit") }).ClickAsync();
        await page.GetByLabel("What").FillAsync("send the refund numbers, only for North America");
        await page.GetByLabel("By").FillAsync("2026-11-13");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        var corrected = page.Locator(".agreement-card[data-what='send the refund numbers, only for North America']", new() { HasText = "Mei Lin" });
        await Expect(corrected).ToContainTextAsync("Corrected by you");
        // Focus stays on the corrected agreement.
        await Expect(corrected.Locator("button").First).ToBeFocusedAsync();
        await page.CloseAsync();

        page = await OpenAsync(width, "Churn and refund data");
        var edited = page.Locator(".agreement-card[data-what='send the refund numbers, only for North America']", new() { HasText = "Mei Lin" });
        await Expect(edited).ToContainTextAsync("Corrected by you");
        await Expect(edited.Locator("time")).ToHaveAttributeAsync("datetime", "2026-11-13");
        await PaneBrowser.ScreenshotAsync(page, "agreement-corrected");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Confirm" }).ClickAsync();
        var preview = page.Locator(".preview");
        await Expect(preview).ToContainTextAsync("Mei Lin — send the refund numbers, only for North America — by Friday 13 November");
        await Expect(preview).ToContainTextAsync(new Regex("Thanks,\\s+Jane Doe\\s*$"));
        await PaneBrowser.ScreenshotAsync(page, "confirm-corrected");
        await page.CloseAsync();
    }

    [TestCase(320, "Landing page", "send the first draft")]
    [TestCase(450, "Churn and refund data", "put together the combined sheet and share it")]
    public async Task MarkingAnAgreementDoneKeepsFocusOnItsThankYouAndItIsNoLongerOverdue(int width, string conversation, string what)
    {
        var page = await OpenAsync(width, conversation);
        var card = page.Locator($".agreement-card[data-what='{what}']");
        await Expect(card.Locator(".due")).ToHaveClassAsync(new Regex("overdue"));
        await card.GetByRole(AriaRole.Button, new() { Name = $"Mark done: {what}" }).ClickAsync();

        // Tracked on the way (done is kept on the board); the API's view says done, and not overdue.
        await Expect(page.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        await Expect(card.Locator(".status")).ToHaveTextAsync("Done");
        await Expect(card.Locator(".due")).Not.ToHaveClassAsync(new Regex("overdue"));
        var thanks = card.Locator("[data-result^='thanks:']");
        await Expect(thanks.Locator(".preview")).ToContainTextAsync("Thank you");
        await Expect(thanks).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "agreement-done");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task TheComposeCheckIsReachableInTheDemoWithAnExample(int width)
    {
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null);
        await Expect(page.Locator("h1.subject")).Not.ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Check" }).ClickAsync();
        var box = page.GetByLabel("The request you are writing");
        await Expect(box).ToHaveValueAsync(new Regex("ASAP"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check", Exact = true }).ClickAsync();
        var vague = page.Locator(".finding[data-issue='vagueDate']");
        await Expect(vague).ToContainTextAsync("ASAP");
        await PaneBrowser.ScreenshotAsync(page, "demo-check");
        await AssertNoOverflowAsync(page);

        await vague.GetByLabel("Replace").FillAsync("by Tuesday 17 November, because the Q4 review is on the 18th");
        await vague.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(vague.GetByRole(AriaRole.Status)).ToContainTextAsync("Replaced");
        await Expect(box).ToHaveValueAsync(new Regex("churn numbers by Tuesday 17 November, because the Q4 review is on the 18th\\?"));
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task AReferralShowsWhomTheyNamedAndMovesTheAskThere(int width)
    {
        // The reader finds Olivia's referral in the sample itself: "Marcus on the platform team owns ingestion - he would be a better fit."
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null);
        await SelectConversationAsync(page, "Nightly feed");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var olivia = page.Locator(".person[data-address='olivia.brooks@contoso.com']");
        await Expect(olivia.Locator(".status")).ToHaveTextAsync("Referred");
        await Expect(olivia.Locator(".next")).ToHaveTextAsync("Referred you to Marcus Reed");
        await olivia.GetByRole(AriaRole.Button, new() { Name = "Move the ask to Marcus Reed" }).ClickAsync();

        var draft = olivia.Locator(".draft");
        await Expect(draft.Locator(".envelope")).ToContainTextAsync("marcus.reed@contoso.com");
        await Expect(draft.Locator(".preview")).ToContainTextAsync("Olivia Brooks suggested you are the right person");
        await Expect(draft.Locator(".preview")).ToContainTextAsync("nightly feed of support tickets");
        await Expect(olivia.Locator("[data-result$=':referral']")).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "referral");
        await AssertNoOverflowAsync(page);

        // Track, then Stop tracking: the header says which, and focus stays on the control.
        await page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true }).ClickAsync();
        await Expect(page.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        await page.GetByRole(AriaRole.Button, new() { Name = "Stop tracking" }).ClickAsync();
        await page.GetByRole(AriaRole.Alertdialog, new() { Name = "Stop tracking?" }).GetByRole(AriaRole.Button, new() { Name = "Stop tracking" }).ClickAsync();
        var track = page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true });
        await Expect(track).ToBeVisibleAsync();
        await Expect(track).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [TestCase(320, "Recap: holiday", "send the campaign calendar")]
    [TestCase(450, "Legal check", "send a redline")]
    public async Task DropAddAndRemoveKeepFocusOnTheAgreements(int width, string conversation, string first)
    {
        var page = await OpenAsync(width, conversation);
        await TrackAsync(page);
        var card = (string what) => page.Locator($".agreement-card[data-what='{what}']");

        // Drop: focus stays on the dropped agreement.
        await card(first).GetByRole(AriaRole.Button, new() { Name = $"Drop: {first}" }).ClickAsync();
        await Expect(card(first).Locator(".status")).ToHaveTextAsync("Dropped");
        await Expect(card(first).Locator("button").First).ToBeFocusedAsync();

        // Add: focus goes to the new agreement.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add agreement" }).ClickAsync();
        await page.GetByLabel("What").FillAsync("send the signed copy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(card("send the signed copy").Locator("button").First).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "agreement-added");

        // Remove: focus goes to the agreement before it (the last one here), not the page.
        var before = await page.Locator(".agreement-card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.what)");
        var neighbour = before[Array.IndexOf(before, "send the signed copy") - 1];
        await card("send the signed copy").GetByRole(AriaRole.Button, new() { Name = "Remove: send the signed copy" }).ClickAsync();
        await Expect(card("send the signed copy")).ToHaveCountAsync(0);
        await Expect(card(neighbour).Locator("button").First).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [TestCase(320, "Recap: holiday")]
    [TestCase(450, "Legal check")]
    public async Task StopTrackingAsksFirstSayingWhatItDeletesAndIsKeyboardReachable(int width, string conversation)
    {
        var page = await OpenAsync(width, conversation);
        await TrackAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agreements" }).ClickAsync();
        var first = page.Locator(".agreement-card").First;
        if (await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Drop: ") }).CountAsync() > 0)
            await first.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Drop: ") }).ClickAsync();
        await Expect(first.Locator(".status")).ToHaveTextAsync("Dropped");

        // Asked, by keyboard: the confirmation is focused and says what goes; Escape keeps tracking.
        await page.Locator("#track-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var ask = page.GetByRole(AriaRole.Alertdialog, new() { Name = "Stop tracking?" });
        await Expect(ask).ToContainTextAsync(new Regex("deletes \\d+ corrections?"));
        var confirm = ask.GetByRole(AriaRole.Button, new() { Name = "Stop tracking" });
        await Expect(confirm).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "stop-tracking-asks");
        await AssertNoOverflowAsync(page);
        await page.Keyboard.PressAsync("Escape");
        await Expect(ask).ToHaveCountAsync(0);
        await Expect(page.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        await Expect(page.Locator("#track-toggle")).ToBeFocusedAsync();

        // Asked again and confirmed (Enter): off the board, focus on Track.
        await page.Keyboard.PressAsync("Enter");
        await Expect(confirm).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        var track = page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true });
        await Expect(track).ToBeFocusedAsync();
        await Expect(page.Locator(".badge.tracked")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [TestCase(320, "ava.martin@contoso.com")]
    [TestCase(450, "mia.lewis@contoso.com")]
    public async Task ACallThatReferredMeOnSaysToWhomAndMovesTheAskThere(int width, string address)
    {
        var page = await OpenAsync(width, "engage clients");
        await Expect(page.Locator(".badge.tracked").Or(page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true }))).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var card = page.Locator($".person[data-address='{address}']");
        await card.GetByRole(AriaRole.Button, new() { Name = "Schedule 15 min" }).ClickAsync();
        await card.Locator("button.slot").First.ClickAsync();
        await Expect(card.Locator(".success")).ToContainTextAsync("Call booked");

        await card.GetByRole(AriaRole.Button, new() { Name = "Referred me on" }).ClickAsync();
        var whom = card.GetByLabel("Referred you to");
        await Expect(whom).ToBeFocusedAsync();
        await whom.FillAsync("Marcus Reed");
        await card.GetByLabel("Their address (optional)").FillAsync("marcus.reed@contoso.com");
        await PaneBrowser.ScreenshotAsync(page, "call-referred-whom");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(card.Locator(".status")).ToHaveTextAsync("Referred");
        await Expect(card.Locator(".next")).ToHaveTextAsync("Referred you to Marcus Reed");
        await Expect(card.Locator("[data-result$=':referral']")).ToBeFocusedAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Move the ask to Marcus Reed" }).ClickAsync();
        var draft = card.Locator(".draft");
        await Expect(draft.Locator(".envelope")).ToContainTextAsync("marcus.reed@contoso.com");
        await Expect(draft.Locator(".preview")).ToContainTextAsync("suggested you are the right person");
        await PaneBrowser.ScreenshotAsync(page, "call-referred");
        await AssertNoOverflowAsync(page);
        await page.CloseAsync();

        // Kept: after a reload the card still says whom.
        page = await OpenAsync(width, "engage clients");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        await Expect(page.Locator($".person[data-address='{address}'] .next")).ToHaveTextAsync("Referred you to Marcus Reed");
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task EveryTabFitsThePaneAndTheDemoOpensOnTheLiveliestConversationOnTheSamplesWeek(int width)
    {
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null);
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("engage clients");
        foreach (var tab in new[] { "Agreements", "Confirm", "People", "Board", "Check" })
        {
            await page.GetByRole(AriaRole.Tab, new() { Name = tab }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Tab, new() { Name = tab })).ToHaveAttributeAsync("aria-selected", "true");
            await AssertNoOverflowAsync(page);
        }
        // Selecting a tab does not move the others: each keeps room for its bold label.
        var before = await page.Locator(".tab").EvaluateAllAsync<double[]>("tabs => tabs.map(t => t.getBoundingClientRect().left)");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Agreements" }).ClickAsync();
        var after = await page.Locator(".tab").EvaluateAllAsync<double[]>("tabs => tabs.map(t => t.getBoundingClientRect().left)");
        Assert.That(after, Is.EqualTo(before).Within(0.5));
        // On the samples' week nothing is weeks overdue.
        Assert.That(await page.Locator(".due").AllTextContentsAsync(), Has.None.Match("\\d{2} days overdue"));
        await page.CloseAsync();
    }

    [Test]
    public async Task ALinkFromTheMorningDigestOpensItsTrackedConversationOnItsAgreements()
    {
        // The conversation the pane opens by itself, and another one, which gets tracked.
        var page = await Browser.OpenPaneAsync(Api, 320, outlook: null);
        var subject = page.Locator("h1.subject");
        await Expect(subject).Not.ToBeEmptyAsync(new() { Timeout = 30_000 });
        var first = await subject.InnerTextAsync();
        var picker = page.GetByLabel("Sample conversation");
        var other = await picker.EvaluateAsync<string>("select => [...select.options].find(o => o.value && o.value !== select.value).value");
        await picker.SelectOptionAsync(other);
        await Expect(subject).Not.ToHaveTextAsync(first);
        await TrackAsync(page);
        var linkedSubject = await subject.InnerTextAsync();
        using var http = new HttpClient { BaseAddress = Api };
        var tracked = await http.GetFromJsonAsync<JsonElement>("/api/tracked");
        var id = tracked.EnumerateArray().First(t => t.GetProperty("conversationId").GetString() == other).GetProperty("id").GetString()!;

        // The digest's link, {pane}?tracked=ID, opens that conversation, not the most useful one, on its Agreements.
        var linked = await Browser.OpenPaneAsync(Api, 320, outlook: null, query: "?tracked=" + Uri.EscapeDataString(id));
        await Expect(linked.Locator("h1.subject")).ToHaveTextAsync(linkedSubject, new() { Timeout = 30_000 });
        await Expect(linked.GetByRole(AriaRole.Tab, new() { Name = "Agreements" })).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(linked.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        await PaneBrowser.ScreenshotAsync(linked, "digest-link");
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task TheBoardSaysWhetherAsksAreFollowedWhileOutlookIsClosedAndTurnsTheMorningDigestOnAndOffByKeyboard(int width)
    {
        var page = await OpenAsync(width, "Budget codes");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        var section = page.Locator("section.following");
        // Demo mode: the API says following is on (its samples folder is watched) and how to see it work.
        await Expect(section.Locator("[data-result='following']")).ToContainTextAsync("Following: on");
        await Expect(section.Locator("[data-result='following'] .hint")).ToContainTextAsync(".eml");
        var digest = section.Locator("[data-result='digest']");
        await Expect(digest).ToContainTextAsync("Morning digest:");
        // Each width starts from off, whatever the run before left.
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Turn off the morning digest" }).IsVisibleAsync())
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Turn off the morning digest" }).ClickAsync();
            await Expect(digest).ToContainTextAsync("Morning digest: off");
        }
        await PaneBrowser.ScreenshotAsync(page, "following");
        await AssertNoOverflowAsync(page);

        // On, by keyboard: focus stays on the control, which now turns it off.
        await page.Locator("#digest-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(digest).ToContainTextAsync("Morning digest: on");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Turn off the morning digest" });
        await Expect(toggle).ToBeFocusedAsync();
        await PaneBrowser.ScreenshotAsync(page, "digest-on");
        await page.CloseAsync();

        // Kept by the API: on after a reload; then off again.
        page = await OpenAsync(width, "Budget codes");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        digest = page.Locator("section.following [data-result='digest']");
        await Expect(digest).ToContainTextAsync("Morning digest: on");
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn off the morning digest" }).ClickAsync();
        await Expect(digest).ToContainTextAsync("Morning digest: off");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Turn on the morning digest" })).ToBeFocusedAsync();
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task AConversationPickedWhileThePaneStartsWinsOverTheMostUsefulOne(int width)
    {
        // start() waits for /api/me after the list: hold /api/me back, so the picker is usable while the pane still starts.
        var release = new TaskCompletionSource();
        var analysed = new List<string>();
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null, beforeLoad: async p =>
        {
            p.Request += (_, request) => { if (request.Url.EndsWith("/analysis", StringComparison.Ordinal)) lock (analysed) analysed.Add(request.Url); };
            await p.RouteAsync("**/api/me", async route => { await release.Task; await route.ContinueAsync(); });
        });
        await SelectConversationAsync(page, "Laptops for the five");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Laptops", new() { Timeout = 30_000 });

        var me = page.WaitForResponseAsync(r => r.Url.EndsWith("/api/me", StringComparison.Ordinal));
        release.SetResult();
        await me;
        // What start() would have done next happens within a task or two of /api/me answering; a render later, still the user's pick.
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 500))");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Laptops");
        await Expect(page.Locator(".agreement-card[data-what='provision the 5 laptops']")).ToBeVisibleAsync();
        lock (analysed)
            Assert.That(analysed, Has.None.Contains("02-twelve-peers"), "the most useful conversation was not loaded over the user's pick");
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task ASlowAnswerForTheFirstConversationDoesNotReplaceTheOneThenPicked(int width)
    {
        // The first screen's conversation (the liveliest) answers late: the user has picked another meanwhile.
        var release = new TaskCompletionSource();
        var page = await Browser.OpenPaneAsync(Api, width, outlook: null, beforeLoad: p =>
            p.RouteAsync("**/api/mailbox/conversations/02-twelve-peers/analysis", async route => { await release.Task; await route.ContinueAsync(); }));
        var picker = page.GetByLabel("Sample conversation");
        await Expect(picker).ToBeVisibleAsync();
        await Expect(page.Locator("#panel")).ToContainTextAsync("Reading the conversation", new() { Timeout = 30_000 });
        await SelectConversationAsync(page, "Laptops for the five");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Laptops", new() { Timeout = 30_000 });
        await Expect(page.Locator(".badge.tracked").Or(page.GetByRole(AriaRole.Button, new() { Name = "Track", Exact = true }))).ToBeVisibleAsync();

        var late = page.WaitForResponseAsync(r => r.Url.EndsWith("02-twelve-peers/analysis", StringComparison.Ordinal));
        release.SetResult();
        await late;
        await page.EvaluateAsync("() => new Promise(r => setTimeout(r, 500))");
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Laptops");
        await Expect(picker).ToHaveValueAsync("06-laptops");
        await Expect(page.Locator(".agreement-card[data-what='provision the 5 laptops']")).ToBeVisibleAsync();
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task InOutlookReadModeDatesAreJudgedOnTheApisClock(int width)
    {
        // The browser's clock is five weeks after the API's: the pane must use the API's "now" (GET /api/me), not its own.
        var eml = Path.Combine(CrossDept.Tests.Support.SharedFolder.RepoRoot, "samples", "01-churn-export", "04.eml");
        var me = Browser.OpenPaneAsync(Api, width, OutlookMailbox.Reading(eml), browserNow: DateTimeOffset.Parse("2026-12-20T12:00:00-05:00"));
        var page = await me;
        await Expect(page.Locator(".agreement-card .due").First).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var dues = await page.Locator(".agreement-card .due").AllTextContentsAsync();
        Assert.That(dues, Has.None.Match("\\d{2} days overdue"), "judged on the browser's 20 December, not the API's 12 November");
        Assert.That(dues, Has.Some.Match("Nov"));
        await page.CloseAsync();
    }
}
