using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;
using static CrossDept.Tests.Support.HttpJson;

namespace CrossDept.Tests.Favours;

/// <summary>
/// The favour account through HTTP against the fake Graph tenant (departments from its directory), on both engines: kept from
/// tracking (agreements marked done) and from thank-you drafts the API wrote, shown on a person's card, in the ask check when
/// one-sided, offered back in the thank-you, and erased with the user's data.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class FavourAccountTests(StorageProvider provider)
{
    static readonly JsonSerializerOptions Json = AnalysisJson.Options;
    static readonly Person Mei = new("Mei Lin", "mei.lin@contoso.com");
    static readonly Person Kim = new("Kim Nguyen", "kim.nguyen@contoso.com");

    TestDatabase? database;
    GraphTenant tenant = null!;
    HttpClient jane = null!;

    [SetUp]
    public async Task Start()
    {
        database = await TestDatabase.CreateAsync(provider, migrate: false);
        tenant = await GraphTenant.StartAsync(database.ApiSettings());
        tenant.Graph.Data.AddUser(new FakeUser(Mei.Address, "Mei Lin", "Finance Analyst", "Finance", ["+1 (555) 010-4120"], null, "victor.hugo@contoso.com"));
        tenant.Graph.Data.AddUser(new FakeUser(Kim.Address, "Kim Nguyen", "Budget Analyst", "Finance", ["+1 (555) 010-4130"], null, "victor.hugo@contoso.com"));
        tenant.Graph.Data.AddUser(new FakeUser("victor.hugo@contoso.com", "Victor Hugo", "Finance Controller", "Finance", ["+1 (555) 010-4100"], null));
        jane = tenant.Client();
    }

    [TearDown]
    public async Task Stop()
    {
        if (database is null)
            return;
        jane.Dispose();
        await tenant.DisposeAsync();
        await database.DisposeAsync();
    }


    async Task<JsonNode> TrackAsync(string conversationId, ThreadAnalysis analysis) =>
        await Body(await jane.PostAsJsonAsync("/api/tracked", new { conversationId, analysis }, Json));

    static string IdOf(JsonNode tracked, string what) =>
        tracked["agreements"]!.AsArray().Single(a => a!["what"]!.GetValue<string>() == what)!["id"]!.GetValue<string>();

    /// <summary>Jane asked Finance (Mei, Kim) for budget codes; Mei and Kim delivered, Jane delivered her part; Jane still owes Finance the headcount.</summary>
    async Task<(string TrackedId, string MeiAgreement)> FinanceHistoryAsync(bool janeDelivers = true)
    {
        var budget = await TrackAsync("AAQkADbudget", Of("Budget codes for the survey tool renewal",
            [Replied(Mei, "2026-11-02T09:00:00-05:00", "2026-11-02T11:00:00-05:00"), Replied(Kim, "2026-11-02T09:00:00-05:00", "2026-11-02T12:00:00-05:00")],
            [Agreement(Mei, "send the budget codes", "2026-11-20"), Agreement(Kim, "confirm the cost centre", "2026-11-21"),
             Agreement(Jane, "share the renewal quote", "2026-11-19")]));
        var id = budget["id"]!.GetValue<string>();
        foreach (var what in janeDelivers
                     ? new[] { "send the budget codes", "confirm the cost centre", "share the renewal quote" }
                     : ["send the budget codes", "confirm the cost centre"])
            await Body(await jane.PostAsJsonAsync($"/api/tracked/{id}/agreements/{IdOf(budget, what)}/done", new { }));
        await TrackAsync("AAQkADheadcount", Of("Q4 headcount for the finance forecast",
            [Waiting(Kim, 1, "2026-11-10T09:00:00-05:00")], [Agreement(Jane, "send the Q4 headcount by team", "2026-12-02")]));
        return (id, IdOf(budget, "send the budget codes"));
    }

    [Test]
    public async Task APersonsCardCarriesTheFavourAccountWithThemAndTheirDepartment()
    {
        var (trackedId, mei) = await FinanceHistoryAsync();
        await Body(await jane.PostAsJsonAsync("/api/drafts/thank-you", new { trackedId, agreementId = mei }));
        await Body(await jane.PostAsJsonAsync("/api/drafts/thank-you", new { trackedId, agreementId = mei }));   // opened twice: one thanks

        var card = await Body(await jane.GetAsync("/api/people/mei.lin@contoso.com"));
        var favours = card["favours"]!;
        Assert.Multiple(() =>
        {
            Assert.That(card["department"]!.GetValue<string>(), Is.EqualTo("Finance"));
            Assert.That(favours["department"]!["summary"]!.GetValue<string>(),
                Is.EqualTo("Last quarter: you delivered 1 to Finance; Finance delivered 2 to you; you sent 1 thank-you"),
                "Jane's one delivery counts once for Finance though two of its people were on the conversation");
            Assert.That(favours["person"]!["summary"]!.GetValue<string>(),
                Is.EqualTo("Last quarter: you delivered 1 to Mei Lin; Mei Lin delivered 1 to you; you sent 1 thank-you"));
            Assert.That(favours["department"]!["counts"]!["balance"]!.GetValue<string>(), Is.EqualTo("even"));
            Assert.That(favours["department"]!["items"]!.AsArray().Select(i => i!["kind"]!.GetValue<string>()),
                Is.EquivalentTo(new[] { "deliveredToYou", "deliveredToYou", "deliveredByYou", "deliveredByYou", "thanksSent" }),
                "the facts behind the counts, with their dates");
        });
        var account = await Body(await jane.GetAsync("/api/favours"));
        Assert.That(account["departments"]![0]!["department"]!.GetValue<string>(), Is.EqualTo("Finance"));
        var before = await Body(await jane.GetAsync("/api/favours?until=2026-01-01&since=2025-01-01"));
        Assert.That(before["departments"]!.AsArray(), Is.Empty, "nothing was done in 2025: dates count");
    }

    [Test]
    public async Task AnAskOfADepartmentThatDidMoreForYouIsFlaggedOneSided()
    {
        await FinanceHistoryAsync(janeDelivers: false);
        var check = await Body(await jane.PostAsJsonAsync("/api/asks/check", new
        {
            to = new[] { "kim.nguyen@contoso.com" },
            text = "Hi Kim, could you send me the Q1 budget export by region by Friday 4 December, because the review is on the 7th? Thanks, Jane",
            now = "2026-11-27T09:00:00-05:00",
        }));
        var finding = check["findings"]!.AsArray().SingleOrDefault(f => f!["issue"]!.GetValue<string>() == "oneSidedFavours");
        Assert.That(finding, Is.Not.Null, check.ToJsonString());
        Assert.Multiple(() =>
        {
            Assert.That(finding!["message"]!.GetValue<string>(), Does.StartWith("Last quarter: you delivered 0 to Finance; Finance delivered 2 to you"));
            Assert.That(finding["suggestion"]!.GetValue<string>(), Does.Contain("share the renewal quote"), "names what Jane owes Finance, earliest due first");
        });

        var toSales = await Body(await jane.PostAsJsonAsync("/api/asks/check", new { to = new[] { "tom.becker@contoso.com" }, text = "Hi Tom, could you send the list?" }));
        Assert.That(toSales["findings"]!.AsArray().Select(f => f!["issue"]!.GetValue<string>()), Has.No.Member("oneSidedFavours"),
            "no account with Sales: nothing one-sided");
    }

    [Test]
    public async Task TheThankYouOffersBackWhatYouStillOweTheirDepartment()
    {
        var (trackedId, mei) = await FinanceHistoryAsync();
        var plain = await Body(await jane.PostAsJsonAsync("/api/drafts/thank-you", new { trackedId, agreementId = mei }));
        var offered = await Body(await jane.PostAsJsonAsync("/api/drafts/thank-you", new { trackedId, agreementId = mei, offerHelpBack = true }));
        Assert.Multiple(() =>
        {
            Assert.That(plain["text"]!.GetValue<string>(), Does.Contain("If I can ever return the favour, just let me know."));
            Assert.That(offered["text"]!.GetValue<string>(),
                Does.Contain("And I haven't forgotten what I owe Finance: send the Q4 headcount by team — you'll have it by Wednesday 2 December."));
            Assert.That(offered["cc"]!.AsArray().Select(c => c!.GetValue<string>()), Is.EqualTo(new[] { "victor.hugo@contoso.com" }));
        });
    }

    [Test]
    public async Task ErasingMyDataErasesTheThanksWithTheTracking()
    {
        var (trackedId, mei) = await FinanceHistoryAsync();
        await Body(await jane.PostAsJsonAsync("/api/drafts/thank-you", new { trackedId, agreementId = mei }));
        Assert.That((await Body(await jane.GetAsync("/api/favours")))["departments"]!.AsArray(), Is.Not.Empty);

        Assert.That((await jane.DeleteAsync("/api/me/data")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        await using var c = await database!.Db.OpenAsync(CancellationToken.None);
        await using var count = c.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM favour_thanks";
        Assert.Multiple(async () =>
        {
            Assert.That(Convert.ToInt64(await count.ExecuteScalarAsync()), Is.Zero);
            Assert.That((await Body(await jane.GetAsync("/api/favours")))["departments"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task AFavourAccountPeriodBackwardsIsAProblem()
    {
        var response = await jane.GetAsync("/api/favours?since=2026-11-01&until=2026-10-01");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
    }
}
