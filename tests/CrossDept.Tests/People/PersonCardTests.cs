using System.Net;
using System.Net.Http.Json;
using CrossDept.People;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;

namespace CrossDept.Tests.People;

public class PersonCardTests : GraphTenantTest
{
    static string[] TwelvePeers => GraphTenant.Peers.Select(p => p + "@contoso.com").ToArray();

    [Test]
    public async Task CardHasManagerPhonesAndAwayStatus()
    {
        Tenant.Graph.Data.AddUser(Tenant.Graph.Data.Users["noah.kim@contoso.com"] with
        {
            AutoReply = "I am out of the office until Monday.", AutoReplyUntil = new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero),
        });

        var card = await Client.GetFromJsonAsync<PersonCard>("/api/people/noah.kim@contoso.com", AnalysisJson.Options);

        Assert.Multiple(() =>
        {
            Assert.That(card!.Name, Is.EqualTo("Noah Kim"));
            Assert.That(card.JobTitle, Is.EqualTo("Account Manager"));
            Assert.That(card.Department, Is.EqualTo("Sales"));
            Assert.That(card.Phones, Is.EqualTo(new[] { "+1 (555) 010-4002" }));
            Assert.That(card.Manager, Is.EqualTo(new PersonRef("Marcus Lee", "marcus.lee@contoso.com")));
            Assert.That(card.Away, Is.EqualTo(new AwayNotice(new DateTimeOffset(2026, 11, 16, 8, 0, 0, TimeSpan.Zero), "I am out of the office until Monday.")));
            Assert.That(Tenant.Graph.WireRequests, Is.EqualTo(1), "profile, manager and mail tips travel in one $batch");
        });
    }

    [Test]
    public async Task PersonWithoutManagerHasNone()
    {
        var card = await Client.GetFromJsonAsync<PersonCard>("/api/people/olivia.brown@contoso.com", AnalysisJson.Options);
        Assert.That(card!.Manager, Is.Null);
        Assert.That(card.Away, Is.Null);
    }

    [Test]
    public async Task MobileNumberFollowsTheBusinessNumber()
    {
        var card = await Client.GetFromJsonAsync<PersonCard>("/api/people/tom.becker@contoso.com", AnalysisJson.Options);
        Assert.That(card!.Phones, Is.EqualTo(new[] { "+1 (555) 010-4000", "+1 (555) 020-4000" }));
    }

    [Test]
    public async Task UnknownPersonIsNotFound()
    {
        var response = await Client.GetAsync("/api/people/nobody@contoso.com");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task TwelvePeopleTakeTwoBatchesOfAtMostTwenty()
    {
        var response = await Client.PostAsJsonAsync("/api/people/lookup", new { addresses = TwelvePeers });
        var cards = await response.Content.ReadFromJsonAsync<PeopleCards>(AnalysisJson.Options);

        var batches = Tenant.Graph.Received(r => !r.InBatch);
        var inner = Tenant.Graph.Received(r => r.InBatch);
        Assert.Multiple(() =>
        {
            Assert.That(cards!.People, Has.Count.EqualTo(12));
            Assert.That(cards.People.All(c => c.Manager?.Address == "marcus.lee@contoso.com" && c.Phones.Count > 0), Is.True);
            Assert.That(batches.Select(b => b.Path), Is.All.EqualTo("/$batch"));
            Assert.That(batches, Has.Count.EqualTo(2));
            Assert.That(inner, Has.Count.EqualTo(25), "a profile and a manager per person, one mail-tips request");
        });
        TestContext.Out.WriteLine($"12-person card lookup: {batches.Count} Graph requests ({inner.Count} inside $batch)");
    }

    [Test]
    public async Task ThrottlingInsideABatchIsRetriedForThoseRequestsOnly()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/users/emma.davis@contoso.com$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1, InBatch: true));

        var response = await Client.PostAsJsonAsync("/api/people/lookup", new { addresses = TwelvePeers });
        var cards = await response.Content.ReadFromJsonAsync<PeopleCards>(AnalysisJson.Options);

        Assert.That(cards!.People.Select(c => c.Address), Does.Contain("emma.davis@contoso.com"));
        Assert.That(Tenant.Graph.Received(r => r.InBatch && r.Path == "/users/emma.davis@contoso.com"), Has.Count.EqualTo(2));
        Assert.That(Tenant.Graph.Received(r => r.InBatch), Has.Count.EqualTo(26), "only the throttled request was sent again");
        Assert.That(Tenant.Graph.Received(r => !r.InBatch), Has.Count.EqualTo(3));
    }

    [Test]
    public async Task PersistentThrottlingInsideABatchGivesA503()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/users/emma.davis@contoso.com$", FaultKind.Throttle, Times: 100, RetryAfterSeconds: 0, InBatch: true));

        var response = await Client.GetAsync("/api/people/emma.davis@contoso.com");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task ThrottledBatchIsRetriedWhole()
    {
        Tenant.Graph.Inject(new Fault("POST", @"^/\$batch$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));

        var response = await Client.GetAsync("/api/people/noah.kim@contoso.com");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Tenant.Graph.Received(r => !r.InBatch), Has.Count.EqualTo(2));
    }

    [Test]
    public async Task LookupNeedsAddresses()
    {
        var response = await Client.PostAsJsonAsync("/api/people/lookup", new { addresses = new[] { "not-an-address" } });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}

public class PersonCardPermissionTests
{
    [Test]
    public async Task ManagerTheAppMayNotReadLeavesTheCardWithoutOne()
    {
        await using var Tenant = await GraphTenant.StartAsync();
        using var Client = Tenant.Client();
        Tenant.Graph.Inject(new Fault("GET", "/manager$", FaultKind.Forbidden, Times: 1, InBatch: true));

        var card = await Client.GetFromJsonAsync<PersonCard>("/api/people/tom.becker@contoso.com", AnalysisJson.Options);

        Assert.That(card!.Manager, Is.Null);
        Assert.That(card.Phones, Is.Not.Empty);
    }
}
