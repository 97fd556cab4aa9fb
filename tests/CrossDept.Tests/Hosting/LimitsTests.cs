using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrossDept.Tests.Support;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

/// <summary>Every request's cost is bounded: just over each limit is refused with a ProblemDetails that names it.</summary>
public sealed class LimitsTests
{
    ApiFactory api = null!;
    HttpClient jane = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        api = new ApiFactory(Settings(("Limits:ConversationBodyBytes", "20000"), ("Limits:SmallBodyBytes", "2000")));
        jane = api.CreateClientFor(TestTokens.Jane);
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        jane.Dispose();
        api.Dispose();
    }

    static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    static string Padded(int bytes)
    {
        // A valid conversation, padded with spaces to exactly this many bytes.
        var json = System.Text.Json.JsonSerializer.Serialize(Conversation(Message()));
        return json + new string(' ', bytes - Encoding.UTF8.GetByteCount(json));
    }

    [Test]
    public async Task AConversationBodyAtTheLimitIsReadAndOneByteOverIs413NamingTheLimit()
    {
        var at = await jane.PostAsync("/api/threads/analyze", Json(Padded(20000)));
        var over = await jane.PostAsync("/api/threads/analyze", Json(Padded(20001)));

        Assert.That(at.StatusCode, Is.EqualTo(HttpStatusCode.OK), await at.Content.ReadAsStringAsync());
        var problem = await Problem(over, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Limits:ConversationBodyBytes"));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("20000"));
    }

    [Test]
    public async Task ABodyWithoutALengthIsCutOffAtTheLimitWith413()
    {
        // No Content-Length: the body is counted as it is read.
        var content = new StreamContent(new NonSeekable(Encoding.UTF8.GetBytes(Padded(20001))));
        content.Headers.ContentType = new("application/json");
        var over = await jane.PostAsync("/api/threads/analyze", content);

        var problem = await Problem(over, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("Limits:ConversationBodyBytes"));
    }

    [Test]
    public async Task ASmallRouteTakesASmallBody()
    {
        var addresses = Enumerable.Range(0, 100).Select(i => $"someone.with.a.long.name.{i}@contoso.com").ToArray();
        var over = await jane.PostAsync("/api/people/lookup", Json(System.Text.Json.JsonSerializer.Serialize(new { addresses })));

        var problem = await Problem(over, HttpStatusCode.RequestEntityTooLarge);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Limits:SmallBodyBytes"));
    }

    [Test]
    public async Task MoreMessagesThanTheLimitIs422NamingIt()
    {
        using var roomy = new ApiFactory(Settings());
        using var client = roomy.CreateClientFor(TestTokens.Jane);
        var messages = Enumerable.Range(0, 201).Select(_ => Message(text: "ok")).ToArray();

        var over = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(messages));
        var at = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(messages[..200]));

        var problem = await Problem(over, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("MaxMessages"));
        Assert.That(problem["maximum"]!.GetValue<int>(), Is.EqualTo(200));
        Assert.That(at.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task MoreRecipientsThanExchangeAllowsOnOneMessageIs422()
    {
        using var roomy = new ApiFactory(Settings());
        using var client = roomy.CreateClientFor(TestTokens.Jane);
        var to = Enumerable.Range(0, 501).Select(i => $"p{i}@contoso.com").ToArray();

        var over = await client.PostAsJsonAsync("/api/drafts/reminder", Conversation(Message(to: to)));

        var problem = await Problem(over, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("MaxTo"));
    }

    [Test]
    public async Task ABodyTextOverAMillionCharactersIs422()
    {
        using var roomy = new ApiFactory(Settings());
        using var client = roomy.CreateClientFor(TestTokens.Jane);

        var over = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(Message(text: new string('a', 1_000_001))));

        var problem = await Problem(over, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("MaxTextLength"));
    }

    [Test]
    public async Task TextsOverTwoMillionCharactersTogetherAre422NamingTheLimit()
    {
        using var roomy = new ApiFactory(Settings());
        using var client = roomy.CreateClientFor(TestTokens.Jane);
        var text = new string('a', 700_000);
        var under = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(Message(text: text), Message(text: text)));
        Assert.That(under.StatusCode, Is.EqualTo(HttpStatusCode.OK), "1.4 M characters together are within the limit");

        var over = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(Message(text: text), Message(text: text), Message(text: text)));

        var problem = await Problem(over, HttpStatusCode.UnprocessableEntity);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("MaxTotalTextLength"));
    }

    [Test]
    public async Task AnAddressTooLongIs414ProblemJson()
    {
        var response = await jane.GetAsync("/api/tracked?conversationId=" + new string('x', 4100));

        var problem = await Problem(response, HttpStatusCode.RequestUriTooLong);
        Assert.That(problem["limit"]!.GetValue<string>(), Is.EqualTo("Limits:MaxUrlLength"));
    }

    [Test]
    public async Task OnARealSocketAnAddressPastKestrelsDefaultLineLimitIsStillOur414ProblemJson()
    {
        // Kestrel's default request-line limit is 8 KB and its own 414 has no body; ours must come first.
        using var demo = new DemoApiFactory();
        demo.UseKestrel(0);
        demo.StartServer();
        using var client = demo.CreateClient();

        var response = await client.GetAsync("/api/tracked?conversationId=" + new string('x', 9000));

        await Problem(response, HttpStatusCode.RequestUriTooLong);
    }

    sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
