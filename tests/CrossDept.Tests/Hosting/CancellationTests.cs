using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;

namespace CrossDept.Tests.Hosting;

/// <summary>
/// When the client leaves, the work stops at the next message (reading bodies, then reading agreements) and its core is
/// free again. Seen from outside: with one analysis at a time (RateLimits:ConcurrentAnalyses=1), a small request sent
/// right after a long one was abandoned a quarter of the way in waits for the message in hand, not the three quarters left.
/// </summary>
public sealed class CancellationTests
{
    const int Long = 40;

    /// <summary>Jane asking Kim again and again, each email a page of asks and promises (what the reader spends its time on).</summary>
    static object[] Messages(int count) => Enumerable.Range(0, count).Select(i => Api.Message(
        sentAt: new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5)).AddMinutes(i).ToString("O"),
        text: string.Concat(Enumerable.Repeat($"Hi Kim, could you send the budget codes for line {i} by Friday? I will check the totals on Monday and send the summary. ", 20))))
        .ToArray();

    static async Task AbandonedWorkFreesTheCore(string route)
    {
        using var api = new DemoApiFactory(new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "true", ["RateLimits:UserBurst"] = "1000", ["RateLimits:ConcurrentAnalyses"] = "1", ["RateLimits:AnalysisQueue"] = "4",
        });
        using var client = api.CreateClient();
        var small = Api.Conversation(Messages(1));
        var longOne = Api.Conversation(Messages(Long));
        Assert.That((await client.PostAsJsonAsync(route, small)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "warm");

        // What the whole long conversation costs on this machine now.
        var clock = Stopwatch.StartNew();
        var whole = await client.PostAsJsonAsync(route, longOne);
        var wholeTook = clock.Elapsed;
        Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.OK), await whole.Content.ReadAsStringAsync());

        // The same, abandoned a quarter of the way in; then a small one, which needs the one analysis permit.
        using var leave = new CancellationTokenSource(wholeTook / 4);
        Assert.That(async () => await client.PostAsJsonAsync(route, longOne, leave.Token), Throws.InstanceOf<OperationCanceledException>());
        clock.Restart();
        var after = await client.PostAsJsonAsync(route, small);
        var afterTook = clock.Elapsed;

        TestContext.Out.WriteLine($"{route}: whole {wholeTook.TotalSeconds:F2} s, a small one after the abandoned one {afterTook.TotalSeconds:F2} s");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        // Had the long one gone on, the small one would wait for about three quarters of it.
        Assert.That(afterTook, Is.LessThan(wholeTook / 4),
            $"the whole long conversation took {wholeTook.TotalSeconds:F2} s; a small one right after it was abandoned {afterTook.TotalSeconds:F2} s");
    }

    [Test]
    public Task AnAbandonedAnalysisStopsAtTheNextMessage() => AbandonedWorkFreesTheCore("/api/threads/analyze");

    [Test]
    public Task AnAbandonedReminderDraftStopsAtTheNextMessage() => AbandonedWorkFreesTheCore("/api/drafts/reminder");

    [Test]
    public Task AnAbandonedEscalationDraftStopsAtTheNextMessage() => AbandonedWorkFreesTheCore("/api/drafts/escalation");
}
