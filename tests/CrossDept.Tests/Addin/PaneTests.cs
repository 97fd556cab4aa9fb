using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using CrossDept.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CrossDept.Tests.Addin;

/// <summary>The task pane in headless Chromium against the real API, inside a fake Outlook or a plain Browser.</summary>
[TestFixture, NonParallelizable]
public sealed class PaneTests : PaneFixture
{
    static string Corpus(string conversation, string file) => Path.Combine(SharedFolder.Require("corpus/dev/" + conversation), file);

    [TestCase(320)]
    [TestCase(450)]
    public async Task ReadingAConversationShowsItsAgreementsAndOpensTheConfirmationAsReplyAll(int width)
    {
        var page = await Browser.OpenPaneAsync(Api, width, OutlookMailbox.Reading(Corpus("01-churn-export", "02.eml")));

        var agreement = page.Locator(".card", new() { HasText = "Raj Patel" });
        await Expect(agreement).ToContainTextAsync("churn export");
        await Expect(agreement.Locator("time")).ToHaveAttributeAsync("datetime", "2026-11-04");
        await agreement.GetByText("Show quote").ClickAsync();
        await Expect(agreement.Locator("blockquote")).ToContainTextAsync("pull the churn export");
        await Expect(agreement.Locator("summary")).ToHaveTextAsync("Hide quote");
        await PaneBrowser.ScreenshotAsync(page, "agreements");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.Locator(".preview")).ToContainTextAsync("churn export");
        await PaneBrowser.ScreenshotAsync(page, "confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open reply-all" }).ClickAsync();
        await Expect(page.GetByText("The reply is open in Outlook")).ToBeVisibleAsync();

        var replies = (await PaneBrowser.CapturedAsync(page)).GetProperty("replyAll");
        Assert.That(replies.GetArrayLength(), Is.EqualTo(1));
        Assert.That(replies[0].GetProperty("api").GetString(), Is.EqualTo("displayReplyAllFormAsync"));
        Assert.That(replies[0].GetProperty("htmlBody").GetString(), Does.Contain("churn export"));

        // What was confirmed is tracked, and the board shows it.
        await Expect(page.GetByText("On your board: CrossDept will show")).ToBeVisibleAsync();
        await Expect(page.Locator(".badge.tracked")).ToHaveTextAsync("Tracked");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        await Expect(page.Locator(".pile", new() { HasText = "Overdue" }).Locator(".card", new() { HasText = "Raj Patel" })).ToContainTextAsync("churn export");
        await PaneBrowser.ScreenshotAsync(page, "board");
        await page.CloseAsync();
    }

    [Test]
    public async Task AnAgreementAddedBeforeConfirmingIsInTheReply()
    {
        var page = await Browser.OpenPaneAsync(Api, 450, OutlookMailbox.Reading(Corpus("01-churn-export", "02.eml"), mailboxVersion: "1.5"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Add agreement" }).ClickAsync();
        await page.GetByLabel("Who").SelectOptionAsync(new SelectOptionValue { Label = "Mei Lin" });
        await page.GetByLabel("What").FillAsync("send the refund breakdown");
        await page.GetByLabel("By").FillAsync("2026-11-06");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Expect(page.Locator(".card", new() { HasText = "Mei Lin" })).ToContainTextAsync("send the refund breakdown");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.Locator(".envelope")).ToContainTextAsync("mei.lin@contoso.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open reply-all" }).ClickAsync();
        await Expect(page.GetByText("The reply is open in Outlook")).ToBeVisibleAsync();

        // Mailbox 1.5 has no displayReplyAllFormAsync: the pane falls back to displayReplyAllForm.
        var reply = (await PaneBrowser.CapturedAsync(page)).GetProperty("replyAll")[0];
        Assert.That(reply.GetProperty("api").GetString(), Is.EqualTo("displayReplyAllForm"));
        // The server's words (one composer), signed with the mailbox owner's name.
        Assert.That(reply.GetProperty("htmlBody").GetString(), Does.Contain("Mei Lin &#x2014; send the refund breakdown &#x2014; by Friday 6 November"));
        Assert.That(reply.GetProperty("htmlBody").GetString(), Does.Contain("Thanks,<br>Jane Doe"));
        await page.CloseAsync();
    }

    [Test]
    public async Task WhenOutlookFailsToGiveTheBodyThePaneSaysSoAndRetries()
    {
        var page = await Browser.OpenPaneAsync(Api, 320, OutlookMailbox.Reading(Corpus("01-churn-export", "02.eml"), failBodyOnce: true));
        var error = page.GetByRole(AriaRole.Alert);
        await Expect(error).ToContainTextAsync("Outlook couldn't get the message body. Try again.");
        await PaneBrowser.ScreenshotAsync(page, "error");
        await error.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();
        await Expect(page.Locator("h1.subject")).ToContainTextAsync("Churn and refund data");
        await page.CloseAsync();
    }

    [Test]
    public async Task TabsAreReachedWithTheKeyboardAndShowTheirFocus()
    {
        var page = await Browser.OpenPaneAsync(Api, 320, OutlookMailbox.Reading(Corpus("01-churn-export", "02.eml")));
        var agreements = page.GetByRole(AriaRole.Tab, new() { Name = "Agreements" });
        await Expect(agreements).ToHaveAttributeAsync("aria-selected", "true");
        await agreements.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        var confirm = page.GetByRole(AriaRole.Tab, new() { Name = "Confirm" });
        await Expect(confirm).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(confirm).ToBeFocusedAsync();
        var outline = await confirm.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle");
        Assert.That(outline, Is.EqualTo("solid"), "the focused tab shows Fluent's focus stroke");
        await page.CloseAsync();
    }

    [Test]
    public async Task APlainBrowserShowsTheSampleConversationsWithWhoRepliedAndWhoToCall()
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Corpus("02-twelve-peers", "expected.json"))).RootElement.GetProperty("recipients");
        // Reported, not asserted (timings belong to benchmarks): a first load in a new browser (the fixture has already warmed the
        // server's reading rules, so "cold" is the browser's, not the server's), and a second one.
        // A second Chromium with the real clock: a pinned clock freezes performance.now().
        await using var timing = await PaneBrowser.LaunchAsync();
        var measured = await timing.OpenPaneAsync(Api, 450, outlook: null);
        var cold = await PaneBrowser.FirstRenderAsync(measured);
        await measured.CloseAsync();
        measured = await timing.OpenPaneAsync(Api, 450, outlook: null);
        var warm = await PaneBrowser.FirstRenderAsync(measured);
        await measured.CloseAsync();
        await File.WriteAllTextAsync(Path.Combine(PaneBrowser.Screenshots, "..", "first-render-ms.txt"), $"cold {cold:0}\nwarm {warm:0}\n");
        TestContext.Out.WriteLine($"First render after navigation start: {cold:0} ms in a new browser (server warmed), {warm:0} ms after");

        var page = await Browser.OpenPaneAsync(Api, 450, outlook: null);
        await Expect(page.GetByText("Demo", new() { Exact = true })).ToBeVisibleAsync();

        await SelectConversationAsync(page, "engage clients");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();

        var people = expected.EnumerateObject().ToArray();
        var replied = people.Count(p => p.Value.GetProperty("status").GetString() == "replied");
        await Expect(page.Locator(".glance")).ToHaveTextAsync($"{replied} of {people.Length} replied");
        foreach (var person in people)
        {
            var card = page.Locator($".person[data-address='{person.Name}']");
            var next = person.Value.GetProperty("nextStep").GetString();
            await Expect(card.Locator(".next")).ToHaveClassAsync(new Regex($"\\b{next}\\b"));
            var unanswered = person.Value.GetProperty("unansweredRequests").GetInt32();
            if (unanswered > 0)
                await Expect(card).ToContainTextAsync(unanswered == 1 ? "1 email unanswered" : $"{unanswered} emails unanswered");
        }
        await PaneBrowser.ScreenshotAsync(page, "people");
        await page.CloseAsync();
    }

    [Test]
    public async Task WithoutOfficeJsThePaneStillStartsInDemoMode()
    {
        var page = await Browser.OpenPaneAsync(Api, 320, outlook: null, officeJsUnreachable: true);
        await Expect(page.GetByText("Demo", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Sample conversation")).ToBeVisibleAsync();
        await Expect(page.Locator("h1.subject")).Not.ToBeEmptyAsync();
        await page.CloseAsync();
    }

    [Test]
    public async Task SchedulingACallProposesFreeSlotsAndBooksOne()
    {
        var page = await Browser.OpenPaneAsync(Api, 320, outlook: null);
        await SelectConversationAsync(page, "engage clients");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var address = await page.Locator(".person", new() { Has = page.Locator(".next.call") }).First.GetAttributeAsync("data-address");
        var toCall = page.Locator($".person[data-address='{address}']");
        var toCallName = toCall.Locator(".name").TextContentAsync();
        await PaneBrowser.ScreenshotAsync(page, "people");

        // The phone shown is the directory's (GET /api/people/{address}), as a tel: link, or a plain "none".
        using var http = new HttpClient { BaseAddress = Api };
        var card = JsonDocument.Parse(await http.GetStringAsync($"/api/people/{address}")).RootElement;
        await toCall.GetByRole(AriaRole.Button, new() { Name = "Show phone" }).ClickAsync();
        var phones = card.GetProperty("phones").EnumerateArray().Select(p => p.GetString()!).ToArray();
        if (phones.Length > 0)
            await Expect(toCall.Locator("a[href^='tel:']")).ToHaveTextAsync(phones);
        else
            await Expect(toCall).ToContainTextAsync("No phone number in the directory");

        await toCall.GetByRole(AriaRole.Button, new() { Name = "Schedule 15 min" }).ClickAsync();
        var slot = toCall.Locator("button.slot").First;
        await Expect(slot).ToBeVisibleAsync();
        await PaneBrowser.ScreenshotAsync(page, "schedule");
        var bookedStart = await slot.GetAttributeAsync("data-start");
        await slot.ClickAsync();
        await Expect(toCall.Locator(".success")).ToContainTextAsync("Call booked");
        await Expect(toCall).ToContainTextAsync("Noted on your board");
        await Expect(toCall.Locator(".next")).ToContainTextAsync("Call booked");
        await PaneBrowser.ScreenshotAsync(page, "booked");

        // On the board the booked call turns "call" into "wait" for that person.
        await page.GetByRole(AriaRole.Tab, new() { Name = "Board" }).ClickAsync();
        var onBoard = page.Locator(".pile", new() { HasText = "Waiting on" }).Locator(".card", new() { HasText = (await toCallName)! });
        await Expect(onBoard.Locator(".next")).ToContainTextAsync("Call booked");
        await PaneBrowser.ScreenshotAsync(page, "board-after-call");
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();

        // Booked once: the same slot is no longer free on the owner's calendar.
        var slots = JsonDocument.Parse(await (await http.PostAsJsonAsync("/api/calls/slots",
            new { address, minutes = 15, withinBusinessDays = 5, timeZone = "America/New_York" })).Content.ReadAsStringAsync()).RootElement;
        Assert.That(slots.GetProperty("slots").EnumerateArray().Select(s => s.GetProperty("start").GetDateTimeOffset()),
            Has.None.EqualTo(DateTimeOffset.Parse(bookedStart!)));
        await page.CloseAsync();
    }

    [Test]
    public async Task SomeoneWhoHasNotAnsweredGetsAReminderOpenedAsANewEmail()
    {
        // Jane's follow-up to eleven people, open in Outlook without a tenant: the pane analyses this one message.
        var page = await Browser.OpenPaneAsync(Api, 450, OutlookMailbox.Reading(Corpus("02-twelve-peers", "04.eml")));
        await page.GetByRole(AriaRole.Tab, new() { Name = "People" }).ClickAsync();
        var toRemind = page.Locator(".person", new() { Has = page.Locator(".next.remind") }).First;
        await Expect(toRemind).ToContainTextAsync("1 email unanswered");
        var address = await toRemind.GetAttributeAsync("data-address");

        await toRemind.GetByRole(AriaRole.Button, new() { Name = "Draft reminder" }).ClickAsync();
        await Expect(toRemind.Locator(".preview")).ToContainTextAsync("engage clients");
        await PaneBrowser.ScreenshotAsync(page, "reminder");
        await toRemind.GetByRole(AriaRole.Button, new() { Name = "Open as email" }).ClickAsync();

        var opened = (await PaneBrowser.CapturedAsync(page)).GetProperty("newMessages");
        Assert.That(opened.GetArrayLength(), Is.EqualTo(1));
        Assert.That(opened[0].GetProperty("toRecipients").EnumerateArray().Select(r => r.GetString()), Does.Contain(address));
        Assert.That(opened[0].GetProperty("htmlBody").GetString(), Is.Not.Empty);
        await page.CloseAsync();
    }

    [TestCase(320)]
    [TestCase(450)]
    public async Task WritingAVagueAskShowsWhatIsMissingAndAppliesTheSuggestion(int width)
    {
        var page = await Browser.OpenPaneAsync(Api, width, OutlookMailbox.Writing(
            "Numbers", "<p>Hi Raj,</p><p>Could you take a look at the churn numbers ASAP?</p><p>Thanks, Jane</p>", ("Raj Patel", "raj.patel@contoso.com")));
        await Expect(page.Locator(".finding[data-issue='noDeliverable']")).ToContainTextAsync("take a look");
        var vagueDate = page.Locator(".finding[data-issue='vagueDate']");
        await Expect(vagueDate).ToContainTextAsync("ASAP");
        var fix = vagueDate.GetByLabel("Replace");
        await Expect(fix).ToHaveValueAsync(new Regex("^by \\w+day, "));
        await PaneBrowser.ScreenshotAsync(page, "compose-check");

        await fix.FillAsync("by Tuesday 17 November, because the Q4 review is on the 18th");
        await vagueDate.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(vagueDate.GetByRole(AriaRole.Status)).ToContainTextAsync("Replaced");

        // The fix went into the message being written, where the vague words were.
        var body = (await PaneBrowser.CapturedAsync(page)).GetProperty("compose").GetProperty("html").GetString();
        Assert.That(body, Does.Contain("churn numbers by Tuesday 17 November, because the Q4 review is on the 18th?"));
        Assert.That(body, Does.Not.Contain("ASAP"));
        await page.CloseAsync();
    }
}
