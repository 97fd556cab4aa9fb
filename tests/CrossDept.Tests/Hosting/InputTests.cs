using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using CrossDept.Tests.Support;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

/// <summary>Input that used to answer 500: nulls inside lists, header names differing by case, dates near year 9999, real-mail addresses.</summary>
public sealed class InputTests
{
    ApiFactory api = null!;
    HttpClient jane = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        api = new ApiFactory(Settings());
        jane = api.CreateClientFor(TestTokens.Jane);
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        jane.Dispose();
        api.Dispose();
    }

    Task<HttpResponseMessage> Post(string route, string json) => jane.PostAsync(route, new StringContent(json, Encoding.UTF8, "application/json"));

    const string Kim = """{"from":{"address":"jane.doe@contoso.com"},"sentAt":"2026-11-05T10:00:00-05:00","text":"Could you send it by Friday?","to":[{"address":"kim@contoso.com"}]}""";

    [TestCase("/api/threads/analyze", """{"messages":[null]}""", "messages[0]")]
    [TestCase("/api/threads/analyze", """{"messages":[{"from":{"address":"jane.doe@contoso.com"},"sentAt":"2026-11-05T10:00:00Z","text":"x","to":[null]}]}""", "messages[0].to[0]")]
    [TestCase("/api/drafts/escalation", "{\"messages\":[" + Kim + "],\"managers\":[null]}", "managers[0]")]
    [TestCase("/api/threads/analyze", """{"messages":[{"from":{"address":"jane.doe@contoso.com"},"sentAt":"2026-11-05T10:00:00Z","text":"x","headers":{"Auto-Submitted":null}}]}""", "messages[0].headers.Auto-Submitted")]
    [TestCase("/api/people/lookup", """{"addresses":[null]}""", "addresses[0]")]
    public async Task ANullInsideAListIs400NamingWhere(string route, string json, string field)
    {
        var problem = await Problem(await Post(route, json), HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task HeaderNamesThatDifferOnlyByCaseAreReadNotRefused()
    {
        var json = """{"messages":[{"from":{"address":"kim@contoso.com"},"sentAt":"2026-11-05T10:00:00Z","text":"I am out of the office.","headers":{"Auto-Submitted":"auto-replied","auto-submitted":"no"}}]}""";

        var response = await Post("/api/threads/analyze", json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }

    [TestCase("POST", "/api/threads/analyze", """{"now":"9999-12-31T23:59:59Z","messages":[{"from":{"address":"jane.doe@contoso.com"},"sentAt":"2026-11-05T10:00:00Z","text":"x"}]}""", "now")]
    [TestCase("POST", "/api/threads/analyze", """{"messages":[{"from":{"address":"jane.doe@contoso.com"},"sentAt":"9999-12-31T00:00:00Z","text":"Can you do it by Friday?"}]}""", "messages[0].sentAt")]
    [TestCase("POST", "/api/drafts/reminder", """{"now":"0001-01-01T00:00:00Z","messages":[{"from":{"address":"jane.doe@contoso.com"},"sentAt":"2026-11-05T10:00:00Z","text":"x"}]}""", "now")]
    [TestCase("POST", "/api/calls/slots", """{"address":"raj@contoso.com","minutes":15,"withinBusinessDays":3,"now":"9999-12-30T00:00:00Z"}""", "now")]
    [TestCase("POST", "/api/calls", """{"address":"raj@contoso.com","minutes":15,"subject":"x","start":"9999-12-31T23:50:00Z"}""", "start")]
    [TestCase("GET", "/api/board?now=9999-12-31T00:00:00Z", null, "now")]
    [TestCase("POST", "/api/asks/check", """{"text":"Could you do it by Friday?","now":"9999-12-31T00:00:00Z"}""", "now")]
    public async Task ADateOutsideTheSaneWindowIs400(string method, string route, string? json, string field)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), route);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var problem = await Problem(await jane.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.That(problem["errors"]![field], Is.Not.Null, problem.ToJsonString());
    }

    [Test]
    public async Task RealMailAddressesWithOddDotsGoThroughAnalysisAndTracking()
    {
        string[] odd = ["t..hodge@contoso.com", ".nelson@contoso.com", "carol.st.@contoso.com"];
        var conversation = Conversation(Message(to: odd, text: "Could each of you send me your numbers by Friday? The board meets Monday."));

        var analyzed = await jane.PostAsJsonAsync("/api/threads/analyze", conversation);
        Assert.That(analyzed.StatusCode, Is.EqualTo(HttpStatusCode.OK), await analyzed.Content.ReadAsStringAsync());
        var analysis = JsonNode.Parse(await analyzed.Content.ReadAsStringAsync())!;
        var asked = analysis["recipients"]!.AsArray().Select(r => r!["address"]!.GetValue<string>()).ToArray();
        Assert.That(asked, Is.SupersetOf(odd), "nobody dropped from who was asked");

        var tracked = await jane.PostAsJsonAsync("/api/tracked", new { conversationId = "odd-dots", analysis });
        Assert.That(tracked.StatusCode, Is.EqualTo(HttpStatusCode.Created), await tracked.Content.ReadAsStringAsync());
        var id = JsonNode.Parse(await tracked.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
        var call = await jane.PostAsJsonAsync($"/api/tracked/{id}/calls", new { address = "carol.st.@contoso.com", kind = "made", at = "2026-11-06T10:00:00Z" });
        Assert.That(call.StatusCode, Is.EqualTo(HttpStatusCode.OK), await call.Content.ReadAsStringAsync());
        var reminder = await jane.PostAsJsonAsync("/api/drafts/reminder", new { me = "jane.doe@contoso.com", now = "2026-11-12T09:00:00Z", person = "t..hodge@contoso.com", messages = new[] { Message(to: odd) } });
        Assert.That((int)reminder.StatusCode, Is.LessThan(500), await reminder.Content.ReadAsStringAsync());
    }
}
