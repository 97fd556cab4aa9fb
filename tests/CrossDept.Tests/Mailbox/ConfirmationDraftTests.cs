using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrossDept.Mailbox;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;

namespace CrossDept.Tests.Mailbox;

public class ConfirmationDraftTests : GraphTenantTest
{
    string DraftUrl => $"/api/mailbox/conversations/{Uri.EscapeDataString(Tenant.ConversationId)}/confirmation-draft";

    async Task<HttpResponseMessage> CreateAsync(string key, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DraftUrl);
        request.Headers.Add("Idempotency-Key", key);
        if (body is not null)
            request.Content = JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    FakeMessage[] Drafts => Tenant.Graph.Data.Messages.Values.Where(m => m.IsDraft).ToArray();

    [Test]
    public async Task ConfirmationIsAReplyAllDraftOnTheLatestMessage()
    {
        var response = await CreateAsync("draft-key-0001");
        var created = await response.Content.ReadFromJsonAsync<CreatedDraft>(AnalysisJson.Options);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var draft = Drafts.Single();
        var latest = Tenant.Graph.Data.Messages.Values.Where(m => !m.IsDraft).MaxBy(m => m.SentDateTime)!;
        Assert.Multiple(() =>
        {
            Assert.That(created!.Id, Is.EqualTo(draft.Id));
            Assert.That(created.WebLink, Does.StartWith("https://outlook.office365.com/owa/"));
            Assert.That(draft.Folder, Is.EqualTo("drafts"));
            Assert.That(draft.ConversationId, Is.EqualTo(Tenant.ConversationId));
            Assert.That(draft.Subject, Does.StartWith("Confirming: "));
            Assert.That(Tenant.Graph.Received(r => r.Path.EndsWith("/createReplyAll", StringComparison.Ordinal)).Single().Path,
                Is.EqualTo($"/me/messages/{latest.Id}/createReplyAll"));
            Assert.That(Tenant.Graph.Received(r => r.Method == "PATCH").Single().Path, Is.EqualTo($"/me/messages/{draft.Id}"));
            Assert.That(draft.ExtendedProperties, Has.Count.EqualTo(1), "marked with the idempotency key");
        });
    }

    [Test]
    public async Task TheDraftIsNotPartOfTheConversationItConfirms()
    {
        await CreateAsync("draft-key-0002");
        var analysis = await Client.GetFromJsonAsync<ThreadAnalysis>(
            $"/api/mailbox/conversations/{Uri.EscapeDataString(Tenant.ConversationId)}/analysis", AnalysisJson.Options);
        Assert.That(analysis!.Messages, Has.Count.EqualTo(5));
    }

    [Test]
    public async Task EditedDraftFromThePaneIsWhatIsSaved()
    {
        await CreateAsync("draft-key-0003", new
        {
            subject = "Confirming our three points", to = new[] { "tom.becker@contoso.com" }, cc = new[] { "marcus.lee@contoso.com" },
            html = "<p>Confirming the following 3 points:</p>", text = "Confirming the following 3 points:",
        });

        var draft = Drafts.Single();
        Assert.That(draft.Subject, Is.EqualTo("Confirming our three points"));
        Assert.That(draft.BodyContent, Is.EqualTo("<p>Confirming the following 3 points:</p>"));
        Assert.That(draft.To.Select(p => p.Address), Is.EqualTo(new[] { "tom.becker@contoso.com" }));
        Assert.That(draft.Cc.Select(p => p.Address), Is.EqualTo(new[] { "marcus.lee@contoso.com" }));
    }

    [Test]
    public async Task SameKeyCreatesOneDraft()
    {
        var first = await (await CreateAsync("draft-key-0004")).Content.ReadFromJsonAsync<CreatedDraft>(AnalysisJson.Options);
        var again = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CreateAsync("draft-key-0004")));

        Assert.That(again.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That((await again[2].Content.ReadFromJsonAsync<CreatedDraft>(AnalysisJson.Options))!.Id, Is.EqualTo(first!.Id));
        Assert.That(Drafts, Has.Length.EqualTo(1));
    }

    [Test]
    public async Task ADraftWhoseAnswerWasLostIsFoundAgainNotCreatedTwice()
    {
        // Graph creates the reply draft but answers after our timeout: that POST is not repeated (it would make a second
        // draft); the pane sees 503 and retries with its key, and the marked draft is found and updated.
        Tenant.Graph.Inject(new Fault("POST", "/createReplyAll$", FaultKind.Slow, Times: 1, Delay: TimeSpan.FromSeconds(4)));

        var lost = await CreateAsync("draft-key-0005");
        var retried = await CreateAsync("draft-key-0005");

        Assert.That(lost.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(retried.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(Tenant.Graph.Received(r => r.Path.EndsWith("/createReplyAll", StringComparison.Ordinal)), Has.Count.EqualTo(1));
        Assert.That(Drafts, Has.Length.EqualTo(1));
        Assert.That(Drafts[0].Subject, Does.StartWith("Confirming: "), "the found draft was updated");
    }

    [Test]
    public async Task ThrottledReplyDraftIsRetriedAndCreatedOnce()
    {
        Tenant.Graph.Inject(new Fault("POST", "/createReplyAll$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));

        var response = await CreateAsync("draft-key-0006");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        Assert.That(Tenant.Graph.Received(r => r.Path.EndsWith("/createReplyAll", StringComparison.Ordinal)), Has.Count.EqualTo(2));
        Assert.That(Drafts, Has.Length.EqualTo(1));
    }

    [Test]
    public async Task ReplyDraftIsNotRepeatedWhenGraphFailsUnclearly()
    {
        Tenant.Graph.Inject(new Fault("POST", "/createReplyAll$", FaultKind.Unavailable, Times: 1, RetryAfterSeconds: 0));

        var response = await CreateAsync("draft-key-0007");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(Tenant.Graph.Received(r => r.Path.EndsWith("/createReplyAll", StringComparison.Ordinal)), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task DraftWithoutAnIdempotencyKeyIsRefused()
    {
        var response = await Client.PostAsync(DraftUrl, null);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Drafts, Is.Empty);
    }

    [Test]
    public async Task DraftForAnUnknownConversationIsNotFound()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/mailbox/conversations/AAQkAGnothing/confirmation-draft");
        request.Headers.Add("Idempotency-Key", "draft-key-0008");
        var response = await Client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
