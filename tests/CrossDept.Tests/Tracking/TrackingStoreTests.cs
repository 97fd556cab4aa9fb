using CrossDept.Storage;
using CrossDept.Tests.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;
using Dapper;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Tracking;

/// <summary>The tracking queries against both engines: the same suite, a real SQLite file and a real PostgreSQL server.</summary>
[TestFixture(StorageProvider.Sqlite)]
[TestFixture(StorageProvider.Postgres)]
public sealed class TrackingStoreTests(StorageProvider provider)
{
    static readonly Owner Alice = new("tenant-1", "alice-oid");
    static readonly Owner Bob = new("tenant-1", "bob-oid");
    static readonly DateTimeOffset Now = At("2026-11-03T10:00:00-05:00"); // a Tuesday
    const string ConversationId = "AAQkADAwATM0MDAAMS1iNWQ0LWQ2NjAtMDACLTAwCgAQAFzcnAZ2rUdOr3h2ZqJ3P1A=";

    TestDatabase? test;
    TrackingStore store = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        test = await TestDatabase.CreateAsync(provider);
        store = new TrackingStore(test.Db);
    }

    [TearDown]
    public async Task DropDatabase()
    {
        // Null when the PostgreSQL fixture was ignored for want of a server.
        if (test is not null)
            await test.DisposeAsync();
    }

    Task<Change<TrackedConversation>> Track(Owner owner, ThreadAnalysis analysis, long? version = null, string conversationId = ConversationId) =>
        store.TrackAsync(owner, conversationId, analysis, version, Now, CancellationToken.None);

    [Test]
    public async Task TrackingAConversationStoresThePeopleAskedAndTheAgreements()
    {
        var change = await Track(Alice, Churn());

        Assert.That(change.Created, Is.True);
        var tracked = (await store.GetAsync(Alice, change.Value!.Id, Now, CancellationToken.None))!;
        Assert.That(tracked.Subject, Is.EqualTo("Churn and refund data for the CX dashboard"));
        Assert.That(tracked.ConversationId, Is.EqualTo(ConversationId));
        Assert.That(tracked.People.Select(p => (p.Address, p.Status)), Is.EquivalentTo(new[]
            { (Raj.Address, ReplyStatus.Replied), (Tom.Address, ReplyStatus.Waiting) }));
        Assert.That(tracked.People.Single(p => p.Address == Raj.Address).Replies, Is.EqualTo(1));
        var agreement = tracked.Agreements.Single();
        Assert.That((agreement.Owner.Address, agreement.What, agreement.Due, agreement.Status),
            Is.EqualTo((Raj.Address, "pull the churn export", new DateOnly(2026, 11, 4), AgreementStatus.Open)));
        Assert.That(agreement.Quote, Is.EqualTo("Sure - I can pull the churn export by end of day Wednesday."));
        Assert.That(tracked.Activity.Select(a => a.Kind), Does.Contain(ActivityKind.Tracked).And.Contain(ActivityKind.Agreed).And.Contain(ActivityKind.Replied));
    }

    [Test]
    public async Task TrackingTheSameConversationAgainUpdatesItInsteadOfDuplicating()
    {
        var first = await Track(Alice, Churn());
        var second = await Track(Alice, Churn());

        Assert.That(second.Created, Is.False);
        Assert.That(second.Value!.Id, Is.EqualTo(first.Value!.Id));
        Assert.That(second.Value.Version, Is.EqualTo(first.Value.Version + 1));
        var all = await store.ListAsync(Alice, null, details: false, Now, CancellationToken.None);
        Assert.That(all, Has.Count.EqualTo(1));
        Assert.That(all[0].Agreements, Has.Count.EqualTo(1));
        Assert.That(all[0].People, Has.Count.EqualTo(2));
    }

    [Test]
    public async Task ConcurrentTracksOfOneConversationMakeOneItem()
    {
        var changes = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Track(Alice, Churn()))));

        Assert.That(changes.Select(c => c.Value!.Id).Distinct().Count(), Is.EqualTo(1));
        Assert.That(changes.Count(c => c.Created), Is.EqualTo(1));
        Assert.That(changes.Select(c => c.Value!.Version).Order(), Is.EqualTo(Enumerable.Range(1, 8).Select(v => (long)v)), "every write got its own version");
        Assert.That(await store.ListAsync(Alice, null, details: false, Now, CancellationToken.None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task RefreshKeepsAgreementIdsAndStatusesAndRecordsMovedDates()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var agreementId = tracked.Agreements.Single().Id;
        await store.SetAgreementStatusAsync(Alice, tracked.Id, agreementId, AgreementStatus.Dropped, null, null, Now, CancellationToken.None);
        var moved = Of("Churn and refund data for the CX dashboard",
            [Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00"), Waiting(Tom, 2, "2026-11-03T09:00:00-05:00")],
            [Agreement(Raj, "Pull the churn export.", "2026-11-06"), Agreement(Tom, "review the refund numbers", "2026-11-05")]);

        var refreshed = (await store.RefreshAsync(Alice, tracked.Id, moved, null, Now, CancellationToken.None)).Value!;

        var churn = refreshed.Agreements.Single(a => a.Id == agreementId);
        Assert.That(churn.Status, Is.EqualTo(AgreementStatus.Dropped), "a re-analysis never reopens what the user closed");
        Assert.That(churn.Due, Is.EqualTo(new DateOnly(2026, 11, 6)));
        Assert.That(refreshed.Agreements, Has.Count.EqualTo(2));
        Assert.That(refreshed.Activity.Any(a => a.Kind == ActivityKind.DueChanged && a.Detail == "2026-11-04 -> 2026-11-06"), Is.True);
        var tom = refreshed.People.Single(p => p.Address == Tom.Address);
        Assert.That(tom.UnansweredRequests, Is.EqualTo(2));
        Assert.That(tom.History.Select(h => h.UnansweredRequests), Is.EqualTo(new[] { 1, 2 }), "each status change is kept");
        Assert.That(tom.RequestsSent, Is.EqualTo(2), "a second ask seen");
        Assert.That(refreshed.People.Single(p => p.Address == Raj.Address).RequestsSent, Is.EqualTo(1));
    }

    [Test]
    public async Task AnAgreementMissingFromTheNewAnalysisIsKeptAndMarked()
    {
        var tracked = (await Track(Alice, Churn())).Value!;

        var refreshed = (await store.RefreshAsync(Alice, tracked.Id, Of("Churn", [], []), null, Now, CancellationToken.None)).Value!;

        Assert.That(refreshed.Agreements.Single().InLatestAnalysis, Is.False);
    }

    [Test]
    public async Task AStaleVersionIsRefusedAndChangesNothing()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        await Track(Alice, Churn()); // another device moved it on to version 2

        var stale = await store.RefreshAsync(Alice, tracked.Id, Of("Renamed", [], []), tracked.Version, Now, CancellationToken.None);

        Assert.That(stale.Result, Is.EqualTo(ChangeResult.Stale));
        Assert.That(stale.CurrentVersion, Is.EqualTo(2));
        var now = (await store.GetAsync(Alice, tracked.Id, Now, CancellationToken.None))!;
        Assert.That((now.Subject, now.Version), Is.EqualTo(("Churn and refund data for the CX dashboard", 2L)));
    }

    [Test]
    public async Task TwoWritersWithTheSameVersionOneWinsTheOtherIsToldItIsStale()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var agreementId = tracked.Agreements.Single().Id;

        var results = await Task.WhenAll(
            Task.Run(() => store.SetAgreementStatusAsync(Alice, tracked.Id, agreementId, AgreementStatus.Done, null, tracked.Version, Now, CancellationToken.None)),
            Task.Run(() => store.SetAgreementStatusAsync(Alice, tracked.Id, agreementId, AgreementStatus.Dropped, null, tracked.Version, Now, CancellationToken.None)));

        Assert.That(results.Select(r => r.Result), Is.EquivalentTo(new[] { ChangeResult.Done, ChangeResult.Stale }));
        var winner = results.Single(r => r.Result == ChangeResult.Done).Value!.Agreements.Single().Status;
        Assert.That((await store.GetAsync(Alice, tracked.Id, Now, CancellationToken.None))!.Agreements.Single().Status, Is.EqualTo(winner));
    }

    [Test]
    public async Task AnEditedAgreementKeepsTheEditWhenTheConversationIsAnalysedAgain()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var id = tracked.Agreements.Single().Id;

        var edited = await store.CorrectAgreementAsync(Alice, tracked.Id, id,
            new AgreementCorrection(Raj, "pull the churn export, only for North America", new DateOnly(2026, 11, 6), Remove: false),
            Jane.Address, null, Now, CancellationToken.None);
        var refreshed = await store.RefreshAsync(Alice, tracked.Id, Churn(), null, Now.AddHours(1), CancellationToken.None);

        Assert.That(edited.Result, Is.EqualTo(ChangeResult.Done));
        var agreement = refreshed.Value!.Agreements.Single();
        Assert.That((agreement.Id, agreement.What, agreement.Due), Is.EqualTo((id, "pull the churn export, only for North America", new DateOnly(2026, 11, 6))));
        Assert.That((agreement.EditedBy, agreement.EditedAt), Is.EqualTo((Jane.Address, (DateTimeOffset?)Now)));
        Assert.That(refreshed.Value.Activity.Single(a => a.Kind == ActivityKind.AgreementEdited).Detail,
            Is.EqualTo("pull the churn export by 2026-11-04 -> pull the churn export, only for North America by 2026-11-06 (by jane.doe@contoso.com)"));
    }

    [Test]
    public async Task AnAddedAgreementIsKeptAndARemovedOneDoesNotComeBack()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var fromMessages = tracked.Agreements.Single().Id;

        await store.CorrectAgreementAsync(Alice, tracked.Id, null, new AgreementCorrection(Tom, "send the refund breakdown", new DateOnly(2026, 11, 9), Remove: false),
            Jane.Address, null, Now, CancellationToken.None);
        await store.CorrectAgreementAsync(Alice, tracked.Id, fromMessages, new AgreementCorrection(null, null, null, Remove: true),
            Jane.Address, null, Now, CancellationToken.None);
        var refreshed = (await store.RefreshAsync(Alice, tracked.Id, Churn(), null, Now.AddHours(1), CancellationToken.None)).Value!;

        Assert.That(refreshed.Agreements.Select(a => (a.Owner.Address, a.What)), Is.EqualTo(new[] { (Tom.Address, "send the refund breakdown") }));
        Assert.That(refreshed.Activity.Select(a => a.Kind), Does.Contain(ActivityKind.AgreementAdded).And.Contain(ActivityKind.AgreementRemoved));
    }

    [Test]
    public async Task ACallMadeWithItsOutcomeMovesThePersonOn()
    {
        // Tom has two unanswered asks: call. A call that reached nobody asks for a note; one where he agreed ends the ladder.
        var analysis = Of("Churn and refund data for the CX dashboard", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []);
        var tracked = (await Track(Alice, analysis)).Value!;
        Assert.That(tracked.People.Single().NextStep, Is.EqualTo(NextStep.Call));

        var noAnswer = await store.RecordCallAsync(Alice, tracked.Id, Tom.Address, CallKind.Made, Now.AddMinutes(-30), null, null, Now, CancellationToken.None,
            CallOutcome.NoAnswer);
        Assert.That(noAnswer.Value!.People.Single().NextStep, Is.EqualTo(NextStep.Remind));

        var agreed = await store.RecordCallAsync(Alice, tracked.Id, Tom.Address, CallKind.Made, Now.AddMinutes(-5), null, null, Now, CancellationToken.None,
            CallOutcome.Agreed);
        var tom = agreed.Value!.People.Single();
        Assert.That((tom.NextStep, tom.LastCallOutcome, tom.CallsMade), Is.EqualTo((NextStep.None, (CallOutcome?)CallOutcome.Agreed, 2)));
    }

    [Test]
    public async Task MarkingDoneTwiceIsIdempotentAndDoneOnDefaultsToToday()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var id = tracked.Agreements.Single().Id;

        var first = await store.SetAgreementStatusAsync(Alice, tracked.Id, id, AgreementStatus.Done, null, null, Now, CancellationToken.None);
        var second = await store.SetAgreementStatusAsync(Alice, tracked.Id, id, AgreementStatus.Done, null, null, Now, CancellationToken.None);

        Assert.That(first.Result, Is.EqualTo(ChangeResult.Done));
        Assert.That(second.Result, Is.EqualTo(ChangeResult.Unchanged));
        Assert.That(second.Value!.Version, Is.EqualTo(first.Value!.Version));
        Assert.That(second.Value.Agreements.Single().DoneOn, Is.EqualTo(new DateOnly(2026, 11, 3)));
        Assert.That(second.Value.Activity.Count(a => a.Kind == ActivityKind.AgreementDone), Is.EqualTo(1));
    }

    [Test]
    public async Task ADroppedAgreementIsNotSilentlyMarkedDone()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var id = tracked.Agreements.Single().Id;
        var dropped = await store.SetAgreementStatusAsync(Alice, tracked.Id, id, AgreementStatus.Dropped, null, null, Now, CancellationToken.None);

        var blind = await store.SetAgreementStatusAsync(Alice, tracked.Id, id, AgreementStatus.Done, null, null, Now, CancellationToken.None);
        var informed = await store.SetAgreementStatusAsync(Alice, tracked.Id, id, AgreementStatus.Done, new DateOnly(2026, 11, 2), dropped.Value!.Version, Now, CancellationToken.None);

        Assert.That(blind.Result, Is.EqualTo(ChangeResult.Conflict));
        Assert.That(informed.Result, Is.EqualTo(ChangeResult.Done));
        Assert.That(informed.Value!.Agreements.Single().DoneOn, Is.EqualTo(new DateOnly(2026, 11, 2)));
    }

    [Test]
    public async Task TheSameCallReportedTwiceIsRecordedOnceAndAScheduledCallMeansWait()
    {
        var tracked = (await Track(Alice, Of("Refunds", [Waiting(Tom, 2, "2026-11-02T09:00:00-05:00")], []))).Value!;
        Assert.That(tracked.People.Single().NextStep, Is.EqualTo(NextStep.Call));
        var at = At("2026-11-04T15:00:00-05:00");

        var first = await store.RecordCallAsync(Alice, tracked.Id, "Tom.Becker@contoso.com", CallKind.Scheduled, at, "evt-1", null, Now, CancellationToken.None);
        var again = await store.RecordCallAsync(Alice, tracked.Id, "tom.becker@contoso.com", CallKind.Scheduled, at, "evt-1", null, Now, CancellationToken.None);

        Assert.That(again.Result, Is.EqualTo(ChangeResult.Unchanged));
        var tom = again.Value!.People.Single();
        Assert.That((tom.CallsScheduled, tom.NextCallAt, tom.NextStep), Is.EqualTo((1, (DateTimeOffset?)at, NextStep.Wait)));
        Assert.That(first.Value!.Activity.Count(a => a.Kind == ActivityKind.CallScheduled), Is.EqualTo(1));
    }

    [Test]
    public async Task TheSameChangeSentManyTimesAtOnceLandsOnce()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        var agreementId = tracked.Agreements.Single().Id;
        var at = At("2026-11-04T15:00:00-05:00");

        var calls = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            store.RecordCallAsync(Alice, tracked.Id, Tom.Address, CallKind.Made, at, null, null, Now, CancellationToken.None))));
        var dones = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
            store.SetAgreementStatusAsync(Alice, tracked.Id, agreementId, AgreementStatus.Done, null, null, Now, CancellationToken.None))));

        Assert.That(calls.Count(c => c.Result == ChangeResult.Done), Is.EqualTo(1));
        Assert.That(calls.Count(c => c.Result == ChangeResult.Unchanged), Is.EqualTo(5));
        Assert.That(dones.Count(c => c.Result == ChangeResult.Done), Is.EqualTo(1));
        var now = (await store.GetAsync(Alice, tracked.Id, Now, CancellationToken.None))!;
        Assert.That(now.People.Single(p => p.Address == Tom.Address).CallsMade, Is.EqualTo(1));
        Assert.That(now.Activity.Count(a => a.Kind == ActivityKind.AgreementDone), Is.EqualTo(1));
        Assert.That(now.Version, Is.EqualTo(tracked.Version + 2), "one version per change that happened");
    }

    [Test]
    public async Task ACallWithSomeoneNotAskedIsRefused()
    {
        var tracked = (await Track(Alice, Churn())).Value!;

        var change = await store.RecordCallAsync(Alice, tracked.Id, "stranger@contoso.com", CallKind.Made, Now, null, null, Now, CancellationToken.None);

        Assert.That(change.Result, Is.EqualTo(ChangeResult.Invalid));
    }

    [Test]
    public async Task AnotherUsersItemsAreNotFoundForReadingChangingOrDeleting()
    {
        var alices = (await Track(Alice, Churn())).Value!;
        var agreementId = alices.Agreements.Single().Id;

        Assert.That(await store.GetAsync(Bob, alices.Id, Now, CancellationToken.None), Is.Null);
        Assert.That((await store.RefreshAsync(Bob, alices.Id, Churn(), null, Now, CancellationToken.None)).Result, Is.EqualTo(ChangeResult.NotFound));
        Assert.That((await store.SetAgreementStatusAsync(Bob, alices.Id, agreementId, AgreementStatus.Done, null, null, Now, CancellationToken.None)).Result,
            Is.EqualTo(ChangeResult.NotFound));
        Assert.That((await store.RecordCallAsync(Bob, alices.Id, Tom.Address, CallKind.Made, Now, null, null, Now, CancellationToken.None)).Result,
            Is.EqualTo(ChangeResult.NotFound));
        Assert.That((await store.StopAsync(Bob, alices.Id, null, CancellationToken.None)).Result, Is.EqualTo(ChangeResult.NotFound));
        Assert.That(await store.EraseAsync(Bob, CancellationToken.None), Is.Zero);
        Assert.That(await store.ListAsync(Bob, null, details: true, Now, CancellationToken.None), Is.Empty);

        var still = (await store.GetAsync(Alice, alices.Id, Now, CancellationToken.None))!;
        Assert.That((still.Version, still.Agreements.Single().Status), Is.EqualTo((alices.Version, AgreementStatus.Open)));
    }

    [Test]
    public async Task TheSameConversationTrackedByTwoUsersIsTwoSeparateItems()
    {
        var alices = (await Track(Alice, Churn())).Value!;
        var bobs = (await Track(Bob, Churn())).Value!;

        Assert.That(bobs.Id, Is.Not.EqualTo(alices.Id));
        Assert.That(bobs.Version, Is.EqualTo(1));
    }

    [Test]
    public async Task StopTrackingDeletesTheConversationAndEverythingAboutIt()
    {
        var tracked = (await Track(Alice, Churn())).Value!;
        await store.RecordCallAsync(Alice, tracked.Id, Tom.Address, CallKind.Made, Now, null, null, Now, CancellationToken.None);
        var stale = await store.StopAsync(Alice, tracked.Id, tracked.Version, CancellationToken.None);

        var stopped = await store.StopAsync(Alice, tracked.Id, null, CancellationToken.None);

        Assert.That(stale.Result, Is.EqualTo(ChangeResult.Stale));
        Assert.That(stopped.Result, Is.EqualTo(ChangeResult.Done));
        Assert.That(await RowsAsync(), Is.All.EqualTo(0L));
    }

    [Test]
    public async Task ErasingMyDataRemovesAllOfMineAndNothingOfAnyoneElse()
    {
        await Track(Alice, Churn());
        await Track(Alice, Churn(), conversationId: "second-conversation");
        var bobs = (await Track(Bob, Churn())).Value!;

        var erased = await store.EraseAsync(Alice, CancellationToken.None);

        Assert.That(erased, Is.EqualTo(2));
        Assert.That(await store.ListAsync(Alice, null, details: true, Now, CancellationToken.None), Is.Empty);
        Assert.That((await store.GetAsync(Bob, bobs.Id, Now, CancellationToken.None))!.Agreements, Has.Count.EqualTo(1));
        await store.EraseAsync(Bob, CancellationToken.None);
        Assert.That(await RowsAsync(), Is.All.EqualTo(0L), "no orphan rows of a tracked conversation remain");
    }

    [Test]
    public async Task NoMessageTextIsStored()
    {
        await Track(Alice, Churn());

        var dump = await test!.Db.ReadAsync(async (c, ct) =>
        {
            var text = new List<string>();
            foreach (var table in Tables)
                foreach (IDictionary<string, object?> row in await c.QueryAsync(new CommandDefinition($"SELECT * FROM {table}", cancellationToken: ct)))
                    text.AddRange(row.Values.Select(v => v?.ToString() ?? ""));
            return string.Join("\n", text);
        }, CancellationToken.None);

        Assert.That(dump, Does.Not.Contain("PRIVATE-BODY-7f3a"));
        Assert.That(dump, Does.Contain("pull the churn export"), "the dump did read the stored rows");
        if (provider == StorageProvider.Sqlite)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var bytes = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(test!.Options.SqlitePath)) + (File.Exists(test!.Options.SqlitePath + "-wal") ? File.ReadAllText(test!.Options.SqlitePath + "-wal") : "");
            Assert.That(bytes, Does.Not.Contain("PRIVATE-BODY-7f3a"), "not in the database file nor its write-ahead log");
        }
    }

    static readonly string[] Tables = ["tracked_conversation", "person_asked", "person_status_history", "agreement", "person_call", "activity"];

    Task<long[]> RowsAsync() => test!.Db.ReadAsync(async (c, ct) =>
    {
        var counts = new List<long>();
        foreach (var table in Tables)
            counts.Add(await c.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT count(*) FROM {table}", cancellationToken: ct)));
        return counts.ToArray();
    }, CancellationToken.None);
}
