using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CrossDept.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Hosting;

/// <summary>
/// When the client leaves, the work stops at the next message (reading bodies, then reading agreements): the request
/// abandoned a quarter of the way in is over on the server soon after, not when the whole conversation has been read.
/// </summary>
public sealed class CancellationTests
{
    // Long enough that a quarter of the whole is well above the time a request takes to notice it was left, on a
    // loaded machine too: at 80 messages the faster reader read the whole in 0.11 s in CI, and a quarter of it was 28 ms.
    const int Long = 160;

    /// <summary>Jane asking Kim again and again, each email a page of asks and promises (what the reader spends its time on).</summary>
    static object[] Messages(int count) => Enumerable.Range(0, count).Select(i => Api.Message(
        sentAt: new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.FromHours(-5)).AddMinutes(i).ToString("O"),
        text: string.Concat(Enumerable.Repeat($"Hi Kim, could you send the budget codes for line {i} by Friday? I will check the totals on Monday and send the summary. ", 20))))
        .ToArray();

    /// <summary>When each request's pipeline ended on the server (the outermost middleware's finally).</summary>
    sealed class Ends(Stopwatch clock) : IStartupFilter
    {
        public ConcurrentQueue<(string Id, TimeSpan At)> Ended { get; } = new();

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                try
                {
                    await inner(context);
                }
                finally
                {
                    Ended.Enqueue((context.Request.Headers["X-Test-Request"].ToString(), clock.Elapsed));
                }
            });
            next(app);
        };
    }

    static async Task AbandonedWorkStops(string route)
    {
        var clock = Stopwatch.StartNew();
        var ends = new Ends(clock);
        using var demo = new DemoApiFactory();
        using var api = demo.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(ends)));
        using var client = api.CreateClient();
        var longOne = Api.Conversation(Messages(Long));

        // What the whole long conversation costs on this machine now, once the code it runs is compiled (the first run is slower).
        var wholeTook = TimeSpan.MaxValue;
        for (var run = 0; run < 2; run++)
        {
            var started = clock.Elapsed;
            var whole = await client.PostAsJsonAsync(route, longOne);
            wholeTook = clock.Elapsed - started < wholeTook ? clock.Elapsed - started : wholeTook;
            Assert.That(whole.StatusCode, Is.EqualTo(HttpStatusCode.OK), await whole.Content.ReadAsStringAsync());
        }

        // The same, abandoned a quarter of the way in.
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = JsonContent.Create(longOne) };
        request.Headers.Add("X-Test-Request", "abandoned");
        using var leave = new CancellationTokenSource();
        var leftAt = TimeSpan.Zero;
        leave.Token.Register(() => leftAt = clock.Elapsed);
        leave.CancelAfter(wholeTook / 4);
        Assert.That(async () => await client.SendAsync(request, leave.Token), Throws.InstanceOf<OperationCanceledException>());
        var deadline = clock.Elapsed + wholeTook * 2 + TimeSpan.FromSeconds(10);
        (string Id, TimeSpan At) ended = default;
        while (!ends.Ended.Any(e => e.Id == "abandoned") && clock.Elapsed < deadline)
            await Task.Delay(20);
        ended = ends.Ended.FirstOrDefault(e => e.Id == "abandoned");

        TestContext.Out.WriteLine($"{route}: the whole conversation {wholeTook.TotalSeconds:F2} s; abandoned after {wholeTook.TotalSeconds / 4:F2} s, over on the server {(ended.At - leftAt).TotalSeconds:F2} s later");
        Assert.That(ended.Id, Is.EqualTo("abandoned"), "the abandoned request ended on the server");
        // Going on to the end would take about three quarters of the whole.
        Assert.That(ended.At - leftAt, Is.LessThan(wholeTook / 4),
            $"the whole conversation took {wholeTook.TotalSeconds:F2} s; the abandoned one ended {(ended.At - leftAt).TotalSeconds:F2} s after the client left");
    }

    [Test]
    public Task AnAbandonedAnalysisStopsAtTheNextMessage() => AbandonedWorkStops("/api/threads/analyze");

    [Test]
    public Task AnAbandonedReminderDraftStopsAtTheNextMessage() => AbandonedWorkStops("/api/drafts/reminder");

    [Test]
    public Task AnAbandonedEscalationDraftStopsAtTheNextMessage() => AbandonedWorkStops("/api/drafts/escalation");
}
