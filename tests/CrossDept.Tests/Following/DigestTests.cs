using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tracking;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Following;

/// <summary>
/// The morning digest on a clock the test sets, written by the demo outbox as real .eml files: once a working day in
/// the user's time zone, never on a day off or before the hour, never when the user did not opt in, HTML-encoded.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class DigestTests(StorageProvider provider)
{
    static readonly Owner Me = new("tid-1", "oid-jane");
    static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    TestDatabase? database;
    TestClock clock = null!;
    string outbox = null!;
    Digests digests = null!;

    [SetUp]
    public async Task Create()
    {
        database = await TestDatabase.CreateAsync(provider);
        clock = new TestClock(At("2026-11-12T07:30:00-05:00"));   // Thursday, 07:30 in New York
        outbox = Path.Combine(Path.GetTempPath(), "crossdept-digest-" + Guid.NewGuid().ToString("N"));
        var tracking = new TrackingStore(database.Db);
        digests = new Digests(database.Db, tracking, new DemoDigestOutbox(outbox, NewYork, clock),
            new FollowingSettings { PaneAddress = new Uri("https://crossdept.contoso.com/pane/") }, clock, NullLogger<Digests>.Instance);
        await tracking.TrackAsync(Me, "AAQkAGdigest", Of("Churn <script>alert('subject')</script>",
            [Waiting(Tom, 2, "2026-11-09T09:00:00-05:00"), Waiting(Raj, 1, "2026-11-09T09:00:00-05:00")],
            [Agreement(Raj, "pull the <script>alert('x')</script> export", "2026-11-10"), Agreement(Tom, "send the refund totals", "2026-11-13")]),
            null, At("2026-11-09T08:00:00-05:00"), CancellationToken.None);
    }

    [TearDown]
    public async Task Drop()
    {
        if (database is not null)
            await database.DisposeAsync();
        if (Directory.Exists(outbox))
            Directory.Delete(outbox, recursive: true);
    }

    string[] Sent => Directory.Exists(outbox) ? Directory.GetFiles(outbox, "*.eml") : [];

    Task<int> Run() => digests.RunAsync(CancellationToken.None);

    void SetClock(string iso) => clock.Advance(At(iso) - clock.GetUtcNow());

    [Test]
    public async Task OneDigestIsSentPerWorkingDayAfterTheHour()
    {
        await digests.SetAsync(Me, Jane.Address, enabled: true, CancellationToken.None);
        SetClock("2026-11-12T06:59:00-05:00");
        Assert.That(await Run(), Is.Zero, "before 07:00 in New York");
        SetClock("2026-11-12T07:30:00-05:00");
        Assert.That(await Run(), Is.EqualTo(1), "Thursday morning");
        Assert.That(await Run(), Is.Zero, "again at once");
        SetClock("2026-11-12T18:00:00-05:00");
        Assert.That(await Run(), Is.Zero, "the same evening");
        SetClock("2026-11-12T23:30:00-05:00");   // already Friday in UTC, still Thursday in New York
        Assert.That(await Run(), Is.Zero, "still Thursday in the user's zone");
        SetClock("2026-11-13T07:05:00-05:00");
        Assert.That(await Run(), Is.EqualTo(1), "Friday morning");
        Assert.Multiple(async () =>
        {
            Assert.That(Sent, Has.Length.EqualTo(2));
            Assert.That((await digests.GetAsync(Me, CancellationToken.None)).LastSentOn, Is.EqualTo("2026-11-13"));
        });
    }

    [Test]
    public async Task NoDigestOnTheWeekend()
    {
        await digests.SetAsync(Me, Jane.Address, enabled: true, CancellationToken.None);
        SetClock("2026-11-14T09:00:00-05:00");
        Assert.That(await Run(), Is.Zero, "Saturday");
        SetClock("2026-11-15T09:00:00-05:00");
        Assert.That(await Run(), Is.Zero, "Sunday");
        SetClock("2026-11-16T09:00:00-05:00");
        Assert.That(await Run(), Is.EqualTo(1), "Monday");
    }

    [Test]
    public async Task NoDigestWithoutOptingInOrAfterOptingOut()
    {
        Assert.That(await Run(), Is.Zero, "never asked for");
        await digests.SetAsync(Me, Jane.Address, enabled: true, CancellationToken.None);
        await digests.SetAsync(Me, Jane.Address, enabled: false, CancellationToken.None);
        Assert.Multiple(async () =>
        {
            Assert.That(await Run(), Is.Zero, "turned off again");
            Assert.That(Sent, Is.Empty);
        });
    }

    [Test]
    public async Task TheDigestListsOverdueDueThisWeekRemindAndCallHtmlEncodedWithLinksIntoThePane()
    {
        await digests.SetAsync(Me, Jane.Address, enabled: true, CancellationToken.None);
        Assert.That(await Run(), Is.EqualTo(1));
        var message = await MimeMessage.LoadAsync(Sent.Single());
        var html = message.HtmlBody;
        Assert.Multiple(() =>
        {
            Assert.That(message.To.Mailboxes.Single().Address, Is.EqualTo(Jane.Address), "to the user themself");
            Assert.That(message.Subject, Is.EqualTo("CrossDept: 1 overdue, 1 due this week, 1 to remind, 1 to call"));
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("pull the &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; export"));
            Assert.That(html, Does.Contain("Churn &lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;"));
            Assert.That(html, Does.Contain("<h2>Overdue</h2>").And.Contain("<h2>Due this week</h2>").And.Contain("send the refund totals"));
            Assert.That(html, Does.Contain("<h2>Who to remind</h2><ul><li>Raj Patel"));
            Assert.That(html, Does.Contain("<h2>Who to call</h2><ul><li>Tom Becker"));
            Assert.That(html, Does.Match("href=\"https://crossdept.contoso.com/pane/\\?tracked=[^\"]+\""));
        });
    }
}

/// <summary>The tenant's digest: the user's mailboxSettings decide the day, Graph sendMail sends it to the user themself.</summary>
public sealed class DigestTenantTests
{
    FollowingTenant? t;
    TestClock clock = null!;
    HttpClient jane = null!;

    [SetUp]
    public async Task Start()
    {
        clock = new TestClock(CrossDept.Tests.Tracking.Analyses.At("2026-11-12T08:00:00-05:00"));   // Thursday 08:00 in New York
        t = await FollowingTenant.StartAsync(StorageProvider.Sqlite, clock: clock);
        jane = t.Jane();
    }

    [TearDown]
    public async Task Stop()
    {
        if (t is null)
            return;
        jane.Dispose();
        await t.DisposeAsync();
    }

    async Task<Owner> OptInWithWorkAsync()
    {
        var response = await jane.PutAsJsonAsync("/api/me/digest", new { enabled = true });
        Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
        Assert.That(await jane.GetStringAsync("/api/me/digest"), Does.Contain("\"enabled\":true"));
        await using var c = await t!.Database.Db.OpenAsync(CancellationToken.None);
        var (tenantId, objectId) = await c.QuerySingleAsync<(string, string)>("SELECT tenant_id, object_id FROM digest_setting");
        var owner = new Owner(tenantId, objectId);
        await t.Api.Services.GetRequiredService<TrackingStore>().TrackAsync(owner, "AAQkAGtenantdigest",
            Of("Refund <b>data</b>", [Waiting(Tom, 2, "2026-11-09T09:00:00-05:00")], []), null, clock.GetUtcNow(), CancellationToken.None);
        return owner;
    }

    [Test]
    public async Task TheDigestIsSentWithSendMailToTheUserOnceADay()
    {
        await OptInWithWorkAsync();
        var digests = t!.Api.Services.GetRequiredService<Digests>();
        await digests.RunAsync(CancellationToken.None);
        await digests.RunAsync(CancellationToken.None);
        await Task.Delay(500);   // the worker's own pass may run too: still one
        var sent = t.Graph.SentMail.ToArray();
        Assert.That(sent, Has.Length.EqualTo(1));
        var message = sent[0]["message"]!;
        var me = (await jane.GetFromJsonAsync<JsonObject>("/api/me"))!;
        Assert.Multiple(() =>
        {
            Assert.That(message["toRecipients"]![0]!["emailAddress"]!["address"]!.GetValue<string>(),
                Is.EqualTo(me["address"]?.GetValue<string>() ?? me["mail"]?.GetValue<string>()).IgnoreCase);
            Assert.That(message["body"]!["contentType"]!.GetValue<string>(), Is.EqualTo("html"));
            Assert.That(message["body"]!["content"]!.GetValue<string>(), Does.Contain("Refund &lt;b&gt;data&lt;/b&gt;").And.Contain("Who to call"));
            Assert.That(sent[0]["saveToSentItems"]!.GetValue<bool>(), Is.False);
            Assert.That(t.Graph.Received(r => r.Method == "GET" && r.Path == "/me/mailboxSettings"), Is.Not.Empty);
        });
    }

    [Test]
    public async Task NoDigestOnADayTheMailboxSaysIsNotAWorkingDay()
    {
        t!.Graph.WorkingDays = ["monday", "tuesday", "wednesday", "friday"];   // Thursday off
        await OptInWithWorkAsync();
        Assert.That(await t.Api.Services.GetRequiredService<Digests>().RunAsync(CancellationToken.None), Is.Zero);
        Assert.That(t.Graph.SentMail, Is.Empty);
    }

    [Test]
    public async Task TheMailboxTimeZoneDecidesTheMorning()
    {
        t!.Graph.MailboxTimeZone = "Pacific Standard Time";   // 05:00 in Seattle: too early
        await OptInWithWorkAsync();
        Assert.That(await t.Api.Services.GetRequiredService<Digests>().RunAsync(CancellationToken.None), Is.Zero);
        clock.Advance(TimeSpan.FromHours(3));   // 08:00 in Seattle
        await t.Api.Services.GetRequiredService<Digests>().RunAsync(CancellationToken.None);
        Assert.That(t.Graph.SentMail, Has.Count.EqualTo(1), "sent by this pass or the worker's, once");
    }
}
