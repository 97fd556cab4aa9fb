using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;
using static CrossDept.Tests.Hosting.Api;

namespace CrossDept.Tests.Hosting;

public sealed class RateLimitTests
{
    [Test]
    public async Task ABurstPastTheUsersBucketGets429WithRetryAfterAndOtherUsersAreNotSlowed()
    {
        using var api = new ApiFactory(Settings(("RateLimits:Enabled", "true"), ("RateLimits:UserBurst", "5"), ("RateLimits:UserPerSecond", "1")));
        using var jane = api.CreateClientFor(TestTokens.Jane);
        using var raj = api.CreateClientFor(TestTokens.Raj);

        var burst = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
            burst.Add(await jane.GetAsync("/api/me"));
        var other = await raj.GetAsync("/api/me");

        Assert.That(burst.Take(5).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var throttled = burst.Last();
        var problem = await Problem(throttled, HttpStatusCode.TooManyRequests);
        Assert.That(throttled.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("RateLimits:UserBurst"));
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task AnonymousCallersAreLimitedPerAddress()
    {
        using var api = new ApiFactory(Settings(("RateLimits:Enabled", "true"), ("RateLimits:AnonymousBurst", "3"), ("RateLimits:AnonymousPerSecond", "1")));
        using var client = api.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            answers.Add(await client.GetAsync("/pane/config.json"));

        await Problem(answers.Last(), HttpStatusCode.TooManyRequests);
        Assert.That(answers.Last().Headers.RetryAfter, Is.Not.Null);
    }

    /// <summary>What Graph POSTs for a new message: ids only, here for a subscription this API never made.</summary>
    static StringContent Notification(int i) => new($$"""
        {"value":[{"subscriptionId":"sub-{{i % 7}}","clientState":"not-ours","changeType":"created","resource":"Users/u/Messages/m{{i}}",
          "resourceData":{"@odata.type":"#Microsoft.Graph.Message","id":"m{{i}}","@odata.etag":"W/\"{{i}}\""},"tenantId":"t"}]}
        """, System.Text.Encoding.UTF8, "application/json");

    [Test]
    public async Task AGraphSizedBurstOfNotificationsIsTakenWhileTheAnonymousBucketStillLimitsOtherRoutes()
    {
        // The anonymous bucket is tiny here; Graph's webhook keeps its own (RateLimits:WebhookBurst, default 1000).
        using var api = new ApiFactory(Settings(("RateLimits:Enabled", "true"), ("RateLimits:AnonymousBurst", "3"), ("RateLimits:AnonymousPerSecond", "1")));
        using var graph = api.CreateClient();
        using var browser = api.CreateClient();

        // Graph delivering a few hundred changes at once, several POSTs in flight together.
        var burst = new List<HttpResponseMessage>();
        foreach (var wave in Enumerable.Range(0, 400).Chunk(50))
            burst.AddRange(await Task.WhenAll(wave.Select(i => graph.PostAsync(i % 10 == 0 ? "/api/following/lifecycle" : "/api/following/notifications", Notification(i)))));
        var others = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
            others.Add(await browser.GetAsync("/pane/config.json"));

        // Every notification reached the webhook, which judged it (not ours: 401), none was turned away by a bucket.
        Assert.That(burst.Select(r => (int)r.StatusCode).Distinct(), Is.EqualTo(new[] { 401 }));
        Assert.That(others.Take(3).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.OK));
        var problem = await Problem(others.Last(), HttpStatusCode.TooManyRequests);
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("AnonymousBurst"));
    }

    [Test]
    public async Task TheWebhookHasABucketOfItsOwn()
    {
        using var api = new ApiFactory(Settings(("RateLimits:Enabled", "true"), ("RateLimits:WebhookBurst", "5"), ("RateLimits:WebhookPerSecond", "1")));
        using var graph = api.CreateClient();

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 8; i++)
            answers.Add(await graph.PostAsync("/api/following/notifications", Notification(i)));
        var pane = await graph.GetAsync("/pane/config.json");

        Assert.That(answers.Take(5).Select(r => r.StatusCode), Is.All.EqualTo(HttpStatusCode.Unauthorized));
        var problem = await Problem(answers.Last(), HttpStatusCode.TooManyRequests);
        Assert.That(answers.Last().Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(problem["detail"]!.GetValue<string>(), Does.Contain("WebhookBurst"));
        Assert.That(pane.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the webhook's bucket is not the anonymous one");
    }
}

public sealed class AnalysisLimitTests
{
    [Test]
    public async Task AnalysesBeyondTheCoresAndTheQueueAre503WithRetryAfterWhileOtherRoutesStillAnswer()
    {
        // One analysis at a time and no queue: of several sent together at least one is refused, never run late.
        using var api = new ApiFactory(Api.Settings(("RateLimits:Enabled", "true"), ("RateLimits:ConcurrentAnalyses", "1"), ("RateLimits:AnalysisQueue", "0")));
        using var jane = api.CreateClientFor(TestTokens.Jane);
        var body = Api.Conversation(Enumerable.Range(0, 60).Select(_ => Api.Message(text: string.Concat(Enumerable.Repeat("I will send the report by Friday. ", 300)))).ToArray());
        await jane.GetAsync("/api/me");

        var together = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => jane.PostAsJsonAsync("/api/threads/analyze", body)));
        var me = await jane.GetAsync("/api/me");

        Assert.That(together.Select(r => r.StatusCode), Has.Some.EqualTo(HttpStatusCode.OK));
        var refused = together.First(r => r.StatusCode != HttpStatusCode.OK);
        await Api.Problem(refused, HttpStatusCode.ServiceUnavailable);
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(2)));
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
