using CrossDept.Threads;
using CrossDept.Tracking;
using static CrossDept.Tests.Tracking.Analyses;

namespace CrossDept.Tests.Tracking;

public sealed class CheckpointsTests
{
    static readonly DateTimeOffset Thursday = At("2026-11-05T10:00:00-05:00");

    [TestCase("2026-11-04", Checkpoint.Overdue)]
    [TestCase("2026-11-05", Checkpoint.CheckIn)]   // due today
    [TestCase("2026-11-06", Checkpoint.CheckIn)]   // Friday: 1 business day
    [TestCase("2026-11-09", Checkpoint.CheckIn)]   // Monday: Friday and Monday, 2 business days, the weekend does not count
    [TestCase("2026-11-10", Checkpoint.Upcoming)]  // Tuesday: 3 business days
    [TestCase(null, Checkpoint.NoDate)]
    public void AnOpenAgreementsCheckpointFollowsBusinessDaysToItsDate(string? due, Checkpoint expected)
    {
        var date = due is null ? (DateOnly?)null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture);

        Assert.That(Checkpoints.ForAgreement(AgreementStatus.Open, date, Thursday), Is.EqualTo(expected));
    }

    [Test]
    public void ClosedAgreementsNeedNoCheckpoint()
    {
        Assert.That(Checkpoints.ForAgreement(AgreementStatus.Done, new DateOnly(2026, 11, 1), Thursday), Is.EqualTo(Checkpoint.None));
        Assert.That(Checkpoints.ForAgreement(AgreementStatus.Dropped, new DateOnly(2026, 11, 1), Thursday), Is.EqualTo(Checkpoint.None));
    }

    [Test]
    public void TwoUnansweredRequestsMeanACallNotAThirdEmail() =>
        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 2, At("2026-11-05T09:00:00-05:00"), null, null, Thursday), Is.EqualTo(NextStep.Call));

    [Test]
    public void OneRequestUnansweredForTwoBusinessDaysMeansRemind()
    {
        // Asked Friday morning; by Tuesday morning two business days (Friday and Monday) have passed.
        var asked = At("2026-11-06T09:00:00-05:00");

        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 1, asked, null, null, At("2026-11-09T12:00:00-05:00")), Is.EqualTo(NextStep.Wait));
        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 1, asked, null, null, At("2026-11-10T09:00:00-05:00")), Is.EqualTo(NextStep.Remind));
    }

    [Test]
    public void RemindIsJudgedAtReadTimeNotWhenAnalysed()
    {
        var asked = At("2026-11-02T09:00:00-05:00");

        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 1, asked, null, null, At("2026-11-02T17:00:00-05:00")), Is.EqualTo(NextStep.Wait));
        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 1, asked, null, null, At("2026-11-05T09:00:00-05:00")), Is.EqualTo(NextStep.Remind));
    }

    [Test]
    public void SomeoneAwayWhoseReturnDateHasComeIsWaitingAgain()
    {
        Assert.That(Checkpoints.StatusNow(ReplyStatus.Away, new DateOnly(2026, 11, 6), Thursday), Is.EqualTo(ReplyStatus.Away));
        Assert.That(Checkpoints.StatusNow(ReplyStatus.Away, new DateOnly(2026, 11, 5), Thursday), Is.EqualTo(ReplyStatus.Waiting));
        Assert.That(Checkpoints.StatusNow(ReplyStatus.Away, null, Thursday), Is.EqualTo(ReplyStatus.Away));
    }

    [Test]
    public void ACallScheduledOrMadeAfterTheLastAskMeansWait()
    {
        var asked = At("2026-11-02T09:00:00-05:00");

        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 2, asked, null, At("2026-11-06T10:00:00-05:00"), Thursday), Is.EqualTo(NextStep.Wait));
        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 2, asked, At("2026-11-05T09:30:00-05:00"), null, Thursday), Is.EqualTo(NextStep.Wait));
        Assert.That(Checkpoints.NextStepFor(ReplyStatus.Waiting, 2, asked, At("2026-11-01T09:30:00-05:00"), null, Thursday), Is.EqualTo(NextStep.Call),
            "a call before the last ask does not answer it");
    }

    [Test]
    public void TheBoardShowsWhatMatchesAnyFilterAndEverythingOpenWithoutOne()
    {
        var tracked = new TrackedConversation("t1", "c1", "Refunds", Thursday, Thursday, 3,
            [
                Person("tom@contoso.com", NextStep.Call), Person("raj@contoso.com", NextStep.Remind), Person("lena@contoso.com", NextStep.None),
            ],
            [
                Agreement("a1", "2026-11-03", Checkpoint.Overdue), Agreement("a2", "2026-11-06", Checkpoint.CheckIn),
                Agreement("a3", "2026-11-20", Checkpoint.Upcoming), Agreement("a4", "2026-11-01", Checkpoint.None, AgreementStatus.Done),
            ], []);

        var all = Boards.Build([tracked], new BoardFilter(null, false, false), Thursday);
        var overdue = Boards.Build([tracked], new BoardFilter(null, true, false), Thursday);
        var soon = Boards.Build([tracked], new BoardFilter(3, false, false), Thursday);
        var calls = Boards.Build([tracked], new BoardFilter(null, false, true), Thursday);
        var soonOrOverdue = Boards.Build([tracked], new BoardFilter(3, true, false), Thursday);

        Assert.That(all.Agreements.Select(a => a.Agreement.Id), Is.EqualTo(new[] { "a1", "a2", "a3" }), "open only, most urgent first");
        Assert.That(all.People.Select(p => p.Person.Address), Is.EqualTo(new[] { "tom@contoso.com", "raj@contoso.com" }), "call before remind; replied not shown");
        Assert.That(overdue.Agreements.Select(a => a.Agreement.Id), Is.EqualTo(new[] { "a1" }));
        Assert.That(overdue.People, Is.Empty);
        Assert.That(soon.Agreements.Select(a => a.Agreement.Id), Is.EqualTo(new[] { "a2" }));
        Assert.That(calls.People.Select(p => p.Person.Address), Is.EqualTo(new[] { "tom@contoso.com" }));
        Assert.That(calls.Agreements, Is.Empty);
        Assert.That(soonOrOverdue.Agreements.Select(a => a.Agreement.Id), Is.EqualTo(new[] { "a1", "a2" }));
    }

    static PersonAsked Person(string address, NextStep next) =>
        new(address, null, next == NextStep.None ? ReplyStatus.Replied : ReplyStatus.Waiting, next, 2, next == NextStep.Call ? 2 : 1, 0,
            At("2026-11-02T09:00:00-05:00"), null, null, 0, 0, null, null, []);

    static TrackedAgreement Agreement(string id, string due, Checkpoint checkpoint, AgreementStatus status = AgreementStatus.Open) =>
        new(id, Raj, "do " + id, DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), null, "quote", null, status, null, null, true, checkpoint);
}
