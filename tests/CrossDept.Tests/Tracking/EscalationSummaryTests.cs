using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Tracking;

/// <summary>The escalation summary the user rewrote is the one the escalation draft gives back (demo mode, the budget-codes sample).</summary>
[NonParallelizable]
public sealed class EscalationSummaryTests : DemoMailboxTest
{
    const string Kim = "kim.nguyen@contoso.com";

    async Task<JsonElement> Send(HttpMethod method, string route, object? body = null)
    {
        using var request = new HttpRequestMessage(method, route) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.IsSuccessStatusCode, Is.True, $"{method} {route}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    [Test]
    public async Task TheEscalationDraftIsTheSummaryAsTheUserRewroteIt()
    {
        var analysis = await Send(HttpMethod.Get, "/api/mailbox/conversations/07-no-answer/analysis");
        var id = (await Send(HttpMethod.Post, "/api/tracked", new { conversationId = "07-no-answer", analysis })).GetProperty("id").GetString();
        var managers = new[] { new { name = "Victor Hugo", address = "victor.hugo@contoso.com" } };
        var composed = await Send(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/drafts/escalation", new { trackedId = id, person = Kim, managers });
        const string words = "Hi Victor,\n\nShort version: we need the budget code by Friday <or the PO slips>.";

        await Send(HttpMethod.Put, $"/api/tracked/{id}/escalations/{Kim}", new { text = words });
        var rewritten = await Send(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/drafts/escalation", new { trackedId = id, person = Kim, managers });

        Assert.That(composed.GetProperty("text").GetString(), Does.Not.Contain("Short version"));
        Assert.That(rewritten.GetProperty("text").GetString(), Is.EqualTo(words));
        Assert.That(rewritten.GetProperty("html").GetString(), Does.Contain("Short version: we need the budget code by Friday &lt;or the PO slips&gt;."));
        Assert.That(rewritten.GetProperty("subject").GetString(), Is.EqualTo(composed.GetProperty("subject").GetString()));
        Assert.That(rewritten.GetProperty("to").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "victor.hugo@contoso.com" }));

        // Back to the composer's words when the user forgets theirs.
        using var forget = await Client.DeleteAsync($"/api/tracked/{id}/escalations/{Kim}");
        Assert.That(forget.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        var again = await Send(HttpMethod.Post, "/api/mailbox/conversations/07-no-answer/drafts/escalation", new { trackedId = id, person = Kim, managers });
        Assert.That(again.GetProperty("text").GetString(), Is.EqualTo(composed.GetProperty("text").GetString()));
    }
}
