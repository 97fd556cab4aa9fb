using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Tests.Support;
using CrossDept.Threads;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Tracking;

/// <summary>
/// The largest tracking request the validation allows (500 people asked, 500 agreements) on SQLite, whose one writer
/// at a time makes a slow write everybody's problem: it must be short, and another user's write beside it must not wait long.
/// </summary>
public sealed class FairWritesTests
{
    /// <summary>500 people with one agreement each: the most AnalysisRules lets through.</summary>
    internal static ThreadAnalysis FiveHundredPeople()
    {
        var people = Enumerable.Range(0, 500).Select(i => new Person($"Person {i}", $"person.{i:000}@contoso.com")).ToArray();
        return Of("Quarterly input from every site",
            people.Select((p, i) => i % 3 == 0 ? Replied(p, "2026-11-02T09:00:00-05:00", "2026-11-03T10:00:00-05:00") : Waiting(p, i % 3, "2026-11-02T09:00:00-05:00")).ToArray(),
            people.Select((p, i) => Agreement(p, $"send the figures for site {i}", "2026-11-20", $"I will send the figures for site {i} by the 20th.")).ToArray());
    }

    [Test]
    public async Task FiveHundredPeopleTrackedOnSqliteTakeWellUnderASecondAndAnotherUsersWriteBesideItSucceedsWithinASecond()
    {
        await using var database = await TestDatabase.CreateAsync(StorageProvider.Sqlite, migrate: false);
        await using var api = new ApiFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite", ["Storage:SqlitePath"] = database.Options.SqlitePath,
        });
        using var jane = api.CreateClientFor(TestTokens.Jane);
        using var raj = api.CreateClientFor(TestTokens.Raj);
        // Warm up: start the host, migrate, JIT the path.
        Assert.That((await raj.PostAsJsonAsync("/api/tracked", new { conversationId = "warm-up", analysis = Churn() }, AnalysisJson.Options)).IsSuccessStatusCode);

        var big = FiveHundredPeople();
        var clock = Stopwatch.StartNew();
        var bigWrite = jane.PostAsJsonAsync("/api/tracked", new { conversationId = "five-hundred", analysis = big }, AnalysisJson.Options);
        // The other user writes again and again while the big request is read, analysed and written: some of these land
        // while it holds SQLite's one write lock.
        var others = new List<(HttpStatusCode Status, TimeSpan Took)>();
        while (!bigWrite.IsCompleted || others.Count < 5)
        {
            var started = clock.Elapsed;
            var small = await raj.PostAsJsonAsync("/api/tracked", new { conversationId = $"small-{others.Count}", analysis = Churn() }, AnalysisJson.Options);
            others.Add((small.StatusCode, clock.Elapsed - started));
            await Task.Delay(20);
        }
        var large = await bigWrite;
        var largeTook = clock.Elapsed;
        TestContext.Out.WriteLine($"500 people + 500 agreements: {largeTook.TotalMilliseconds:F0} ms over HTTP; the other user's {others.Count} writes: "
            + string.Join(", ", others.Select(o => $"{o.Took.TotalMilliseconds:F0} ms")));

        Assert.That(large.StatusCode, Is.EqualTo(HttpStatusCode.Created), await large.Content.ReadAsStringAsync());
        Assert.That(others.Select(o => o.Status), Is.All.EqualTo(HttpStatusCode.Created));
        Assert.That(others.Max(o => o.Took), Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That(largeTook, Is.LessThan(TimeSpan.FromSeconds(3)), "including the HTTP round trip and the 1.5 MB answer on a shared 2-core machine");
    }
}
