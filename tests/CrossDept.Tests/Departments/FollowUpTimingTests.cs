using CrossDept.Departments;
using CrossDept.Threads;
using CrossDept.Tracking;

namespace CrossDept.Tests.Departments;

/// <summary>Business hours and the one decision "when is this person due a reminder or a call", on a fixed clock.</summary>
public class FollowUpTimingTests
{
    static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    static PersonAsked Waiting(int unanswered, string lastAsked, DateTimeOffset? lastCall = null, CallOutcome? outcome = null) =>
        new("tom.becker@contoso.com", "Tom Becker", ReplyStatus.Waiting, NextStep.Wait, unanswered, unanswered, 0, At(lastAsked), null, null,
            0, lastCall is null ? 0 : 1, null, lastCall, []) { LastCallOutcome = outcome };

    /// <summary>The contract's step for the same facts: what tracking decided before the department's time is applied.</summary>
    static NextStep Contract(PersonAsked p, DateTimeOffset now) =>
        Checkpoints.NextStepAfterCall(p.Status, p.UnansweredRequests, p.LastAskedAt, p.LastCallAt, p.LastCallOutcome, p.NextCallAt, now);

    static NextStep Decide(PersonAsked p, double? hours, DateTimeOffset now) =>
        FollowUpTiming.NextStepFor(p, Contract(p, now), hours is { } h ? TimeSpan.FromHours(h) : null, now);

    [Test]
    public void BusinessHoursCountNineToFiveOnWeekdaysOnly()
    {
        Assert.That(BusinessHours.Between(At("2026-11-02T09:30:00-05:00"), At("2026-11-02T14:00:00-05:00")), Is.EqualTo(TimeSpan.FromHours(4.5)));
        // Friday 16:00 to Monday 10:00: one hour on Friday, one on Monday.
        Assert.That(BusinessHours.Between(At("2026-11-06T16:00:00-05:00"), At("2026-11-09T10:00:00-05:00")), Is.EqualTo(TimeSpan.FromHours(2)));
        // Asked in the evening: nothing counts until the next morning.
        Assert.That(BusinessHours.Between(At("2026-11-02T19:00:00-05:00"), At("2026-11-03T09:00:00-05:00")), Is.EqualTo(TimeSpan.Zero));
        Assert.That(BusinessHours.After(At("2026-11-06T15:00:00-05:00"), TimeSpan.FromHours(4)), Is.EqualTo(At("2026-11-09T11:00:00-05:00")));
    }

    [Test]
    public void AFourBusinessHourDepartmentIsDueAReminderTheSameDay()
    {
        var tom = Waiting(1, "2026-11-02T09:30:00-05:00");
        Assert.That(Decide(tom, 4, At("2026-11-02T13:00:00-05:00")), Is.EqualTo(NextStep.Wait), "3.5 business hours in");
        Assert.That(Decide(tom, 4, At("2026-11-02T13:30:00-05:00")), Is.EqualTo(NextStep.Remind), "4 business hours in, same Monday");
        Assert.That(FollowUpTiming.PastResponseTime(tom, TimeSpan.FromHours(4), At("2026-11-02T13:30:00-05:00")), Is.True);
        Assert.That(FollowUpTiming.DueAt(tom.LastAskedAt!.Value, TimeSpan.FromHours(4)), Is.EqualTo(At("2026-11-02T13:30:00-05:00")));
    }

    [Test]
    public void TheDefaultDepartmentIsDueAReminderAfterTwoBusinessDays()
    {
        var tom = Waiting(1, "2026-11-02T09:30:00-05:00");
        Assert.That(Decide(tom, null, At("2026-11-02T13:30:00-05:00")), Is.EqualTo(NextStep.Wait));
        Assert.That(Decide(tom, null, At("2026-11-04T09:00:00-05:00")), Is.EqualTo(NextStep.Wait), "Wednesday 09:00: not yet 2 business days");
        Assert.That(Decide(tom, null, At("2026-11-04T09:30:00-05:00")), Is.EqualTo(NextStep.Remind), "Wednesday 09:30: 2 business days");
        Assert.That(FollowUpTiming.PastResponseTime(tom, null, At("2026-11-10T09:30:00-05:00")), Is.False, "no response time, nothing to be past");
        Assert.That(FollowUpTiming.DueAt(tom.LastAskedAt!.Value, null), Is.EqualTo(At("2026-11-04T09:30:00-05:00")));
    }

    [Test]
    public void TheCallComesOnceTheSecondAskHasWaitedTheResponseTime()
    {
        var tom = Waiting(2, "2026-11-02T09:30:00-05:00");
        Assert.That(Decide(tom, null, At("2026-11-02T09:31:00-05:00")), Is.EqualTo(NextStep.Call), "the contract: call after the second unanswered ask");
        Assert.That(Decide(tom, 4, At("2026-11-02T10:00:00-05:00")), Is.EqualTo(NextStep.Wait), "their agreed 4 hours are not up");
        Assert.That(Decide(tom, 4, At("2026-11-02T13:30:00-05:00")), Is.EqualTo(NextStep.Call));
    }

    [Test]
    public void ACallMadeWithoutAnOutcomeIsFollowedByAReminderAfterTheResponseTime()
    {
        var tom = Waiting(2, "2026-11-02T09:30:00-05:00", lastCall: At("2026-11-02T11:00:00-05:00"));
        Assert.That(Decide(tom, 4, At("2026-11-02T14:00:00-05:00")), Is.EqualTo(NextStep.Wait));
        Assert.That(Decide(tom, 4, At("2026-11-02T15:00:00-05:00")), Is.EqualTo(NextStep.Remind));
        var agreed = Waiting(2, "2026-11-02T09:30:00-05:00", lastCall: At("2026-11-02T11:00:00-05:00"), outcome: CallOutcome.Agreed);
        Assert.That(Decide(agreed, 4, At("2026-11-03T15:00:00-05:00")), Is.EqualTo(NextStep.None), "an agreement on the phone is the answer");
    }

    [Test]
    public void SomeoneWhoRepliedOrIsAwayIsNotTimedByTheirDepartment()
    {
        var replied = Waiting(0, "2026-11-02T09:30:00-05:00") with { Status = ReplyStatus.Replied, NextStep = NextStep.None };
        Assert.That(FollowUpTiming.NextStepFor(replied, NextStep.None, TimeSpan.FromHours(1), At("2026-11-05T09:00:00-05:00")), Is.EqualTo(NextStep.None));
        var away = Waiting(1, "2026-11-02T09:30:00-05:00") with { Status = ReplyStatus.Away };
        Assert.That(FollowUpTiming.NextStepFor(away, NextStep.Wait, TimeSpan.FromHours(1), At("2026-11-05T09:00:00-05:00")), Is.EqualTo(NextStep.Wait));
    }
}
