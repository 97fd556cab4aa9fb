using System.Globalization;
using CrossDept.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;
using Dapper;

namespace CrossDept.Following;

/// <summary>A follow-up that fell due: a check-in before a date, a reminder, or a call (the second silence).</summary>
public sealed record FollowUp(Owner Owner, string TrackedId, string Kind, string Subject, string Occasion);

/// <summary>Kinds of follow-ups.</summary>
public static class FollowUpKind
{
    public const string CheckIn = "checkIn", Remind = "remind", Call = "call";
}

/// <summary>
/// Finds the follow-ups that fell due, judged by tracking's own rules at the moment given (check-in within 2 business
/// days of the date, weekends skipped; remind after 2 business days without a reply; call after the second
/// unanswered ask), and records each once: running it again, on any instance, at any later time, fires nothing twice.
/// A new ask (a later last-asked time) or a moved date is a new occasion.
/// </summary>
public sealed class FollowUpSweep(Database db, TrackingStore tracking, IUserCalendar calendars, TimeProvider clock, ILogger<FollowUpSweep> logger)
{
    /// <summary>
    /// The scheduler's pass for one user, judged in the user's own time zone and on their working days (Graph
    /// mailboxSettings): on a day they do not work nothing fires; the follow-ups wait for their next working day.
    /// </summary>
    public async Task<IReadOnlyList<FollowUp>> RunAsync(Owner owner, CancellationToken ct)
    {
        DigestCalendar calendar;
        try
        {
            calendar = await calendars.CalendarAsync(owner, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // No background session (the user tracks but never let the pane start following) or Graph unreachable: the
            // server's zone, Monday to Friday, rather than no follow-ups at all.
            logger.LogDebug(e, "Following: mailbox calendar of {Tenant}/{User} not read; judged on the server's", owner.TenantId, owner.ObjectId);
            calendar = new DigestCalendar(clock.LocalTimeZone, DigestCalendar.Weekdays);
        }
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.Zone);
        return await RunAsync(owner, local, calendar, ct);
    }

    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The follow-ups that became due for one user now (the newly recorded ones only).</summary>
    public async Task<IReadOnlyList<FollowUp>> RunAsync(Owner owner, DateTimeOffset now, CancellationToken ct) =>
        await RunAsync(owner, now, new DigestCalendar(TimeZoneInfo.Utc, DigestCalendar.Weekdays), ct);

    /// <summary>The follow-ups that became due for one user at <paramref name="now"/> (their local time), on their calendar.</summary>
    public async Task<IReadOnlyList<FollowUp>> RunAsync(Owner owner, DateTimeOffset now, DigestCalendar calendar, CancellationToken ct)
    {
        if (!calendar.WorkingDays.Contains(now.DayOfWeek))
            return [];
        var due = new List<FollowUp>();
        foreach (var t in await tracking.ListAsync(owner, null, details: false, now, ct))
        {
            foreach (var a in t.Agreements.Where(a => a.Checkpoint == Checkpoint.CheckIn && a.Due is not null))
                due.Add(new FollowUp(owner, t.Id, FollowUpKind.CheckIn, a.Id, a.Due!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            foreach (var p in t.People.Where(p => ReminderDue(p, calendar, now) is not null))
                due.Add(new FollowUp(owner, t.Id, ReminderDue(p, calendar, now)!, p.Address, Utc(p.LastAskedAt!.Value)));
        }
        if (due.Count == 0)
            return [];
        return await db.WriteAsync(async (c, tx, token) =>
        {
            var fired = new List<FollowUp>();
            foreach (var f in due)
                if (await c.ExecuteAsync(new CommandDefinition("""
                    INSERT INTO follow_up_due (tracked_id, kind, subject, occasion, fired_at) VALUES (@TrackedId, @Kind, @Subject, @Occasion, @Now)
                    ON CONFLICT (tracked_id, kind, subject, occasion) DO NOTHING
                    """, new { f.TrackedId, f.Kind, f.Subject, f.Occasion, Now = Utc(now) }, tx, cancellationToken: token)) == 1)
                    fired.Add(f);
            return (IReadOnlyList<FollowUp>)fired;
        }, ct);
    }

    /// <summary>
    /// THE place that decides whether this person is due a reminder (or a call) now: today tracking's read-time rule
    /// (no reply 2 business days after the last ask → remind; the second unanswered ask → call), on one of the user's
    /// working days. Departments' response times (how long a department usually takes) belong here when they come.
    /// </summary>
    public static string? ReminderDue(PersonAsked person, DigestCalendar calendar, DateTimeOffset localNow) =>
        person.LastAskedAt is null || !calendar.WorkingDays.Contains(localNow.DayOfWeek) ? null
        : person.NextStep switch
        {
            NextStep.Call => FollowUpKind.Call,
            NextStep.Remind => FollowUpKind.Remind,
            _ => null,
        };

    /// <summary>Whether the user still tracks something or wants the digest (after an erase: no, and their jobs retire).</summary>
    public Task<bool> HasAnythingAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync(async (c, token) => await c.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT (SELECT count(*) FROM tracked_conversation WHERE tenant_id = @TenantId AND object_id = @ObjectId)
                 + (SELECT count(*) FROM digest_setting WHERE tenant_id = @TenantId AND object_id = @ObjectId AND enabled = 1)
            """, new { owner.TenantId, owner.ObjectId }, cancellationToken: token)) > 0, ct);

    /// <summary>Every user who tracks something or asked for the digest.</summary>
    public Task<IReadOnlyList<Owner>> OwnersAsync(CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<Owner>)(await c.QueryAsync<(string TenantId, string ObjectId)>(new CommandDefinition(
            "SELECT tenant_id, object_id FROM tracked_conversation UNION SELECT tenant_id, object_id FROM digest_setting WHERE enabled = 1",
            cancellationToken: token))).Select(o => new Owner(o.TenantId, o.ObjectId)).ToArray(), ct);
}
