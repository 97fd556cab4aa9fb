using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrossDept.Tests.Threads;

public class ThreadsApiTests
{
    WebApplicationFactory<Program> factory = null!;
    HttpClient client = null!;

    [OneTimeSetUp]
    public void StartApi()
    {
        factory = new WebApplicationFactory<Program>();
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void StopApi()
    {
        client.Dispose();
        factory.Dispose();
    }

    static object Conversation(params object[] messages) => new
    {
        me = "jane.doe@contoso.com",
        now = "2026-11-06T09:00:00-05:00",
        messages,
    };

    static readonly object AskKim = new
    {
        id = "<ask.1@contoso.com>",
        from = new { name = "Jane Doe", address = "jane.doe@contoso.com" },
        to = new[] { new { name = "Kim Nguyen", address = "kim.nguyen@contoso.com" } },
        sentAt = "2026-11-05T10:00:00-05:00",
        subject = "Budget codes",
        html = "<p>Could you send me the budget code by Friday?</p>",
    };

    [Test]
    public async Task AnalyzeReturnsTheContractShape()
    {
        var response = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(AskKim));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        foreach (var field in new[] { "conversation", "messages", "agreements", "recipients", "confirmationDraft" })
            Assert.That(root.TryGetProperty(field, out _), Is.True, field);
        var kim = root.GetProperty("recipients")[0];
        Assert.That(kim.GetProperty("address").GetString(), Is.EqualTo("kim.nguyen@contoso.com"));
        Assert.That(kim.GetProperty("status").GetString(), Is.EqualTo("waiting"));
        Assert.That(kim.GetProperty("nextStep").GetString(), Is.EqualTo("wait"));
        Assert.That(kim.GetProperty("unansweredRequests").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public async Task AnalyzeWithoutMessagesReturnsProblemDetails()
    {
        var response = await client.PostAsJsonAsync("/api/threads/analyze", Conversation());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("errors").TryGetProperty("messages", out _), Is.True);
    }

    [Test]
    public async Task MessageWithoutSenderOrDateNamesTheFieldInProblemDetails()
    {
        var response = await client.PostAsJsonAsync("/api/threads/analyze", Conversation(new { html = "<p>hi</p>" }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.TryGetProperty("messages[0].from", out _) && errors.TryGetProperty("messages[0].sentAt", out _), Is.True, errors.ToString());
    }

    [Test]
    public async Task MalformedJsonIsProblemDetailsNotAStackTrace()
    {
        var response = await client.PostAsync("/api/threads/analyze", new StringContent("{ \"messages\": [", System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Not.Contain("   at "));
    }

    [Test]
    public async Task HealthzAnswers()
    {
        var response = await client.GetAsync("/healthz");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task SwaggerDescribesAnalyzeWithExamples()
    {
        var swagger = await client.GetFromJsonAsync<JsonElement>("/swagger/v1/swagger.json");

        var analyze = swagger.GetProperty("paths").GetProperty("/api/threads/analyze").GetProperty("post");
        Assert.That(analyze.GetProperty("summary").GetString(), Is.Not.Empty);
        var me = swagger.GetProperty("components").GetProperty("schemas").GetProperty("AnalyzeRequest").GetProperty("properties").GetProperty("me");
        Assert.That(me.GetProperty("example").GetString(), Is.EqualTo("jane.doe@contoso.com"));
    }
}
