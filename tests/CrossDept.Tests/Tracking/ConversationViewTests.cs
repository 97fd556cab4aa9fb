using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;
using static CrossDept.Tests.Support.HttpJson;

namespace CrossDept.Tests.Tracking;

/// <summary>
/// The one merged view of a conversation (POST /api/tracked/view, GET /api/tracked/{id}/view): the latest analysis with what
/// tracking knows, and the escalation summary the user rewrote, through HTTP on both engines.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class ConversationViewTests(StorageProvider provider) : ApiOnEngine(provider)
{
    static readonly JsonSerializerOptions Json = AnalysisJson.Options;
    const string ConversationId = "AAQkADAwATM0MDAAMS1iNWQ0LWQ2NjAtMDACLTAwCgAQAFzcnAZ2rUdOr3h2ZqJ3P1B=";

    async Task<string> Track(ThreadAnalysis analysis) =>
        (await Body(await AsJane.PostAsJsonAsync("/api/tracked", new { conversationId = ConversationId, analysis }, Json)))["id"]!.GetValue<string>();

    Task<JsonNode> View(ThreadAnalysis analysis, HttpClient? client = null) =>
        (client ?? AsJane).PostAsJsonAsync("/api/tracked/view", new { conversationId = ConversationId, analysis }, Json).ContinueWith(t => Body(t.Result)).Unwrap();

    static JsonNode PersonIn(JsonNode view, string address) =>
        view["people"]!.AsArray().Single(p => p!["address"]!.GetValue<string>() == address)!;

    static string? Text(JsonNode? node) => node?.GetValue<string>();

    [Test]
    public async Task AnUntrackedConversationIsShownAsItsAnalysisSays()
    {
        var view = await View(Churn());

        Assert.That(view["trackedId"], Is.Null);
        var agreement = view["agreements"]![0]!;
        Assert.That(Text(agreement["status"]), Is.EqualTo("open"));
        // Due 4 November, judged on the API's clock (late November 2026 or after): overdue.
        Assert.That(Text(agreement["checkpoint"]), Is.EqualTo("overdue"));
        Assert.That(Text(PersonIn(view, Tom.Address)["nextStep"]), Is.AnyOf("wait", "remind"));
    }

    [Test]
    public async Task ADoneAgreementIsNotOverdue()
    {
        var id = await Track(Churn());
        var agreementId = (await Body(await AsJane.GetAsync($"/api/tracked/{id}")))["agreements"]![0]!["id"]!.GetValue<string>();
        await Body(await AsJane.PostAsJsonAsync($"/api/tracked/{id}/agreements/{agreementId}/done", new { }));

        var view = await View(Churn());
        var agreement = view["agreements"]![0]!;
        Assert.That(Text(view["trackedId"]), Is.EqualTo(id));
        Assert.That(Text(agreement["status"]), Is.EqualTo("done"));
        Assert.That(Text(agreement["checkpoint"]), Is.EqualTo("none"));
    }

    [Test]
    public async Task AnEditShowsAndSurvivesTheNextAnalysis()
    {
        var id = await Track(Churn());
        var agreementId = (await Body(await AsJane.GetAsync($"/api/tracked/{id}")))["agreements"]![0]!["id"]!.GetValue<string>();
        await Body(await AsJane.PutAsJsonAsync($"/api/tracked/{id}/agreements/{agreementId}",
            new { owner = new { name = Raj.Name, address = Raj.Address }, what = "pull the churn export, EMEA only", due = "2026-12-04" }));

        // The pane sends the analysis again (the messages still say the old words): the view keeps the correction.
        var view = await View(Churn());
        var agreement = view["agreements"]![0]!;
        Assert.That(Text(agreement["what"]), Is.EqualTo("pull the churn export, EMEA only"));
        Assert.That(Text(agreement["due"]), Is.EqualTo("2026-12-04"));
        Assert.That(Text(agreement["editedBy"]), Is.EqualTo(TestTokens.Jane.Address));
        Assert.That(Text((await Body(await AsJane.GetAsync($"/api/tracked/{id}/view")))["agreements"]![0]!["what"]), Is.EqualTo("pull the churn export, EMEA only"));
    }

    [Test]
    public async Task ABookedCallShowsAsBookedNotAsACallToMake()
    {
        var analysis = Of("Feed", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []);
        Assert.That(Text(PersonIn(await View(analysis), Tom.Address)["nextStep"]), Is.EqualTo("call"));
        var id = await Track(analysis);
        var at = DateTimeOffset.UtcNow.AddDays(2);
        await Body(await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls", new { address = Tom.Address, kind = "scheduled", at, meetingId = "evt-9" }, Json));

        var tom = PersonIn(await View(analysis), Tom.Address);
        Assert.That(Text(tom["nextStep"]), Is.EqualTo("wait"));
        Assert.That(DateTimeOffset.Parse(Text(tom["callBookedAt"])!), Is.EqualTo(at).Within(TimeSpan.FromSeconds(1)));
        // The board judges the same person the same way.
        var board = await Body(await AsJane.GetAsync("/api/board"));
        Assert.That(board["people"]!.AsArray().Where(p => Text(p!["person"]!["address"]) == Tom.Address).Select(p => Text(p!["person"]!["nextStep"])),
            Is.EqualTo(new[] { Text(tom["nextStep"]) }));
    }

    [Test]
    public async Task AReferralShowsWhetherReadInTheReplyOrToldOnACall()
    {
        var marcus = new Person("Marcus Reed", "marcus.reed@contoso.com");
        var replied = Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00")
            with { Referral = new Referral(Raj, marcus.Name!, marcus.Address, "<m1@contoso.com>", "Marcus owns it.") };
        var analysis = Of("Feed", [replied, Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []);
        Assert.That(Text(PersonIn(await View(analysis), Raj.Address)["referral"]!["toName"]), Is.EqualTo("Marcus Reed"));

        var id = await Track(analysis);
        await Body(await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls", new
        {
            address = Tom.Address, kind = "made", at = "2026-11-04T10:00:00-05:00", outcome = "referred",
            referredTo = new { name = "Ann Lee", address = "ann.lee@contoso.com" },
        }, Json));

        var view = await View(analysis);
        Assert.That(Text(PersonIn(view, Raj.Address)["referral"]!["toName"]), Is.EqualTo("Marcus Reed"));
        var tom = PersonIn(view, Tom.Address);
        Assert.That(Text(tom["referral"]!["toName"]), Is.EqualTo("Ann Lee"));
        Assert.That(Text(tom["referral"]!["toAddress"]), Is.EqualTo("ann.lee@contoso.com"));
        Assert.That(Text(tom["lastCallOutcome"]), Is.EqualTo("referred"));
        Assert.That(tom["callBookedAt"], Is.Null);
        Assert.That(Text(tom["nextStep"]), Is.EqualTo("none"));
    }

    [Test]
    public async Task AnEditedEscalationSummaryIsKeptWithWhoAndWhenAndIsOnlyTheOwners()
    {
        var analysis = Of("Feed", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []);
        var id = await Track(analysis);
        const string words = "Hi both,\n\nShort version: we need Tom's numbers by Friday.";

        var saved = await AsJane.PutAsJsonAsync($"/api/tracked/{id}/escalations/{Tom.Address}", new { text = words });
        var theirs = await AsRaj.PutAsJsonAsync($"/api/tracked/{id}/escalations/{Tom.Address}", new { text = "mine now" });
        var empty = await AsJane.PutAsJsonAsync($"/api/tracked/{id}/escalations/{Tom.Address}", new { text = " " });

        Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.OK), await saved.Content.ReadAsStringAsync());
        Assert.That(theirs.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(JsonNode.Parse(await empty.Content.ReadAsStringAsync())!["errors"]!["text"], Is.Not.Null);
        foreach (var view in new[] { await View(analysis), await Body(await AsJane.GetAsync($"/api/tracked/{id}/view")) })
        {
            var note = PersonIn(view, Tom.Address)["escalation"]!;
            Assert.That(Text(note["text"]), Is.EqualTo(words));
            Assert.That(Text(note["editedBy"]), Is.EqualTo(TestTokens.Jane.Address));
            Assert.That(note["editedAt"], Is.Not.Null);
        }

        Assert.That((await AsJane.DeleteAsync($"/api/tracked/{id}/escalations/{Tom.Address}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(PersonIn(await View(analysis), Tom.Address)["escalation"], Is.Null);
    }

    [Test]
    public async Task StopTrackingForgetsTheEscalationSummary()
    {
        var analysis = Of("Feed", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []);
        var id = await Track(analysis);
        await Body(await AsJane.PutAsJsonAsync($"/api/tracked/{id}/escalations/{Tom.Address}", new { text = "Kept until stopped." }));
        Assert.That((await AsJane.DeleteAsync($"/api/tracked/{id}")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));

        await Track(analysis);
        Assert.That(PersonIn(await View(analysis), Tom.Address)["escalation"], Is.Null);
    }
}
