using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;
using static CrossDept.Tests.Support.HttpJson;

namespace CrossDept.Tests.Departments;

/// <summary>
/// Departments, point persons, response times and interest notes through HTTP with real signed tokens, against the fake
/// Graph tenant (its directory: Jane in Customer Experience, Olivia in Operations, Marcus Lee and twelve peers in Sales), on both engines.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class DepartmentsApiTests(StorageProvider provider)
{
    TestDatabase? database;
    GraphTenant tenant = null!;
    HttpClient jane = null!;
    HttpClient raj = null!;
    HttpClient admin = null!;

    [SetUp]
    public async Task Start()
    {
        database = await TestDatabase.CreateAsync(provider, migrate: false);
        tenant = await GraphTenant.StartAsync(database.ApiSettings());
        jane = tenant.Client();
        raj = tenant.Api.CreateClientFor(TestTokens.Raj);
        admin = tenant.Api.CreateClientWithToken(AdminTokens.For(AdminTokens.Olivia));
    }

    [TearDown]
    public async Task Stop()
    {
        if (database is null)
            return;
        jane.Dispose();
        raj.Dispose();
        admin.Dispose();
        await tenant.DisposeAsync();
        await database.DisposeAsync();
    }


    static JsonNode Department(JsonNode list, string name) =>
        list["departments"]!.AsArray().Single(d => d!["name"]!.GetValue<string>() == name)!;

    static object Settings(double? responseHours, bool shared = false, params (string Name, string Address)[] pointPersons) =>
        new { pointPersons = pointPersons.Select(p => new { name = p.Name, address = p.Address }), responseHours, shared };

    [Test]
    public async Task DepartmentsAreSeededFromTheDirectorysDepartmentAttribute()
    {
        var list = await Body(await jane.GetAsync("/api/departments"));

        Assert.That(Department(list, "Sales")["people"]!.GetValue<int>(), Is.EqualTo(13));
        Assert.That(Department(list, "Operations")["source"]!.GetValue<string>(), Is.EqualTo("directory"));
        Assert.That(list["canShare"]!.GetValue<bool>(), Is.False);
        var read = tenant.Graph.Received(r => r.Path == "/users").Single();
        Assert.That(read.Param("$select"), Does.Contain("department"));
    }

    [Test]
    public async Task TheDirectoryIsReadThroughEveryPageAndPastThrottling()
    {
        tenant.Graph.UsersPageSize = 4;
        tenant.Graph.Inject(new Fault("GET", "^/users$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));

        var read = await Body(await jane.PostAsync("/api/departments/directory", null));

        Assert.That(read["people"]!.GetValue<int>(), Is.EqualTo(15));
        Assert.That(read["departments"]!.GetValue<int>(), Is.EqualTo(3));
        var pages = tenant.Graph.Received(r => r.Path == "/users").ToArray();
        Assert.That(pages, Has.Length.EqualTo(1 + 4), "one throttled, then 4 pages of 4 through @odata.nextLink");
        Assert.That(pages[1].ReceivedAt - pages[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)), "Retry-After was honoured");
    }

    [Test]
    public async Task TheDirectoryIsAskedInGraphsLargestPages()
    {
        await Body(await jane.GetAsync("/api/departments"));
        Assert.That(tenant.Graph.Received(r => r.Path == "/users").Single().Param("$top"), Is.EqualTo("999"));
        // Past Graph's largest page the fake answers Graph's 400, as the real service would.
        using var direct = new HttpClient();
        direct.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "a-token-the-fake-accepts");
        Assert.That((await direct.GetAsync(tenant.Graph.BaseAddress + "/users?$top=1000")).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task OwnSettingsOverrideTheTenantsForTheUserAlone()
    {
        await Body(await admin.PutAsJsonAsync("/api/departments/Sales", Settings(8, shared: true, ("Marcus Lee", "marcus.lee@contoso.com"))));
        await Body(await jane.PutAsJsonAsync("/api/departments/Sales", Settings(4, false, ("Tom Becker", "tom.becker@contoso.com"))));

        var janes = Department(await Body(await jane.GetAsync("/api/departments")), "Sales");
        var rajs = Department(await Body(await raj.GetAsync("/api/departments")), "Sales");
        Assert.That(janes["source"]!.GetValue<string>(), Is.EqualTo("mine"));
        Assert.That(janes["responseHours"]!.GetValue<double>(), Is.EqualTo(4));
        Assert.That(janes["tenant"]!["responseHours"]!.GetValue<double>(), Is.EqualTo(8));
        Assert.That(rajs["source"]!.GetValue<string>(), Is.EqualTo("tenant"));
        Assert.That(rajs["pointPersons"]![0]!["address"]!.GetValue<string>(), Is.EqualTo("marcus.lee@contoso.com"));

        Assert.That((await jane.DeleteAsync("/api/departments/Sales")).StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        Assert.That(Department(await Body(await jane.GetAsync("/api/departments")), "Sales")["source"]!.GetValue<string>(), Is.EqualTo("tenant"));
    }

    [Test]
    public async Task OnlyAnAdminEditsTheTenantsList()
    {
        var refused = await jane.PutAsJsonAsync("/api/departments/Sales", Settings(8, shared: true));
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(refused.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That((await jane.DeleteAsync("/api/departments/Sales?shared=true")).StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));

        Assert.That((await admin.PutAsJsonAsync("/api/departments/Sales", Settings(8, shared: true))).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Body(await admin.GetAsync("/api/departments")))["canShare"]!.GetValue<bool>(), Is.True);
    }

    [TestCase("""{"pointPersons":[],"responseHours":0}""", "responseHours")]
    [TestCase("""{"pointPersons":[],"responseHours":500}""", "responseHours")]
    [TestCase("""{"pointPersons":[],"responseHours":8,"firstSolutionHours":4}""", "firstSolutionHours")]
    [TestCase("""{"pointPersons":[{"name":"Nobody"}],"responseHours":4}""", "pointPersons[0].address")]
    [TestCase("""{"responseHours":4}""", "pointPersons")]
    [TestCase("""{"pointPersons":[{"address":"a@x.com"},{"address":"b@x.com"},{"address":"c@x.com"},{"address":"d@x.com"},{"address":"e@x.com"},{"address":"f@x.com"}]}""", "pointPersons")]
    public async Task BadSettingsAreAProblemNamingTheField(string json, string field)
    {
        var response = await jane.PutAsync("/api/departments/Sales", new StringContent(json, new MediaTypeHeaderValue("application/json")));
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem["errors"]!.AsObject().Select(e => e.Key), Does.Contain(field));
    }

    [Test]
    public async Task AnAskToSomeoneInADepartmentIsRoutedToItsPointPerson()
    {
        await Body(await admin.PutAsJsonAsync("/api/departments/Sales", Settings(4, shared: true, ("Marcus Lee", "marcus.lee@contoso.com"))));
        const string Ask = "Hi Tom, could you send me the Q3 churn export by account, as a spreadsheet, by Wednesday 4 November? The Q4 review is on the 12th.";

        var check = await Body(await jane.PostAsJsonAsync("/api/asks/check", new { subject = "Churn", text = Ask, to = new[] { "tom.becker@contoso.com" }, now = "2026-11-02T09:00:00-05:00" }));
        var routed = check["findings"]!.AsArray().Single(f => f!["issue"]!.GetValue<string>() == "pointPerson")!;
        Assert.That(routed["message"]!.GetValue<string>(), Is.EqualTo("Tom Becker is in Sales, whose point person for requests is Marcus Lee."));
        Assert.That(routed["suggestion"]!.GetValue<string>(), Does.Contain("marcus.lee@contoso.com"));

        var copied = await Body(await jane.PostAsJsonAsync("/api/asks/check", new { text = Ask, to = new[] { "tom.becker@contoso.com" }, cc = new[] { "marcus.lee@contoso.com" } }));
        Assert.That(copied["findings"]!.AsArray().Select(f => f!["issue"]!.GetValue<string>()), Does.Not.Contain("pointPerson"));
        var bad = await jane.PostAsJsonAsync("/api/asks/check", new { text = Ask, to = new[] { "not an address" } });
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task AReminderIsTimedByTheDepartmentsResponseTime()
    {
        // Monday 09:30: Jane asked Tom (Sales, 4 business hours agreed) and Olivia (Operations: nothing agreed, the 2-business-day rule).
        var olivia = new Person("Olivia Brown", "olivia.brown@contoso.com");
        var analysis = Of("Q3 churn export", [Waiting(Tom, 1, "2026-11-02T09:30:00-05:00"), Waiting(olivia, 1, "2026-11-02T09:30:00-05:00")], []);
        await Body(await jane.PostAsJsonAsync("/api/tracked", new { conversationId = "AAQkADepartmentsTiming=", analysis }, AnalysisJson.Options));
        await Body(await jane.PutAsJsonAsync("/api/departments/Sales", Settings(4)));

        JsonNode Person(JsonNode board, string address) => board["people"]!.AsArray().Single(p => p!["person"]!["address"]!.GetValue<string>() == address)!["person"]!;
        async Task<JsonNode> Board(string now) => await Body(await jane.GetAsync($"/api/board?now={Uri.EscapeDataString(now)}"));

        var monday = await Board("2026-11-02T14:00:00-05:00");
        Assert.That(Person(monday, Tom.Address)["nextStep"]!.GetValue<string>(), Is.EqualTo("remind"), "4.5 business hours: past Sales' 4");
        Assert.That(Person(monday, Tom.Address)["pastResponseTime"]!.GetValue<bool>(), Is.True);
        Assert.That(Person(monday, Tom.Address)["responseHours"]!.GetValue<double>(), Is.EqualTo(4));
        Assert.That(Person(monday, olivia.Address)["nextStep"]!.GetValue<string>(), Is.EqualTo("wait"));
        Assert.That(Person(monday, olivia.Address)["pastResponseTime"]!.GetValue<bool>(), Is.False);

        var wednesday = await Board("2026-11-04T10:00:00-05:00");
        Assert.That(Person(wednesday, olivia.Address)["nextStep"]!.GetValue<string>(), Is.EqualTo("remind"), "2 business days");
    }

    [Test]
    public async Task InterestNotesAndOwnSettingsAreErasedWithTheUsersData()
    {
        await Body(await jane.PutAsJsonAsync("/api/interests/tom.becker@contoso.com", new { note = "hitting the Q4 renewal target" }));
        await Body(await jane.PutAsJsonAsync("/api/departments/Sales", Settings(4)));
        await Body(await admin.PutAsJsonAsync("/api/departments/Operations", Settings(8, shared: true)));
        Assert.That((await Body(await jane.GetAsync("/api/interests/tom.becker@contoso.com")))["note"]!.GetValue<string>(), Is.EqualTo("hitting the Q4 renewal target"));
        Assert.That((await raj.GetAsync("/api/interests/tom.becker@contoso.com")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound), "notes are per user");

        Assert.That((await jane.DeleteAsync("/api/me/data")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        Assert.That((await jane.GetAsync("/api/interests/tom.becker@contoso.com")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var list = await Body(await jane.GetAsync("/api/departments"));
        Assert.That(Department(list, "Sales")["source"]!.GetValue<string>(), Is.EqualTo("directory"));
        Assert.That(Department(list, "Operations")["source"]!.GetValue<string>(), Is.EqualTo("tenant"), "the tenant's list is the tenant's");
    }

    [Test]
    public async Task BentRequestsToTheDepartmentRoutesAreProblemJsonNeverA5xx()
    {
        (string Method, string Path, string? Json)[] bent =
        [
            ("PUT", "/api/departments/Sales", "{"),
            ("PUT", "/api/departments/Sales", """{"pointPersons":"dan"}"""),
            ("PUT", "/api/departments/Sales", """{"pointPersons":[null]}"""),
            ("PUT", "/api/departments/Sales", """{"pointPersons":[],"responseHours":"four"}"""),
            ("PUT", "/api/departments/Sales", """{"pointPersons":[],"responseHours":1e400}"""),
            ("PUT", "/api/departments/" + new string('x', 101), """{"pointPersons":[]}"""),
            ("PUT", "/api/departments/%20", """{"pointPersons":[]}"""),
            ("DELETE", "/api/departments/Nobody", null),
            ("DELETE", "/api/departments/Sales?shared=maybe", null),
            ("PUT", "/api/interests/not-an-address", """{"note":"x"}"""),
            ("PUT", "/api/interests/tom.becker@contoso.com", """{"note":null}"""),
            ("PUT", "/api/interests/tom.becker@contoso.com", """{"note":"line\nbreak"}"""),
            ("GET", "/api/interests/nobody@contoso.com", null),
            ("DELETE", "/api/interests/nobody@contoso.com", null),
            ("POST", "/api/asks/check", """{"text":"Could you send it by Friday?","to":[null]}"""),
            ("POST", "/api/asks/check", """{"text":"Could you send it by Friday?","to":"tom"}"""),
        ];
        foreach (var (method, path, json) in bent)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (json is not null)
                request.Content = new StringContent(json, new MediaTypeHeaderValue("application/json"));
            using var response = await jane.SendAsync(request);
            var status = (int)response.StatusCode;
            Assert.That(status, Is.InRange(400, 499), $"{method} {path} {json}: {await response.Content.ReadAsStringAsync()}");
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), $"{method} {path} {json}");
        }
    }

    [TestCase("")]
    [TestCase("   ")]
    public async Task AnEmptyNoteIsAProblem(string note)
    {
        var response = await jane.PutAsJsonAsync("/api/interests/tom.becker@contoso.com", new { note });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await jane.PutAsJsonAsync("/api/interests/tom.becker@contoso.com", new { note = new string('x', 281) })).StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }
}
