using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossDept.Tests.Outreach;

/// <summary>The draft endpoints over HTTP, with a conversation in the shape the task pane sends.</summary>
public class DraftsApiTests
{
    WebApplicationFactory<Program> factory = null!;
    HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        factory = new WebApplicationFactory<Program>();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    const string Evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    // Jane asks Kim and Sam twice; Raj (copied) commits; Kim and Sam never answer.
    static JsonObject Conversation(string subject = "Budget codes for the survey tool renewal", string extra = "") => new()
    {
        ["me"] = "jane.doe@contoso.com",
        ["now"] = "2026-11-18T09:00:00-05:00",
        ["messages"] = new JsonArray
        {
            Message("<1@test>", "jane.doe@contoso.com", "Jane Doe", ["kim.nguyen@contoso.com", "sam.ortiz@contoso.com", "raj.patel@contoso.com"], "2026-11-05T10:00:00-05:00", subject,
                $"Hi all,\n\nThe survey tool renews on Dec 1. Could one of you send me the budget code {extra}to charge it to by Friday? Without it procurement cannot raise the PO.\n\nThanks,\nJane"),
            Message("<2@test>", "raj.patel@contoso.com", "Raj Patel", ["jane.doe@contoso.com"], "2026-11-05T12:00:00-05:00", "RE: " + subject,
                $"Hi Jane,\n\nI'll send the vendor quote {extra}by Monday.\n\nRaj"),
            Message("<3@test>", "jane.doe@contoso.com", "Jane Doe", ["kim.nguyen@contoso.com", "sam.ortiz@contoso.com"], "2026-11-12T10:00:00-05:00", "RE: " + subject,
                "Following up on this - we have two weeks left before the renewal.\n\nThanks,\nJane"),
        },
    };

    static JsonObject Message(string id, string from, string name, string[] to, string sentAt, string subject, string text) => new()
    {
        ["id"] = id,
        ["from"] = new JsonObject { ["name"] = name, ["address"] = from },
        ["to"] = new JsonArray(to.Select(a => (JsonNode)new JsonObject { ["address"] = a }).ToArray()),
        ["sentAt"] = sentAt,
        ["subject"] = subject,
        ["text"] = text,
    };

    async Task<JsonElement> Post(string route, JsonObject body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync(route, body);
        var json = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), json);
        return JsonDocument.Parse(json).RootElement.Clone();
    }

    static JsonObject With(JsonObject body, string key, JsonNode? value)
    {
        body[key] = value;
        return body;
    }

    [Test]
    public async Task ReminderGoesToEveryoneStillWaiting()
    {
        var draft = await Post("/api/drafts/reminder", Conversation());
        Assert.Multiple(() =>
        {
            Assert.That(draft.GetProperty("to").EnumerateArray().Select(e => e.GetString()), Is.EquivalentTo(new[] { "kim.nguyen@contoso.com", "sam.ortiz@contoso.com" }));
            Assert.That(draft.GetProperty("subject").GetString(), Is.EqualTo("Following up: Budget codes for the survey tool renewal"));
            Assert.That(draft.GetProperty("text").GetString(), Does.Contain("Could one of you send me the budget code"));
            Assert.That(draft.GetProperty("text").GetString(), Does.Contain("Without it procurement cannot raise the PO"));
        });
    }

    [Test]
    public async Task ReminderForSomeoneWhoIsNotWaitingIsAProblem()
    {
        var problem = await Post("/api/drafts/reminder", With(Conversation(), "person", "raj.patel@contoso.com"), HttpStatusCode.UnprocessableEntity);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Nothing to draft"));
    }

    [Test]
    public async Task CallNotesGiveWhyTheSmallestAskAndTheLegwork()
    {
        var draft = await Post("/api/drafts/call-notes", With(Conversation(), "person", "kim.nguyen@contoso.com"));
        var text = draft.GetProperty("text").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(draft.GetProperty("to").GetArrayLength(), Is.Zero, "notes are for the mailbox owner");
            Assert.That(text, Does.Contain("Why it matters to them: The survey tool renews on Dec 1. Without it procurement cannot raise the PO."));
            Assert.That(text, Does.Contain("The smallest thing needed: send me the budget code to charge it to by Friday 6 November"));
            Assert.That(text, Does.Contain("Offer to do the legwork"));
            Assert.That(text, Does.Contain("2 unanswered"));
        });
    }

    [Test]
    public async Task CallNotesWithoutAPersonAreAValidationProblem()
    {
        var problem = await Post("/api/drafts/call-notes", Conversation(), HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("person", out _), Is.True);
    }

    [Test]
    public async Task EscalationCarriesTheEvidence()
    {
        var body = With(Conversation(), "managers", new JsonArray(new JsonObject { ["name"] = "Lee Park", ["address"] = "lee.park@contoso.com" }));
        var draft = await Post("/api/drafts/escalation", body);
        var text = draft.GetProperty("text").GetString()!;
        Assert.Multiple(() =>
        {
            Assert.That(draft.GetProperty("to").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "lee.park@contoso.com" }));
            Assert.That(text, Does.Contain("First asked on Thursday 5 November; 2 emails in all"));
            Assert.That(text, Does.Contain("Kim Nguyen: no answer yet; 2 emails unanswered."));
            Assert.That(text, Does.Contain("Raj Patel: replied on Thursday 5 November."));
            Assert.That(text, Does.Contain("Raj Patel — send the vendor quote — by Monday 9 November"));
            Assert.That(text, Does.Contain("by Friday 6 November"));
        });
    }

    [Test]
    public async Task ThankYouCopiesTheHelpersManager()
    {
        var body = With(With(Conversation(), "agreementIndex", 0), "manager", new JsonObject { ["name"] = "Ana Souza", ["address"] = "ana.souza@contoso.com" });
        var draft = await Post("/api/drafts/thank-you", body);
        Assert.Multiple(() =>
        {
            Assert.That(draft.GetProperty("to").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "raj.patel@contoso.com" }));
            Assert.That(draft.GetProperty("cc").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "ana.souza@contoso.com" }));
            Assert.That(draft.GetProperty("text").GetString(), Does.Contain("Thank you for taking care of this: send the vendor quote."));
            Assert.That(draft.GetProperty("text").GetString(), Does.Contain("Ana, I'm copying you"));
        });
    }

    [Test]
    public async Task ThankYouForAnAgreementThatDoesNotExistIsAProblem() =>
        await Post("/api/drafts/thank-you", With(Conversation(), "agreementIndex", 7), HttpStatusCode.UnprocessableEntity);

    [Test]
    public async Task DraftsNeedASignedInUserInATenant()
    {
        await using var tenant = new CrossDept.Tests.Support.ApiFactory();
        using var anonymous = tenant.CreateClient();
        using var response = await anonymous.PostAsJsonAsync("/api/drafts/reminder", Conversation());
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task ADraftWithoutMessagesIsAValidationProblem()
    {
        var body = Conversation();
        body.Remove("messages");
        var problem = await Post("/api/drafts/reminder", body, HttpStatusCode.BadRequest);
        Assert.That(problem.GetProperty("errors").TryGetProperty("messages", out _), Is.True);
    }

    [Test]
    public async Task MarkupInASubjectOrBodyComesOutEncodedInEveryDraft()
    {
        var evilSubject = "Budget " + Evil;
        var drafts = new List<(string Name, JsonElement Draft)>
        {
            ("reminder", await Post("/api/drafts/reminder", Conversation(evilSubject, Evil))),
            ("call-notes", await Post("/api/drafts/call-notes", With(Conversation(evilSubject, Evil), "person", "kim.nguyen@contoso.com"))),
            ("escalation", await Post("/api/drafts/escalation", With(Conversation(evilSubject, Evil), "managers",
                new JsonArray(new JsonObject { ["name"] = "<b>Lee</b>", ["address"] = "lee.park@contoso.com" })))),
            ("thank-you", await Post("/api/drafts/thank-you", With(With(Conversation(evilSubject, Evil), "agreementIndex", 0), "manager",
                new JsonObject { ["name"] = "<i>Ana</i>", ["address"] = "ana.souza@contoso.com" }))),
        };
        var analysis = await Post("/api/threads/analyze", Conversation(evilSubject, Evil));
        drafts.Add(("confirmation", analysis.GetProperty("confirmationDraft")));

        Assert.Multiple(() =>
        {
            foreach (var (name, draft) in drafts)
            {
                var html = draft.GetProperty("html").GetString()!;
                Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img").And.Not.Contain("<b>").And.Not.Contain("<i>"), name);
                Assert.That(html, Does.Contain("&lt;script&gt;").Or.Contain("&lt;img"), name + " shows the text, encoded");
            }
        });
    }
}
