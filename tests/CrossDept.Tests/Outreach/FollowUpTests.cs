using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Outreach;

/// <summary>
/// The pane's journeys through the API in demo mode (the sample mailbox, its directory and its clock, a fresh SQLite file):
/// what the API suggests next is accepted by the route it names, and every draft speaks in the signed-in user's name.
/// </summary>
[NonParallelizable]
public sealed class FollowUpTests
{
    string scratch = null!;
    DemoApiFactory factory = null!;
    HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        scratch = Directory.CreateTempSubdirectory("crossdept-followup-").FullName;
        factory = new DemoApiFactory(new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = Path.Combine(scratch, "crossdept.db"),
            ["Mailbox:DemoOutputFolder"] = Path.Combine(scratch, "demo-mailbox"),
        });
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
        try { Directory.Delete(scratch, recursive: true); } catch (IOException) { }
    }

    async Task<JsonElement> Send(HttpMethod method, string route, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var request = new HttpRequestMessage(method, route) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request);
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"{method} {route}: {json}");
        return json.Length == 0 ? default : JsonDocument.Parse(json).RootElement.Clone();
    }

    async Task<(JsonElement Analysis, JsonElement Tracked)> TrackSample(string id)
    {
        var analysis = await Send(HttpMethod.Get, $"/api/mailbox/conversations/{id}/analysis");
        using var response = await client.PostAsJsonAsync("/api/tracked", new { conversationId = id, analysis });
        Assert.That(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (analysis, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    [Test]
    public async Task EverySuggestedFollowUpIsAcceptedByTheRouteItNamesAndCopiesTheHelpersManager()
    {
        var (_, tracked) = await TrackSample("01-churn-export");
        var id = tracked.GetProperty("id").GetString();
        var followed = 0;
        foreach (var agreement in tracked.GetProperty("agreements").EnumerateArray())
        {
            var changed = await Send(HttpMethod.Post, $"/api/tracked/{id}/agreements/{agreement.GetProperty("id").GetString()}/done");
            if (!changed.TryGetProperty("suggested", out var suggested) || suggested.ValueKind == JsonValueKind.Null)
                continue;
            var draft = await Send(new HttpMethod(suggested.GetProperty("method").GetString()!), suggested.GetProperty("href").GetString()!,
                suggested.GetProperty("body"));
            followed++;

            var owner = agreement.GetProperty("owner").GetProperty("address").GetString()!;
            var card = await Send(HttpMethod.Get, $"/api/people/{owner}");
            Assert.That(Strings(draft.GetProperty("to")), Is.EqualTo(new[] { owner }));
            if (!owner.Equals("jane.doe@contoso.com", StringComparison.OrdinalIgnoreCase))
                Assert.That(Strings(draft.GetProperty("cc")), Is.EqualTo(new[] { card.GetProperty("manager").GetProperty("address").GetString() }),
                    "the thank-you copies the helper's manager from the directory");
            Assert.That(draft.GetProperty("text").GetString(), Does.EndWith("Jane Doe\n"));
        }
        Assert.That(followed, Is.GreaterThan(0), "marking an agreement done suggests the thank-you");
    }

    [Test]
    public async Task TheConfirmationOfCorrectedAgreementsIsTheServersSignedByTheUser()
    {
        var (analysis, tracked) = await TrackSample("03-legal-three-points");
        var id = tracked.GetProperty("id").GetString();
        var first = tracked.GetProperty("agreements")[0];
        var owner = first.GetProperty("owner");
        await Send(HttpMethod.Put, $"/api/tracked/{id}/agreements/{first.GetProperty("id").GetString()}",
            new { owner = new { name = owner.GetProperty("name").GetString(), address = owner.GetProperty("address").GetString() }, what = "send the redline, only for clause 4", due = "2026-11-20" });

        var fromTracked = await Send(HttpMethod.Post, "/api/drafts/confirmation", new { trackedId = id });
        var fromPane = await Send(HttpMethod.Post, "/api/drafts/confirmation", new
        {
            subject = analysis.GetProperty("conversation").GetProperty("subject").GetString(),
            agreements = new[] { new { owner = new { name = "Carlos Mendes", address = "carlos.mendes@contoso.com" }, what = "send the redline, only for clause 4", due = "2026-11-20", quote = "" } },
            cc = Array.Empty<string>(),
        });
        Assert.Multiple(() =>
        {
            Assert.That(fromTracked.GetProperty("text").GetString(), Does.Contain("send the redline, only for clause 4 — by Friday 20 November"));
            Assert.That(fromTracked.GetProperty("text").GetString(), Does.EndWith("Thanks,\nJane Doe\n"));
            Assert.That(fromTracked.GetProperty("subject").GetString(), Does.StartWith("Confirming: Legal check"));
            Assert.That(fromPane.GetProperty("text").GetString(), Does.Contain("1. Carlos Mendes — send the redline, only for clause 4 — by Friday 20 November"));
        });
    }

    [Test]
    public async Task EveryDraftAfterACorrectionUsesTheCorrectedAgreements()
    {
        var (_, tracked) = await TrackSample("08-meeting-recap");
        var id = tracked.GetProperty("id").GetString();
        var first = tracked.GetProperty("agreements")[0];
        var owner = first.GetProperty("owner");
        await Send(HttpMethod.Put, $"/api/tracked/{id}/agreements/{first.GetProperty("id").GetString()}",
            new { owner = new { name = owner.GetProperty("name").GetString(), address = owner.GetProperty("address").GetString() }, what = "share the corrected plan with both regions", due = "2026-11-19" });

        var escalation = await Send(HttpMethod.Post, "/api/mailbox/conversations/08-meeting-recap/drafts/escalation", new { trackedId = id });
        Assert.That(escalation.GetProperty("text").GetString(), Does.Contain("share the corrected plan with both regions — by Thursday 19 November"));
        Assert.That(escalation.GetProperty("text").GetString(), Does.Not.Contain(first.GetProperty("what").GetString()! + " —"));
    }

    [Test]
    public async Task AConfirmationWithoutAgreementsOrATrackedConversationIsAValidationProblem()
    {
        var problem = await Send(HttpMethod.Post, "/api/drafts/confirmation", new { subject = "X" }, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("agreements", out _), Is.True);
    }

    [Test]
    public async Task AReferralMovesTheAskToThePersonNamedWithWhoReferredThem()
    {
        // REVIEW: the reader does not detect referrals yet (ThreadAnalysis.Referrals is empty), so the referral is given as input.
        var draft = await Send(HttpMethod.Post, "/api/mailbox/conversations/04-decline-and-referral/drafts/referral", new
        {
            person = "olivia.brooks@contoso.com",
            referral = new { toName = "Marcus Reed", toAddress = "marcus.reed@contoso.com", quote = "Marcus on the platform team owns ingestion - he would be a better fit." },
        });
        Assert.Multiple(() =>
        {
            Assert.That(Strings(draft.GetProperty("to")), Is.EqualTo(new[] { "marcus.reed@contoso.com" }));
            Assert.That(Strings(draft.GetProperty("cc")), Is.EqualTo(new[] { "olivia.brooks@contoso.com" }));
            var text = draft.GetProperty("text").GetString();
            Assert.That(text, Does.StartWith("Hi Marcus,"));
            Assert.That(text, Does.Contain("Olivia Brooks suggested you are the right person"));
            Assert.That(text, Does.Contain("Would your team be able to build a nightly feed of support tickets into the warehouse?"));
            Assert.That(text, Does.EndWith("Thanks,\nJane Doe\n"));
        });
    }

    [Test]
    public async Task AReferralDraftWithoutAReferralSaysWhatIsMissing()
    {
        var problem = await Send(HttpMethod.Post, "/api/mailbox/conversations/01-churn-export/drafts/referral",
            new { person = "raj.patel@contoso.com" }, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("did not refer the ask to anyone"));
    }

    [Test]
    public async Task TheReferralTheReaderFindsInTheMailboxMovesTheAskToThePersonNamed()
    {
        // 04-decline-and-referral: "I can't take this on … Marcus on the platform team owns ingestion - he would be a better fit."
        var analysis = await Send(HttpMethod.Get, "/api/mailbox/conversations/04-decline-and-referral/analysis");
        var olivia = analysis.GetProperty("recipients").EnumerateArray().Single(r => r.GetProperty("address").GetString() == "olivia.brooks@contoso.com");
        Assert.That(olivia.GetProperty("referral").GetProperty("toAddress").GetString(), Is.EqualTo("marcus.reed@contoso.com"));

        var draft = await Send(HttpMethod.Post, "/api/mailbox/conversations/04-decline-and-referral/drafts/referral",
            new { person = "olivia.brooks@contoso.com" });

        Assert.That(draft.GetProperty("to").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "marcus.reed@contoso.com" }));
        Assert.That(draft.GetProperty("cc").EnumerateArray().Select(a => a.GetString()), Is.EqualTo(new[] { "olivia.brooks@contoso.com" }));
        Assert.That(draft.GetProperty("text").GetString(), Does.Contain("owns ingestion").And.Contain("nightly feed of support tickets"));
    }

    [Test]
    public async Task EveryoneInTheSamplesHasATitleAPhoneAndAManagerInTheDemoDirectory()
    {
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var conversation in (await Send(HttpMethod.Get, "/api/mailbox/conversations")).EnumerateArray())
        {
            var analysis = await Send(HttpMethod.Get, $"/api/mailbox/conversations/{conversation.GetProperty("id").GetString()}/analysis");
            foreach (var person in analysis.GetProperty("conversation").GetProperty("participants").EnumerateArray())
                addresses.Add(person.GetProperty("address").GetString()!);
        }
        var cards = await Send(HttpMethod.Post, "/api/people/lookup", new { addresses });
        var people = cards.GetProperty("people").EnumerateArray().ToArray();
        Assert.That(people.Select(p => p.GetProperty("address").GetString()), Is.EquivalentTo(addresses));
        foreach (var card in people)
            Assert.Multiple(() =>
            {
                var who = card.GetProperty("address").GetString();
                Assert.That(card.GetProperty("jobTitle").GetString(), Is.Not.Null.And.Not.Empty, who);
                Assert.That(card.GetProperty("phones").GetArrayLength(), Is.GreaterThan(0), who);
                Assert.That(card.GetProperty("manager").GetProperty("address").GetString(), Does.Contain("@"), who);
            });
    }

    [Test]
    public async Task TheDemoRunsOnTheSamplesOwnWeek()
    {
        var me = await Send(HttpMethod.Get, "/api/me");
        var now = me.GetProperty("now").GetDateTimeOffset();
        Assert.That(now, Is.EqualTo(new DateTimeOffset(2026, 11, 12, 12, 0, 0, TimeSpan.FromHours(-5))).Within(TimeSpan.FromHours(1)));
        Assert.That(me.GetProperty("name").GetString(), Is.EqualTo("Jane Doe"));
    }
}
