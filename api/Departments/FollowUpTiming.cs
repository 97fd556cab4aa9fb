using CrossDept.Threads;
using CrossDept.Tracking;

namespace CrossDept.Departments;

/// <summary>A person's department as far as follow-ups go: its name and agreed response times (null: not agreed).</summary>
public sealed record DepartmentTiming(string Department, TimeSpan? ResponseTime, TimeSpan? FirstSolutionTime);

/// <summary>
/// The one decision "when is this person due a reminder or a call", for tracking's board and for the follow-up sweep
/// (which reads tracking's next steps). Without a department response time it is the contract's rule (Checkpoints and
/// Recipients: remind after 2 business days, call after the second unanswered ask). With one, the department agreed to
/// answer within that many business hours, so that is what the person is given: a reminder once one ask has gone
/// unanswered that long, the call once the second has, and a reminder that long after a call that was made without an outcome.
/// </summary>
public static class FollowUpTiming
{
    /// <summary>The next step for a person asked, given their department's timing; <paramref name="decided"/> is the contract's step.</summary>
    public static NextStep NextStepFor(PersonAsked p, NextStep decided, TimeSpan? responseTime, DateTimeOffset now)
    {
        if (responseTime is not { } within || p.Status != ReplyStatus.Waiting || p.UnansweredRequests == 0)
            return decided;
        if (p.NextCallAt is { } booked && booked > now)
            return decided;
        var calledSinceAsk = p.LastCallAt is { } made && (p.LastAskedAt is null || made >= p.LastAskedAt);
        if (calledSinceAsk && p.LastCallOutcome is not null)
            return decided;   // the call's outcome is the answer (agreed, referred) or says what follows (no answer: a short note)
        var since = calledSinceAsk ? p.LastCallAt : p.LastAskedAt;
        if (since is null)
            return decided;
        var due = BusinessHours.Between(since.Value, now) >= within;
        if (!due)
            return NextStep.Wait;
        return !calledSinceAsk && p.UnansweredRequests >= 2 ? NextStep.Call : NextStep.Remind;
    }

    /// <summary>Whether the person has not answered within their department's response time (the board's "past response time").</summary>
    public static bool PastResponseTime(PersonAsked p, TimeSpan? responseTime, DateTimeOffset now) =>
        responseTime is { } within && p.Status == ReplyStatus.Waiting && p.UnansweredRequests > 0 && p.LastAskedAt is { } asked
        && BusinessHours.Between(asked, now) >= within;

    /// <summary>
    /// When the reminder (or, after a second unanswered ask, the call) falls due after <paramref name="lastContact"/>: for a
    /// scheduler that fires follow-ups at their time rather than polling. Without a response time, 2 business days (the contract).
    /// </summary>
    public static DateTimeOffset DueAt(DateTimeOffset lastContact, TimeSpan? responseTime) =>
        responseTime is { } within ? BusinessHours.After(lastContact, within) : WeekdaysAfter(lastContact, ContractReminderAfter);

    /// <summary>The contract's default: 2 business days (Recipients.IsReminderDue counts the same 48 weekday hours).</summary>
    static readonly TimeSpan ContractReminderAfter = TimeSpan.FromDays(2);

    static DateTimeOffset WeekdaysAfter(DateTimeOffset from, TimeSpan span)
    {
        // The contract's 2 business days are 48 hours of Monday-to-Friday time (Recipients.BusinessTimeBetween).
        var cursor = from;
        var left = span;
        while (left > TimeSpan.Zero)
        {
            var nextMidnight = new DateTimeOffset(cursor.Date.AddDays(1), cursor.Offset);
            if (cursor.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                cursor = nextMidnight;
                continue;
            }
            var step = nextMidnight - cursor < left ? nextMidnight - cursor : left;
            cursor += step;
            left -= step;
        }
        return cursor;
    }
}
