using CrossDept.Following;
using CrossDept.Storage;
using CrossDept.Tests.Support;
using CrossDept.Tracking;
using Microsoft.Extensions.DependencyInjection;

namespace CrossDept.Tests.Following;

/// <summary>What takes days or a crash, on a clock the test moves: renewal before expiry, work of a crashed instance.</summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class FollowingClockTests(StorageProvider provider)
{
    FollowingTenant? t;
    TestClock clock = null!;
    HttpClient jane = null!;

    [SetUp]
    public async Task Start()
    {
        clock = new TestClock(DateTimeOffset.UtcNow);
        t = await FollowingTenant.StartAsync(provider, clock: clock);
        jane = t.Jane();
        await t.TrackAsync(jane, t.Tenant.ConversationId);
        await t.FollowAsync(jane);
    }

    [TearDown]
    public async Task Stop()
    {
        if (t is null)
            return;
        jane.Dispose();
        await t.DisposeAsync();
    }

    [Test]
    public async Task TheSubscriptionIsRenewedBeforeItExpiresAndNotBefore()
    {
        var sub = t!.Subscription;
        var first = sub.ExpirationDateTime;
        clock.Advance(TimeSpan.FromDays(2));   // 1 day left: more than the 12 hours before expiry when renewal starts
        await Task.Delay(1500);
        Assert.That(t.Graph.Received(r => r.Method == "PATCH"), Is.Empty);

        clock.Advance(TimeSpan.FromHours(13));  // 11 hours left
        await FollowingTenant.Eventually(() => Task.FromResult(sub.ExpirationDateTime > first), "the renewal");
        var view = await jane.GetStringAsync("/api/me/following");
        Assert.Multiple(() =>
        {
            Assert.That(t.Graph.Received(r => r.Method == "PATCH" && r.Path == $"/subscriptions/{sub.Id}"), Has.Count.EqualTo(1));
            Assert.That(sub.ExpirationDateTime, Is.EqualTo(clock.GetUtcNow() + TimeSpan.FromDays(3)).Within(TimeSpan.FromSeconds(5)));
            Assert.That(t.Graph.Subscriptions, Has.Count.EqualTo(1), "renewed, not replaced");
            Assert.That(view, Does.Contain("\"status\":\"active\""));
        });
    }

    [Test]
    public async Task WorkClaimedByAnInstanceThatCrashedIsDoneByAnotherWhenItsLeaseRunsOut()
    {
        // Another instance claimed the conversation to read it, then died (its lease is 2 minutes).
        var crashed = new FollowingStore(t!.Database.Db);
        var owner = new Owner(TestTokens.Jane.TenantId, TestTokens.Jane.ObjectId);
        var due = clock.GetUtcNow() + TimeSpan.FromMinutes(1);
        Assert.That(await crashed.QueueAllTrackedAsync(owner, due, CancellationToken.None), Is.EqualTo(1));
        Assert.That(await crashed.ClaimConversationsAsync(due, TimeSpan.FromMinutes(2), 10, CancellationToken.None), Has.Count.EqualTo(1));
        t.Graph.ClearRequests();

        clock.Advance(TimeSpan.FromMinutes(2));   // due, but still leased to the dead instance
        await Task.Delay(1500);
        Assert.That(t.ConversationReads(), Is.Zero);

        clock.Advance(TimeSpan.FromMinutes(2));   // the lease ran out
        await FollowingTenant.Eventually(() => Task.FromResult(t.ConversationReads() == 1), "the surviving instance to read it");
        await t.Settled();
        Assert.That(t.ConversationReads(), Is.EqualTo(1));
    }
}

/// <summary>The worker runs the follow-up sweep on its own: a call step falls due with nobody opening the pane.</summary>
public sealed class FollowUpWorkerTests
{
    [Test]
    public async Task TheWorkerRecordsTheCallStepOnceWhileThePaneIsClosed()
    {
        await using var t = await FollowingTenant.StartAsync(StorageProvider.Sqlite, new Dictionary<string, string?> { ["Following:SweepInterval"] = "00:00:00.200" });
        t.Graph.WorkingDays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];   // whatever day CI runs on
        using var jane = t.Jane();
        await t.TrackAsync(jane, t.Tenant.ConversationId);   // the twelve peers: several asked twice without an answer
        await t.FollowAsync(jane);   // the background session: the sweep reads the mailbox's working days
        var counters = t.Api.Services.GetRequiredService<FollowCounters>();
        await FollowingTenant.Eventually(async () => await t.CountAsync("follow_up_due WHERE kind = 'call'") > 0, "the call steps to be recorded");
        var calls = await t.CountAsync("follow_up_due WHERE kind = 'call'");
        await Task.Delay(1000);   // several more sweeps
        Assert.Multiple(async () =>
        {
            Assert.That(await t.CountAsync("follow_up_due WHERE kind = 'call'"), Is.EqualTo(calls), "each fired once");
            Assert.That(Interlocked.Read(ref counters.FollowUpsFired), Is.EqualTo(await t.CountAsync("follow_up_due")));
        });
    }
}
