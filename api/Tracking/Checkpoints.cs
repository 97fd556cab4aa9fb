using CrossDept.Threads;

namespace CrossDept.Tracking;

/// <summary>Where an agreement stands against its date, judged when the board is read.</summary>
public enum Checkpoint
{
    /// <summary>Done or dropped: nothing to follow up.</summary>
    None,
    /// <summary>Open with no date: ask for one.</summary>
    NoDate,
    /// <summary>Open and due later than two business days from today.</summary>
    Upcoming,
    /// <summary>Open and due within two business days: a friendly check-in before the date beats discovering a miss on it.</summary>
    CheckIn,
    /// <summary>Open and past its date.</summary>
    Overdue,
}

/// <summary>
/// The follow-up rules, computed at read time from stored facts so the board is right today, not as of the last analysis.
/// Same rules as the analysis (contract: recipients), plus what only tracking knows: calls scheduled and made.
/// </summary>
public static class Checkpoints
{
    /// <summary>Business days before the due date within which an agreement deserves a check-in.</summary>
    public const int CheckInBusinessDays = 2;

    public static Checkpoint ForAgreement(AgreementStatus status, DateOnly? due, DateTimeOffset now)
    {
        if (status != AgreementStatus.Open)
            return Checkpoint.None;
        if (due is null)
            return Checkpoint.NoDate;
        var today = DateOnly.FromDateTime(now.DateTime);
        if (due < today)
            return Checkpoint.Overdue;
        return BusinessDaysAfter(today, due.Value) <= CheckInBusinessDays ? Checkpoint.CheckIn : Checkpoint.Upcoming;
    }

    /// <summary>Monday-to-Friday days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public static int BusinessDaysAfter(DateOnly from, DateOnly to)
    {
        var days = 0;
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                days++;
        return days;
    }

    /// <summary>Status now: an away person whose stated return date has come is waiting again.</summary>
    public static ReplyStatus StatusNow(ReplyStatus stored, DateOnly? awayUntil, DateTimeOffset now) =>
        stored == ReplyStatus.Away && !Recipients.IsStillAway(awayUntil, now) ? ReplyStatus.Waiting : stored;

    /// <summary>
    /// The next step once a call's outcome is known: agreed or referred on the phone moves the person off the ladder (the
    /// agreement or the referral is the answer, and a call still booked is moot); nobody picking up is no contact, so a short note follows, not another call.
    /// </summary>
    public static NextStep NextStepAfterCall(ReplyStatus statusNow, int unansweredRequests, DateTimeOffset? lastAskedAt,
        DateTimeOffset? lastCallMadeAt, CallOutcome? outcome, DateTimeOffset? nextCallScheduledAt, DateTimeOffset now)
    {
        var answeredByCall = lastCallMadeAt is { } made && (lastAskedAt is null || made >= lastAskedAt);
        if (answeredByCall && statusNow == ReplyStatus.Waiting)
            switch (outcome)
            {
                case CallOutcome.Agreed or CallOutcome.Referred:
                    return NextStep.None;
                case CallOutcome.NoAnswer:
                    return unansweredRequests > 0 ? NextStep.Remind : NextStep.None;
            }
        return NextStepFor(statusNow, unansweredRequests, lastAskedAt, lastCallMadeAt, nextCallScheduledAt, now);
    }

    /// <summary>
    /// The next step for one person asked. After two unanswered emails a call, not a third email; once a call is
    /// scheduled or made after the last ask, the user waits for it instead of being told to call again.
    /// </summary>
    public static NextStep NextStepFor(ReplyStatus statusNow, int unansweredRequests, DateTimeOffset? lastAskedAt,
        DateTimeOffset? lastCallMadeAt, DateTimeOffset? nextCallScheduledAt, DateTimeOffset now)
    {
        if (statusNow == ReplyStatus.Waiting && unansweredRequests > 0)
        {
            if (nextCallScheduledAt is { } scheduled && scheduled > now)
                return NextStep.Wait;
            if (lastCallMadeAt is { } made && (lastAskedAt is null || made >= lastAskedAt))
                return Recipients.IsReminderDue(made, now) ? NextStep.Remind : NextStep.Wait;
        }
        return Recipients.NextStepFor(statusNow, unansweredRequests, lastAskedAt, now);
    }
}
