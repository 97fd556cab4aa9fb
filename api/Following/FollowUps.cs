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
public sealed class FollowUpSweep(Database db, TrackingStore tracking)
{
    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The follow-ups that became due for one user now (the newly recorded ones only).</summary>
    public async Task<IReadOnlyList<FollowUp>> RunAsync(Owner owner, DateTimeOffset now, CancellationToken ct)
    {
        var due = new List<FollowUp>();
        foreach (var t in await tracking.ListAsync(owner, null, details: false, now, ct))
        {
            foreach (var a in t.Agreements.Where(a => a.Checkpoint == Checkpoint.CheckIn && a.Due is not null))
                due.Add(new FollowUp(owner, t.Id, FollowUpKind.CheckIn, a.Id, a.Due!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            foreach (var p in t.People.Where(p => p.NextStep is NextStep.Remind or NextStep.Call && p.LastAskedAt is not null))
                due.Add(new FollowUp(owner, t.Id, p.NextStep == NextStep.Call ? FollowUpKind.Call : FollowUpKind.Remind, p.Address, Utc(p.LastAskedAt!.Value)));
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

    /// <summary>Every user who tracks something.</summary>
    public Task<IReadOnlyList<Owner>> OwnersAsync(CancellationToken ct) =>
        db.ReadAsync(async (c, token) => (IReadOnlyList<Owner>)(await c.QueryAsync<(string TenantId, string ObjectId)>(new CommandDefinition(
            "SELECT DISTINCT tenant_id, object_id FROM tracked_conversation", cancellationToken: token))).Select(o => new Owner(o.TenantId, o.ObjectId)).ToArray(), ct);
}
