using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Calls;
using CrossDept.Mailbox;
using CrossDept.People;
using CrossDept.Tests.Support;
using CrossDept.Threads;

namespace CrossDept.Tests.Mailbox;

public class DemoMailboxTests : DemoMailboxTest
{
    const string Now = "2026-11-12T12:00:00-05:00";
    static string Samples => Path.Combine(SharedFolder.RepoRoot, "samples");
    static IEnumerable<string> Conversations => Directory.GetDirectories(Path.Combine(SharedFolder.RepoRoot, "samples")).Select(Path.GetFileName).Order()!;

    [TestCaseSource(nameof(Conversations))]
    public async Task DemoMailboxGivesTheSameAnalysisAsTheAnalyzeCommand(string conversation)
    {
        var stdout = new StringWriter();
        var exit = AnalyzeCommand.Run(["--me", "jane.doe@contoso.com", "--now", Now, Path.Combine(Samples, conversation)], stdout, new StringWriter());
        var fromEndpoint = await Client.GetStringAsync($"/api/mailbox/conversations/{conversation}/analysis?now={Uri.EscapeDataString(Now)}");

        Assert.That(exit, Is.Zero);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(fromEndpoint), JsonNode.Parse(stdout.ToString())), Is.True,
            $"endpoint: {fromEndpoint}\ncommand: {stdout}");
    }

    [Test]
    public async Task DemoListsEverySampleConversationNewestFirst()
    {
        var list = await Client.GetFromJsonAsync<ConversationListing[]>("/api/mailbox/conversations", AnalysisJson.Options);
        Assert.That(list!.Select(c => c.Id).Order(), Is.EqualTo(Conversations));
        Assert.That(list!.Select(c => c.LastMessageAt), Is.Ordered.Descending);
        Assert.That(list!.Single(c => c.Id == "02-twelve-peers").MessageCount, Is.EqualTo(5));
    }

    [TestCase("..")]
    [TestCase("..%2F..%2Fetc")]
    [TestCase(".hidden")]
    public async Task ConversationIdCannotLeaveTheSamplesFolder(string id)
    {
        var response = await Client.GetAsync($"/api/mailbox/conversations/{id}/analysis");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task DemoDraftIsWrittenOncePerKey()
    {
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/confirmation-draft");
            request.Headers.Add("Idempotency-Key", "demo-draft-0001");
            Assert.That((await Client.SendAsync(request)).StatusCode, Is.EqualTo(HttpStatusCode.Created));
        }
        var drafts = Directory.GetFiles(Path.Combine(Output, "drafts"), "*.eml");
        Assert.That(drafts, Has.Length.EqualTo(1));
        var draft = MimeKit.MimeMessage.Load(drafts[0]);
        Assert.That(draft.Subject, Does.StartWith("Confirming: "));
        Assert.That(draft.InReplyTo, Does.StartWith("07-no-answer."));
        Assert.That(draft.To.Mailboxes.Select(m => m.Address), Does.Not.Contain("jane.doe@contoso.com").And.Not.Empty);
    }

    [Test]
    public async Task BookedDemoCallIsNoLongerOffered()
    {
        var now = new DateTimeOffset(2026, 11, 12, 9, 0, 0, TimeSpan.Zero);
        async Task<Slot[]> Slots() => (await (await Client.PostAsJsonAsync("/api/calls/slots",
            new { address = "kim.nguyen@contoso.com", minutes = 30, withinBusinessDays = 1, now, timeZone = TimeZoneInfo.Local.Id }))
            .Content.ReadFromJsonAsync<CallSlotsResponse>(AnalysisJson.Options))!.Slots.ToArray();
        var before = await Slots();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/calls")
        {
            Content = JsonContent.Create(new { address = "kim.nguyen@contoso.com", start = before[0].Start, minutes = 30, subject = "Budget codes", talkingPoints = new[] { "The renewal date" } }),
        };
        request.Headers.Add("Idempotency-Key", "demo-call-0001");
        var booked = await Client.SendAsync(request);
        var after = await Slots();

        Assert.That(booked.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(Directory.GetFiles(Path.Combine(Output, "calendar"), "*.ics"), Has.Length.EqualTo(1));
        Assert.That(after.Select(s => s.Start), Does.Not.Contain(before[0].Start));
        Assert.That(after[0].Start, Is.EqualTo(before[0].Start.AddMinutes(30)), "the day's first free time is now right after the call");
    }

    [Test]
    public async Task DemoCardComesFromTheSamplesDirectory()
    {
        var card = await Client.GetFromJsonAsync<PersonCard>("/api/people/jane.doe@contoso.com", AnalysisJson.Options);
        Assert.That(card!.Name, Is.EqualTo("Jane Doe"));
        Assert.That(card.Phones, Does.Contain("+1 (555) 010-2200"));
        Assert.That((card.JobTitle, card.Department), Is.EqualTo(("Customer Experience Lead", "Customer Experience")));
        Assert.That(card.Manager, Is.EqualTo(new PersonRef("Helen Park", "helen.park@contoso.com")));
    }
}
