using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Mailbox;

/// <summary>Drafts for a conversation the API reads itself: what the pane needs in a tenant and in demo mode.</summary>
public class MailboxDraftsTests : DemoMailboxTest
{
    const string Now = "2026-11-18T09:00:00-05:00";

    Task<HttpResponseMessage> Post(string conversation, string kind, object body) =>
        Client.PostAsJsonAsync($"/api/mailbox/conversations/{conversation}/drafts/{kind}", body);

    [Test]
    public async Task ReminderGoesToEveryoneStillWaiting()
    {
        var response = await Post("07-no-answer", "reminder", new { now = Now });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var draft = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(draft.GetProperty("to").EnumerateArray().Select(a => a.GetString()),
            Is.EquivalentTo(new[] { "kim.nguyen@contoso.com", "sam.ortiz@contoso.com" }));
        Assert.That(draft.GetProperty("text").GetString(), Does.Contain("budget code").IgnoreCase);
    }

    [Test]
    public async Task CallNotesAreForThePersonNamed()
    {
        var response = await Post("07-no-answer", "call-notes", new { now = Now, person = "kim.nguyen@contoso.com" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        var text = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("text").GetString();
        Assert.That(text, Does.Contain("Kim"));
    }

    [Test]
    public async Task SameDraftAsWhenThePaneSendsTheMessages()
    {
        var analysis = await Client.GetFromJsonAsync<JsonElement>($"/api/mailbox/conversations/07-no-answer/analysis?now={Uri.EscapeDataString(Now)}");
        var fromMailbox = await (await Post("07-no-answer", "escalation", new { now = Now })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(fromMailbox.GetProperty("subject").GetString(), Does.Contain(analysis.GetProperty("conversation").GetProperty("subject").GetString()));
    }

    [Test]
    public async Task CallNotesWithoutAPersonNameTheMissingField()
    {
        var response = await Post("07-no-answer", "call-notes", new { now = Now });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.That(errors.TryGetProperty("person", out _), Is.True, errors.ToString());
    }

    [Test]
    public async Task UnknownDraftKindIsAValidationProblem()
    {
        var response = await Post("07-no-answer", "apology", new { now = Now });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("call-notes"));
    }

    [Test]
    public async Task MessagesInTheBodyAreRefusedBecauseTheMailboxHasThem()
    {
        var response = await Post("07-no-answer", "reminder", new { now = Now, messages = new[] { new { text = "hi" } } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task UnknownConversationIsNotFound()
    {
        var response = await Post("99-nothing-here", "reminder", new { now = Now });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task NobodyWaitingIsSaidPlainly()
    {
        var response = await Post("01-churn-export", "reminder", new { now = Now });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("still waiting"));
    }
}
