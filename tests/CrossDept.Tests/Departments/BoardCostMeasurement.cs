using System.Diagnostics;
using System.Net.Http.Json;
using CrossDept.Storage;
using CrossDept.Tests.Support;
using CrossDept.Tests.Support.FakeGraph;
using CrossDept.Threads;
using CrossDept.Tracking;
using Microsoft.Extensions.DependencyInjection;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Departments;

/// <summary>
/// What response times cost a board read: 100 tracked conversations of 12 waiting people each (SQLite), GET /api/board
/// 30 times, with departments' response times applied and with tracking as it was (no ResponseTimes). Prints the medians;
/// run by hand (Explicit): a figure, not a pass/fail.
/// </summary>
[Explicit("a measurement: run by hand")]
public sealed class BoardCostMeasurement
{
    [TestCase(true)]
    [TestCase(false)]
    public async Task BoardReadWithAndWithoutResponseTimes(bool responseTimes)
    {
        await using var tenant = await GraphTenant.StartAsync(services: responseTimes ? null
            : s => s.AddSingleton(p => new TrackingStore(p.GetRequiredService<Database>())));
        using var jane = tenant.Client();
        (await jane.PutAsJsonAsync("/api/departments/Sales", new { pointPersons = Array.Empty<object>(), responseHours = 4 })).EnsureSuccessStatusCode();
        var peers = GraphTenant.Peers.Select(p => new Person(null, p + "@contoso.com")).ToArray();
        for (var i = 0; i < 100; i++)
        {
            var analysis = Of($"Conversation {i}", peers.Select(p => Waiting(p, 1, "2026-11-02T09:30:00-05:00")).ToArray(), []);
            (await jane.PostAsJsonAsync("/api/tracked", new { conversationId = $"c{i}", analysis }, AnalysisJson.Options)).EnsureSuccessStatusCode();
        }
        var times = new List<double>();
        for (var round = 0; round < 33; round++)
        {
            var clock = Stopwatch.StartNew();
            (await jane.GetAsync("/api/board?now=2026-11-02T14:00:00-05:00")).EnsureSuccessStatusCode();
            if (round >= 3)
                times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        TestContext.Out.WriteLine($"responseTimes={responseTimes}: board of 1200 waiting people, median {times[times.Count / 2]:F1} ms, p90 {times[(int)(times.Count * 0.9)]:F1} ms");
    }
}
