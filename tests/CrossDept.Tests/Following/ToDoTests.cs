using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Following;

/// <summary>
/// The user's own agreements and "call X" steps as Microsoft To Do tasks, against the fake Graph's To Do, made and kept
/// in sync by the worker's passes: one list, one task each with its due date and a linkedResource into the pane, no
/// duplicates; done in CrossDept → completed in To Do; completed in To Do → done in CrossDept.
/// </summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class ToDoTests(StorageProvider provider)
{
    FollowingTenant? t;
    HttpClient jane = null!;
    Owner owner = null!;
    string address = null!;
    TrackingStore tracking = null!;
    string trackedId = null!;

    [SetUp]
    public async Task Start()
    {
        t = await FollowingTenant.StartAsync(provider, new Dictionary<string, string?> { ["Following:ToDoInterval"] = "00:00:00.200" });
        jane = t.Jane();
        await t.FollowAsync(jane);
        await using (var c = await t.Database.Db.OpenAsync(CancellationToken.None))
        {
            var row = await c.QuerySingleAsync<(string TenantId, string ObjectId, string Address)>("SELECT tenant_id, object_id, address FROM follow_subscription");
            owner = new Owner(row.TenantId, row.ObjectId);
            address = row.Address;
        }
        tracking = t.Api.Services.GetRequiredService<TrackingStore>();
        var me = new CrossDept.Threads.Person("Jane Doe", address);
        var change = await tracking.TrackAsync(owner, "AAQkAGtodo", Of("Q4 refund numbers",
            [Waiting(Tom, 2, "2026-11-09T09:00:00-05:00"), Replied(Raj, "2026-11-09T09:00:00-05:00", "2026-11-09T10:00:00-05:00")],
            [Agreement(me, "send the deck", "2026-12-04"), Agreement(me, "book the room", "2026-12-03"), Agreement(Raj, "pull the data", "2026-12-02")]),
            null, DateTimeOffset.Now, CancellationToken.None);
        trackedId = change.Value!.Id;
    }

    [TearDown]
    public async Task Stop()
    {
        if (t is null)
            return;
        jane.Dispose();
        await t.DisposeAsync();
    }

    FakeGraphTask Task(string title) => new(t!.Graph.ToDoTasks.Values.Single(x => x.Json["title"]!.GetValue<string>() == title));

    sealed record FakeGraphTask(CrossDept.Tests.Support.FakeGraph.FakeToDoTask Task);

    async Task<TrackedAgreement> AgreementAsync(string what) =>
        (await tracking.GetAsync(owner, trackedId, DateTimeOffset.Now, CancellationToken.None))!.Agreements.Single(a => a.What == what);

    [Test]
    public async Task TheUsersAgreementsAndCallStepsBecomeOneTaskEachInACrossDeptList()
    {
        await FollowingTenant.Eventually(() => System.Threading.Tasks.Task.FromResult(t!.Graph.ToDoTasks.Count == 3), "three tasks");
        await System.Threading.Tasks.Task.Delay(1000);   // several more passes: nothing made twice
        var titles = t!.Graph.ToDoTasks.Values.Select(x => x.Json["title"]!.GetValue<string>()).ToArray();
        var deck = Task("send the deck").Task.Json;
        var link = deck["linkedResources"]![0]!;
        Assert.Multiple(() =>
        {
            Assert.That(t.Graph.ToDoLists.Values, Is.EqualTo(new[] { ToDoSync.ListName }));
            Assert.That(titles, Is.EquivalentTo(new[] { "send the deck", "book the room", "Call Tom Becker: Q4 refund numbers" }),
                "the user's own agreements and the call step, not Raj's agreement");
            Assert.That(deck["dueDateTime"]!["dateTime"]!.GetValue<string>(), Does.StartWith("2026-12-04T00:00:00"));
            Assert.That(link["applicationName"]!.GetValue<string>(), Is.EqualTo("CrossDept"));
            Assert.That(link["webUrl"]!.GetValue<string>(), Does.EndWith("pane/?tracked=" + Uri.EscapeDataString(trackedId)));
            Assert.That(t.Graph.Received(r => r.Method == "POST" && r.Path.EndsWith("/tasks", StringComparison.Ordinal)), Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task DoneInCrossDeptCompletesTheTaskAndCompletedInToDoMarksTheAgreementDone()
    {
        await FollowingTenant.Eventually(() => System.Threading.Tasks.Task.FromResult(t!.Graph.ToDoTasks.Count == 3), "three tasks");

        var deck = await AgreementAsync("send the deck");
        await tracking.SetAgreementStatusAsync(owner, trackedId, deck.Id, AgreementStatus.Done, null, null, DateTimeOffset.Now, CancellationToken.None);
        await FollowingTenant.Eventually(() => System.Threading.Tasks.Task.FromResult(Task("send the deck").Task.Status == "completed"),
            "the task completed in To Do");

        t!.Graph.CompleteToDoTask(Task("book the room").Task.Id);
        await FollowingTenant.Eventually(async () => (await AgreementAsync("book the room")).Status == AgreementStatus.Done,
            "the agreement done in CrossDept");
        Assert.Multiple(async () =>
        {
            Assert.That((await AgreementAsync("pull the data")).Status, Is.EqualTo(AgreementStatus.Open), "someone else's agreement untouched");
            Assert.That(Task("Call Tom Becker: Q4 refund numbers").Task.Status, Is.EqualTo("notStarted"));
            Assert.That(t.Graph.Received(r => r.Method == "PATCH" && r.Path.Contains("/tasks/", StringComparison.Ordinal)), Has.Count.EqualTo(1),
                "only the task done in CrossDept was patched");
        });
    }
}
