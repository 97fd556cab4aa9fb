using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;

namespace CrossDept.Tests.Mailbox;

/// <summary>How many Graph requests each pane action costs, counted at the fake Graph (the figures in the README).</summary>
public class GraphBudgetTests
{
    [Test]
    public async Task EachPaneActionCostsAKnownNumberOfGraphRequests()
    {
        await using var tenant = await GraphTenant.StartAsync();
        using var client = tenant.Client();
        var graph = tenant.Graph;
        var conversation = Uri.EscapeDataString(tenant.ConversationId);

        async Task<int> Count(Func<Task<HttpResponseMessage>> action)
        {
            graph.ClearRequests();
            var response = await action();
            Assert.That(response.IsSuccessStatusCode, Is.True, await response.Content.ReadAsStringAsync());
            return graph.WireRequests;
        }

        HttpRequestMessage WithKey(HttpMethod method, string url, object? body)
        {
            var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            return request;
        }

        var refresh = await Count(() => client.GetAsync($"/api/mailbox/conversations/{conversation}/analysis"));
        var card = await Count(() => client.GetAsync("/api/people/tom.becker@contoso.com"));
        var twelveCards = await Count(() => client.PostAsJsonAsync("/api/people/lookup", new { addresses = GraphTenant.Peers.Select(p => p + "@contoso.com") }));
        var twelveSeparateCards = await Count(async () =>
        {
            var responses = await Task.WhenAll(GraphTenant.Peers.Select(p => client.GetAsync($"/api/people/{p}@contoso.com")));
            return responses.First();
        });
        var slots = await Count(() => client.PostAsJsonAsync("/api/calls/slots", new { address = "tom.becker@contoso.com", minutes = 15, withinBusinessDays = 5 }));
        var call = await Count(() => client.SendAsync(WithKey(HttpMethod.Post, "/api/calls",
            new { address = "tom.becker@contoso.com", start = DateTimeOffset.UtcNow.AddDays(1), minutes = 15, subject = "Quick call" })));
        var draft = await Count(() => client.SendAsync(WithKey(HttpMethod.Post, $"/api/mailbox/conversations/{conversation}/confirmation-draft", null)));

        // A conversation longer than a page (50 messages): 120 messages.
        var longConversation = graph.Data.AddConversation(Path.Combine(SharedFolder.RepoRoot, "samples", "02-twelve-peers"), "AAQkAGlong");
        foreach (var m in graph.Data.Messages.Values.Where(m => m.ConversationId == "AAQkAGlong").ToArray())
            for (var i = 0; i < 23; i++)
                graph.Data.Add(new FakeMessage { Id = graph.Data.NewId("AAMk"), ConversationId = "AAQkAGlong", InternetMessageId = $"<copy{i}.{m.InternetMessageId}>",
                    Subject = m.Subject, From = m.From, To = m.To, SentDateTime = m.SentDateTime.AddMinutes(i + 1), ReceivedDateTime = m.ReceivedDateTime.AddMinutes(i + 1),
                    BodyContentType = m.BodyContentType, BodyContent = m.BodyContent });
        var longRefresh = await Count(() => client.GetAsync($"/api/mailbox/conversations/{longConversation}/analysis"));

        TestContext.Out.WriteLine($"""
            Graph requests per pane action (fake Graph, counted on the wire; a $batch counts once):
              conversation refresh (5 messages)          {refresh}
              conversation refresh (120 messages)        {longRefresh}
              one person's card                          {card} ($batch of 3)
              12-person card lookup (POST lookup)        {twelveCards} ($batch of 20 + $batch of 5)
              12 cards fetched one by one (GET x12)      {twelveSeparateCards}
              call slots                                 {slots}
              schedule the call                          {call}
              confirmation draft                         {draft}
            """);
        Assert.Multiple(() =>
        {
            Assert.That(refresh, Is.EqualTo(1));
            Assert.That(longRefresh, Is.EqualTo(3));
            Assert.That(card, Is.EqualTo(1));
            Assert.That(twelveCards, Is.EqualTo(2));
            Assert.That(twelveSeparateCards, Is.EqualTo(12));
            Assert.That(slots, Is.EqualTo(1));
            Assert.That(call, Is.EqualTo(1));
            // REVIEW: the signer's name (Graph /me) is read for each draft; one cache per user would save it.
            Assert.That(draft, Is.EqualTo(5), "find an earlier draft by key, read the conversation, the signer's name (/me), createReplyAll, PATCH");
        });
    }

    [Test]
    public async Task CircuitOpensOnAnOutageAndStopsCallingGraph()
    {
        await using var tenant = await GraphTenant.StartAsync(new Dictionary<string, string?>
        {
            ["Graph:BreakerMinimumThroughput"] = "4",
            ["Graph:BreakDuration"] = "00:00:30",
        });
        using var client = tenant.Client();
        tenant.Graph.Inject(new Fault("GET", "^/me/messages$", FaultKind.Unavailable, Times: 1000, RetryAfterSeconds: 0));
        var url = $"/api/mailbox/conversations/{Uri.EscapeDataString(tenant.ConversationId)}/analysis";

        var first = await client.GetAsync(url);
        var sent = tenant.Graph.WireRequests;
        var second = await client.GetAsync(url);

        Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(sent, Is.EqualTo(4));
        Assert.That(tenant.Graph.WireRequests, Is.EqualTo(sent), "the open circuit answers without calling Graph");
        Assert.That(second.Headers.RetryAfter?.Delta, Is.GreaterThan(TimeSpan.Zero));
    }
}
