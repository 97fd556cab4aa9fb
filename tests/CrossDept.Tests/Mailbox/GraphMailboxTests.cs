using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrossDept.Mailbox;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Mailbox;

public class GraphMailboxTests : GraphTenantTest
{
    string AnalysisUrl => $"/api/mailbox/conversations/{Uri.EscapeDataString(Tenant.ConversationId)}/analysis?now=2026-11-12T12:00:00-05:00";

    [Test]
    public async Task ConversationIsReadFromEveryFolderInOneFilteredRequest()
    {
        var analysis = await Client.GetFromJsonAsync<ThreadAnalysis>(AnalysisUrl, AnalysisJson.Options);

        var requests = Tenant.Graph.Received();
        Assert.That(requests, Has.Count.EqualTo(1));
        var list = requests[0];
        Assert.Multiple(() =>
        {
            Assert.That(list.Path, Is.EqualTo("/me/messages"));
            Assert.That(list.Param("$filter"), Is.EqualTo($"conversationId eq '{Tenant.ConversationId}'"));
            Assert.That(list.Param("$select")!.Split(','), Does.Contain("internetMessageHeaders").And.Contain("body").And.Contain("from"));
            Assert.That(list.Param("$orderby"), Is.Null, "Graph rejects $orderby with a conversationId filter");
            Assert.That(list.Header("Prefer"), Does.Contain("outlook.body-content-type=\"html\"").And.Contain("IdType=\"ImmutableId\""));
            Assert.That(list.Header("Authorization"), Is.EqualTo("Bearer graph-token-for-" + TestTokens.Jane.ObjectId));
            Assert.That(analysis!.Messages, Has.Count.EqualTo(5));
            Assert.That(analysis.Messages.Select(m => m.SentAt), Is.Ordered);
        });
    }

    [Test]
    public async Task EveryPageOfALongConversationIsRead()
    {
        Tenant.Graph.MaxPageSize = 2;

        var analysis = await Client.GetFromJsonAsync<ThreadAnalysis>(AnalysisUrl, AnalysisJson.Options);

        var pages = Tenant.Graph.Received(r => r.Path == "/me/messages");
        Assert.That(pages, Has.Count.EqualTo(3));
        Assert.That(pages.Skip(1).Select(p => p.Param("$skip")), Is.EqualTo(new[] { "2", "4" }));
        Assert.That(pages.Skip(1).All(p => p.Header("Prefer")!.Contains("ImmutableId")), Is.True, "every page asks for the same ids and bodies");
        Assert.That(analysis!.Messages, Has.Count.EqualTo(5));
        Assert.That(analysis.Messages.Select(m => m.SentAt), Is.Ordered);
    }

    [Test]
    public async Task GraphMailboxReadsTheSameConversationAsTheDemoMailbox()
    {
        var fromGraph = await Client.GetFromJsonAsync<ThreadAnalysis>(AnalysisUrl, AnalysisJson.Options);
        using var demo = new DemoApiFactory();
        using var demoClient = demo.CreateClient();
        var fromFiles = await demoClient.GetFromJsonAsync<ThreadAnalysis>(
            "/api/mailbox/conversations/02-twelve-peers/analysis?now=2026-11-12T12:00:00-05:00", AnalysisJson.Options);

        Assert.Multiple(() =>
        {
            Assert.That(fromGraph!.Conversation.Participants, Is.EqualTo(fromFiles!.Conversation.Participants));
            Assert.That(fromGraph.Conversation.Subject, Is.EqualTo(fromFiles.Conversation.Subject));
            Assert.That(fromGraph.Messages.Select(m => (m.Id, m.From, m.SentAt, m.IsAutoReply)),
                Is.EqualTo(fromFiles.Messages.Select(m => (m.Id, m.From, m.SentAt, m.IsAutoReply))));
            Assert.That(fromGraph.Recipients.Select(r => (r.Address, r.Status)), Is.EqualTo(fromFiles.Recipients.Select(r => (r.Address, r.Status))));
        });
    }

    [Test]
    public async Task UnknownConversationIsNotFound()
    {
        var response = await Client.GetAsync("/api/mailbox/conversations/AAQkAGnothing/analysis");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Title, Is.EqualTo("Conversation not found"));
    }

    [Test]
    public async Task ConversationListGroupsRecentMessages()
    {
        var list = await Client.GetFromJsonAsync<ConversationListing[]>("/api/mailbox/conversations", AnalysisJson.Options);
        Assert.That(list, Has.Length.EqualTo(1));
        Assert.That(list![0], Has.Property("Id").EqualTo(Tenant.ConversationId).And.Property("MessageCount").EqualTo(5));
        Assert.That(Tenant.Graph.Received().Single().Param("$orderby"), Is.EqualTo("receivedDateTime desc"));
    }

    [Test]
    public async Task ThrottledListingIsRetriedAfterRetryAfter()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Throttle, Times: 1, RetryAfterSeconds: 1));

        var response = await Client.GetAsync(AnalysisUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var attempts = Tenant.Graph.Received(r => r.Path == "/me/messages");
        Assert.That(attempts, Has.Count.EqualTo(2));
        Assert.That(attempts[1].ReceivedAt - attempts[0].ReceivedAt, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(950)), "waited the Retry-After");
    }

    [Test]
    public async Task GraphOutageGivesA503ProblemAfterAFewRetries()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Unavailable, Times: 100, RetryAfterSeconds: 0));

        var response = await Client.GetAsync(AnalysisUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.That(problem!.Title, Is.EqualTo("Microsoft 365 is unavailable"));
        Assert.That(Tenant.Graph.Received(r => r.Path == "/me/messages"), Has.Count.EqualTo(4), "one attempt and three retries");
    }

    [Test]
    public async Task SlowGraphGivesA503NotAHang()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Slow, Times: 100, Delay: TimeSpan.FromSeconds(30)));

        var response = await Client.GetAsync(AnalysisUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That((await response.Content.ReadFromJsonAsync<ProblemDetails>())!.Detail, Does.Contain("did not answer in time"));
    }

    [Test]
    public async Task ConsentOrConditionalAccessAsksThePaneToSignInAgain()
    {
        Tenant.Tokens.ClaimsChallenge = "{\"access_token\":{\"acrs\":{\"essential\":true,\"value\":\"c1\"}}}";

        var response = await Client.GetAsync(AnalysisUrl);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        var challenge = response.Headers.WwwAuthenticate.Single();
        Assert.That(challenge.Scheme, Is.EqualTo("Bearer"));
        Assert.That(challenge.Parameter, Does.Contain("error=\"insufficient_claims\"")
            .And.Contain("claims=\"" + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Tenant.Tokens.ClaimsChallenge)) + "\""));
        Assert.That(Tenant.Graph.Received(), Is.Empty, "no call reaches Graph without a token");
    }

    [Test]
    public async Task AtMostFourGraphRequestsAreInFlightPerMailbox()
    {
        Tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Slow, Times: 12, Delay: TimeSpan.FromMilliseconds(300)));

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Client.GetAsync(AnalysisUrl)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Tenant.Graph.MaxInFlight, Is.InRange(2, 4));
    }
}

public class GraphSignInTests
{
    [Test]
    public async Task IdentityWebChallengeAlsoAsksThePaneToSignInAgain()
    {
        await using var Tenant = await GraphTenant.StartAsync();
        using var Client = Tenant.Client();
        Tenant.Tokens.ClaimsChallenge = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1700000000\"}}}";
        Tenant.Tokens.AsIdentityWebChallenge = true;

        var response = await Client.GetAsync("/api/people/tom.becker@contoso.com");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(response.Headers.WwwAuthenticate.Single().Parameter, Does.Contain("insufficient_claims"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("claims").GetString(), Is.EqualTo(Tenant.Tokens.ClaimsChallenge));
    }

    [Test]
    public void InATenantGraphTokensComeFromIdentityWebOnBehalfOf()
    {
        using var api = new ApiFactory();
        using var scope = api.Services.CreateScope();
        Assert.That(scope.ServiceProvider.GetRequiredService<CrossDept.Graph.IGraphTokens>(), Is.InstanceOf<CrossDept.Graph.OnBehalfOfGraphTokens>());
        Assert.That(scope.ServiceProvider.GetService<Microsoft.Identity.Web.ITokenAcquisition>(), Is.Not.Null);
        Assert.That(scope.ServiceProvider.GetRequiredService<IMailbox>(), Is.InstanceOf<GraphMailbox>());
    }

    [Test]
    public async Task ConcurrencyIsLimitedPerMailboxNotForEveryone()
    {
        await using var Tenant = await GraphTenant.StartAsync();
        using var jane = Tenant.Client();
        using var raj = Tenant.Api.CreateClientFor(TestTokens.Raj);
        Tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Slow, Times: 16, Delay: TimeSpan.FromMilliseconds(400)));
        var url = $"/api/mailbox/conversations/{Uri.EscapeDataString(Tenant.ConversationId)}/analysis";

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? jane : raj).GetAsync(url)));

        Assert.That(responses.Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(Tenant.Graph.MaxInFlight, Is.InRange(5, 8), "four per mailbox, two mailboxes");
    }
}
