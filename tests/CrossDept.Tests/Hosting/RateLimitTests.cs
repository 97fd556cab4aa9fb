using System.Net;
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
}
