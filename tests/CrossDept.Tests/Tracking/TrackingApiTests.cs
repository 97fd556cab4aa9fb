using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossDept.Auth;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Tracking;

/// <summary>The tracking endpoints through HTTP with real signed tokens, on both engines; the API migrates the empty database at start.</summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class TrackingApiTests(StorageProvider provider) : ApiOnEngine(provider)
{
    static readonly JsonSerializerOptions Json = AnalysisJson.Options;
    const string ConversationId = "AAQkADAwATM0MDAAMS1iNWQ0LWQ2NjAtMDACLTAwCgAQAFzcnAZ2rUdOr3h2ZqJ3P1A=";

    Task<HttpResponseMessage> Track(HttpClient client, ThreadAnalysis analysis, string conversationId = ConversationId) =>
        client.PostAsJsonAsync("/api/tracked", new { conversationId, analysis }, Json);

    static async Task<JsonNode> Body(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    async Task<JsonNode> Tracked(HttpClient client)
    {
        var response = await Track(client, Churn());
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        return await Body(response);
    }

    [Test]
    public async Task TrackingAConversationTwiceAnswersCreatedThenOkForTheSameItem()
    {
        var first = await Track(AsJane, Churn());
        var second = await Track(AsJane, Churn());

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var (a, b) = (await Body(first), await Body(second));
        Assert.That(b["id"]!.GetValue<string>(), Is.EqualTo(a["id"]!.GetValue<string>()));
        Assert.That(first.Headers.Location!.ToString(), Is.EqualTo($"/api/tracked/{a["id"]}"));
        Assert.That(second.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
        var list = await Body(await AsJane.GetAsync($"/api/tracked?conversationId={Uri.EscapeDataString(ConversationId)}"));
        Assert.That(list.AsArray(), Has.Count.EqualTo(1));
        Assert.That(list[0]!["agreements"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("open"));
        Assert.That(list[0]!["people"]![1]!["nextStep"]!.GetValue<string>(), Is.AnyOf("wait", "remind"));
    }

    [Test]
    public async Task AnotherUserCanNeitherReadNorChangeNorDeleteMyItemsAndIsToldTheyDoNotExist()
    {
        var mine = await Tracked(AsJane);
        var id = mine["id"]!.GetValue<string>();
        var agreementId = mine["agreements"]![0]!["id"]!.GetValue<string>();

        var attempts = new[]
        {
            await AsRaj.GetAsync($"/api/tracked/{id}"),
            await AsRaj.PostAsJsonAsync($"/api/tracked/{id}/refresh", new { analysis = Churn() }, Json),
            await AsRaj.PostAsync($"/api/tracked/{id}/agreements/{agreementId}/done", null),
            await AsRaj.PostAsync($"/api/tracked/{id}/agreements/{agreementId}/dropped", null),
            await AsRaj.PostAsJsonAsync($"/api/tracked/{id}/calls", new { address = Tom.Address, kind = "made", at = "2026-11-04T10:00:00-05:00" }, Json),
            await AsRaj.DeleteAsync($"/api/tracked/{id}"),
        };

        Assert.That(attempts.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.NotFound));
        Assert.That(attempts.Select(r => r.Content.Headers.ContentType?.MediaType), Is.All.EqualTo("application/problem+json"));
        var board = await Body(await AsRaj.GetAsync("/api/board"));
        Assert.That(board["agreements"]!.AsArray(), Is.Empty);
        Assert.That(board["conversations"]!.AsArray(), Is.Empty);
        var erased = await Body(await AsRaj.DeleteAsync("/api/me/data"));
        Assert.That(erased["trackedConversations"]!.GetValue<int>(), Is.Zero);

        var still = await AsJane.GetAsync($"/api/tracked/{id}");
        Assert.That(still.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var stillBody = await Body(still);
        Assert.That(stillBody["version"]!.GetValue<long>(), Is.EqualTo(1));
        Assert.That(stillBody["agreements"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("open"));
    }

    [Test]
    public async Task AStaleIfMatchAnswersConflictAndChangesNothing()
    {
        var mine = await Tracked(AsJane);
        var id = mine["id"]!.GetValue<string>();
        var agreementId = mine["agreements"]![0]!["id"]!.GetValue<string>();
        await Track(AsJane, Churn()); // another device: version 2

        using var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/tracked/{id}/agreements/{agreementId}/dropped");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var response = await AsJane.SendAsync(stale);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await Body(response))["currentVersion"]!.GetValue<long>(), Is.EqualTo(2));
        var now = await Body(await AsJane.GetAsync($"/api/tracked/{id}"));
        Assert.That(now["agreements"]![0]!["status"]!.GetValue<string>(), Is.EqualTo("open"));

        var withVersion = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/agreements/{agreementId}/dropped", new { version = 2 }, Json);
        Assert.That(withVersion.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task MarkingDoneSuggestsTheThankYouDraft()
    {
        var mine = await Tracked(AsJane);
        var id = mine["id"]!.GetValue<string>();
        var agreementId = mine["agreements"]![0]!["id"]!.GetValue<string>();

        var done = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/agreements/{agreementId}/done", new { on = "2026-11-04" }, Json);

        Assert.That(done.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var body = await Body(done);
        Assert.That(body["agreement"]!["status"]!.GetValue<string>(), Is.EqualTo("done"));
        Assert.That(body["agreement"]!["doneOn"]!.GetValue<string>(), Is.EqualTo("2026-11-04"));
        Assert.That(body["suggested"]!["href"]!.GetValue<string>(), Is.EqualTo("/api/drafts/thank-you"));
        Assert.That(body["suggested"]!["body"]!["owner"]!["address"]!.GetValue<string>(), Is.EqualTo(Raj.Address));
    }

    [Test]
    public async Task TheBoardShowsCheckInsOverdueAgreementsAndWhoNeedsACall()
    {
        await Track(AsJane, Of("Refunds", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")],
            [Agreement(Raj, "pull the churn export", "2026-11-04"), Agreement(Tom, "review the refunds", "2026-11-09"), Agreement(Raj, "send the deck", "2026-11-20")]));
        const string thursday = "2026-11-05T10:00:00-05:00";

        var all = await Body(await AsJane.GetAsync($"/api/board?now={Uri.EscapeDataString(thursday)}"));
        var overdue = await Body(await AsJane.GetAsync($"/api/board?overdue=true&now={Uri.EscapeDataString(thursday)}"));
        var calls = await Body(await AsJane.GetAsync($"/api/board?needsCall=true&now={Uri.EscapeDataString(thursday)}"));
        var soon = await Body(await AsJane.GetAsync($"/api/board?dueWithinDays=7&now={Uri.EscapeDataString(thursday)}"));

        Assert.That(all["agreements"]!.AsArray().Select(a => a!["agreement"]!["checkpoint"]!.GetValue<string>()),
            Is.EqualTo(new[] { "overdue", "checkIn", "upcoming" }));
        Assert.That(overdue["agreements"]!.AsArray().Select(a => a!["agreement"]!["what"]!.GetValue<string>()), Is.EqualTo(new[] { "pull the churn export" }));
        Assert.That(calls["people"]!.AsArray().Select(p => (p!["person"]!["address"]!.GetValue<string>(), p["person"]!["nextStep"]!.GetValue<string>())),
            Is.EqualTo(new[] { (Tom.Address, "call") }));
        Assert.That(soon["agreements"]!.AsArray().Select(a => a!["agreement"]!["what"]!.GetValue<string>()), Is.EqualTo(new[] { "review the refunds" }));
    }

    [Test]
    public async Task RecordingAScheduledCallTakesThePersonOffTheCallList()
    {
        var mine = await Body(await Track(AsJane, Of("Refunds", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], [])));
        var id = mine["id"]!.GetValue<string>();

        var call = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls",
            new { address = Tom.Address, kind = "scheduled", at = DateTimeOffset.UtcNow.AddDays(2), meetingId = "evt-1" }, Json);
        var board = await Body(await AsJane.GetAsync("/api/board?needsCall=true"));

        Assert.That(call.StatusCode, Is.EqualTo(HttpStatusCode.OK), await call.Content.ReadAsStringAsync());
        Assert.That(board["people"]!.AsArray(), Is.Empty);
    }

    [Test]
    public async Task ACallThatReferredMeOnRecordsWhomTheyNamed()
    {
        var mine = await Body(await Track(AsJane, Of("Feed", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], [])));
        var id = mine["id"]!.GetValue<string>();

        var call = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls", new
        {
            address = Tom.Address, kind = "made", at = "2026-11-04T10:00:00-05:00", outcome = "referred",
            referredTo = new { name = "Marcus Reed", address = "Marcus.Reed@contoso.com" },
        }, Json);
        var refused = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls", new
        {
            address = Tom.Address, kind = "made", at = "2026-11-05T10:00:00-05:00", outcome = "agreed", referredTo = new { name = "Marcus Reed" },
        }, Json);

        Assert.That(call.StatusCode, Is.EqualTo(HttpStatusCode.OK), await call.Content.ReadAsStringAsync());
        var tom = (await Body(await AsJane.GetAsync($"/api/tracked/{id}")))["people"]![0]!;
        Assert.That(tom["lastCallOutcome"]!.GetValue<string>(), Is.EqualTo("referred"));
        Assert.That(tom["referredToName"]!.GetValue<string>(), Is.EqualTo("Marcus Reed"));
        Assert.That(tom["referredToAddress"]!.GetValue<string>(), Is.EqualTo("marcus.reed@contoso.com"));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Body(refused))["errors"]!["referredTo"], Is.Not.Null);
    }

    [Test]
    public async Task ErasingMyDataLeavesNothingOfMine()
    {
        await Tracked(AsJane);
        await Track(AsJane, Churn(), "another-conversation");
        await Tracked(AsRaj);

        var erased = await Body(await AsJane.DeleteAsync("/api/me/data"));

        Assert.That(erased["trackedConversations"]!.GetValue<int>(), Is.EqualTo(2));
        Assert.That((await Body(await AsJane.GetAsync("/api/tracked"))).AsArray(), Is.Empty);
        Assert.That((await Body(await AsRaj.GetAsync("/api/tracked"))).AsArray(), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StopTrackingAnswersNoContentThenNotFound()
    {
        var id = (await Tracked(AsJane))["id"]!.GetValue<string>();

        var first = await AsJane.DeleteAsync($"/api/tracked/{id}");
        var second = await AsJane.DeleteAsync($"/api/tracked/{id}");

        Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.NoContent, HttpStatusCode.NotFound)));
    }

    [Test]
    public async Task ARequestWithoutAConversationIdOrAnalysisIsAValidationProblem()
    {
        var response = await AsJane.PostAsJsonAsync("/api/tracked", new { analysis = (object?)null }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var body = await Body(response);
        Assert.That(body["errors"]!["conversationId"], Is.Not.Null);
        Assert.That(body["errors"]!["analysis"], Is.Not.Null);
    }

    [Test]
    public async Task ReTrackingWithNothingNewRecordsNoRefreshAndSomethingNewDoes()
    {
        // The pane posts the analysis each time a tracked conversation is opened.
        await Track(AsJane, Churn());
        await Track(AsJane, Churn());
        var opened = await Track(AsJane, Churn());
        var same = await Body(opened);

        Assert.That(opened.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Kinds(same), Has.None.EqualTo("refreshed"));
        Assert.That(Kinds(same), Has.Exactly(1).EqualTo("tracked"));

        var newer = Of("Churn and refund data for the CX dashboard",
            [Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00"), Replied(Tom, "2026-11-02T09:00:00-05:00", "2026-11-03T08:00:00-05:00")],
            [Agreement(Raj, "pull the churn export", "2026-11-04"), Agreement(Tom, "check the refund numbers", "2026-11-05")]);
        var changed = await Body(await Track(AsJane, newer));
        Assert.That(Kinds(changed), Has.Exactly(1).EqualTo("refreshed"));

        static IEnumerable<string> Kinds(JsonNode tracked) => tracked["activity"]!.AsArray().Select(a => a!["kind"]!.GetValue<string>());
    }

    [Test]
    public async Task RefreshWithTheCurrentETagAppliesAndWithAnOldOneIsRefused()
    {
        var first = await Track(AsJane, Churn());
        var id = (await Body(first))["id"]!.GetValue<string>();
        var etag = first.Headers.ETag!;
        var newer = Of("Churn and refund data for the CX dashboard",
            [Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00"), Replied(Tom, "2026-11-02T09:00:00-05:00", "2026-11-03T08:00:00-05:00")],
            [Agreement(Raj, "pull the churn export", "2026-11-04"), Agreement(Tom, "check the refund numbers", "2026-11-05")]);

        using var current = new HttpRequestMessage(HttpMethod.Post, $"/api/tracked/{id}/refresh") { Content = JsonContent.Create(new { analysis = newer }, options: Json) };
        current.Headers.IfMatch.Add(etag);
        var applied = await AsJane.SendAsync(current);
        using var old = new HttpRequestMessage(HttpMethod.Post, $"/api/tracked/{id}/refresh") { Content = JsonContent.Create(new { analysis = Churn() }, options: Json) };
        old.Headers.IfMatch.Add(etag);
        var refused = await AsJane.SendAsync(old);

        Assert.That(applied.StatusCode, Is.EqualTo(HttpStatusCode.OK), await applied.Content.ReadAsStringAsync());
        Assert.That(applied.Headers.ETag!.Tag, Is.EqualTo("\"2\""));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        var now = await Body(await AsJane.GetAsync($"/api/tracked/{id}"));
        Assert.That(now["agreements"]!.AsArray(), Has.Count.EqualTo(2));
        Assert.That(now["people"]!.AsArray().Select(p => p!["status"]!.GetValue<string>()), Is.All.EqualTo("replied"));
    }

    [Test]
    public async Task ACallWithSomeoneWhoWasNotAskedIsAValidationProblem()
    {
        var id = (await Tracked(AsJane))["id"]!.GetValue<string>();

        var response = await AsJane.PostAsJsonAsync($"/api/tracked/{id}/calls",
            new { address = "stranger@fabrikam.com", kind = "made", at = "2026-11-04T10:00:00-05:00" }, Json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await Body(response))["errors"]!["address"], Is.Not.Null);
    }

    [Test]
    public async Task MalformedJsonIsAProblemDetails()
    {
        var response = await AsJane.PostAsync("/api/tracked", new StringContent("{\"conversationId\": ", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task WithoutATokenTheTrackingRoutesAnswerUnauthorized()
    {
        using var anonymous = Api.CreateClient();

        Assert.That((await anonymous.GetAsync("/api/board")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await anonymous.DeleteAsync("/api/me/data")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var noScope = Api.CreateClientWithToken(TestTokens.MissingScope(TestTokens.Jane));
        Assert.That((await noScope.GetAsync("/api/board")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task HealthReachesTheDatabase()
    {
        using var anonymous = Api.CreateClient();

        var health = await anonymous.GetAsync("/healthz");

        Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(await health.Content.ReadAsStringAsync(), Is.EqualTo("Healthy"));
    }

    [Test]
    public async Task SwaggerDescribesTheTrackingRoutes()
    {
        var swagger = await AsJane.GetStringAsync("/swagger/v1/swagger.json");

        Assert.That(swagger, Does.Contain("/api/board").And.Contain("/api/tracked/{id}/agreements/{agreementId}/done").And.Contain("/api/me/data"));
        var paths = JsonNode.Parse(swagger)!["paths"]!;
        Assert.That(paths["/api/tracked/{id}/refresh"]!["post"]!["responses"]!["409"], Is.Not.Null, "stale writes are documented");
        Assert.That(paths["/api/board"]!["get"]!["summary"]!.GetValue<string>(), Does.StartWith("What needs following up"));
    }
}
