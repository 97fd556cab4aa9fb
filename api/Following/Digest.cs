using System.Globalization;
using System.Net;
using System.Text;
using CrossDept.Storage;
using CrossDept.Threads;
using CrossDept.Tracking;
using Dapper;
using MimeKit;

namespace CrossDept.Following;

/// <summary>When a user's morning is: their mailbox's time zone and working days (Graph mailboxSettings).</summary>
public sealed record DigestCalendar(TimeZoneInfo Zone, IReadOnlySet<DayOfWeek> WorkingDays)
{
    public static readonly IReadOnlySet<DayOfWeek> Weekdays =
        new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

    /// <summary>A Windows or IANA id as mailboxSettings gives it; an unknown one is UTC rather than no digest.</summary>
    public static TimeZoneInfo ZoneOf(string? id) =>
        id is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}

/// <summary>A composed digest: what the user is sent.</summary>
public sealed record DigestMail(string Subject, string Html);

/// <summary>A user's time zone and working days: Graph mailboxSettings in a tenant, Mailbox:DemoTimeZone in demo mode.</summary>
public interface IUserCalendar
{
    Task<DigestCalendar> CalendarAsync(Owner owner, CancellationToken ct);
}

/// <summary>Where digests go: Graph sendMail to the user themself, or the demo outbox folder.</summary>
public interface IDigestOutbox : IUserCalendar
{
    Task SendAsync(Owner owner, string address, DigestMail mail, CancellationToken ct);
}

/// <summary>Whether a user asked for the digest, and the last day one went out.</summary>
public sealed record DigestSetting(bool Enabled, string? LastSentOn);

/// <summary>
/// The opt-in morning digest: for every user who turned it on, once their local time is past <c>Following:DigestHour</c>
/// on one of their working days, one mail a day (claimed in the database first, so several instances send one):
/// due this week, overdue, who to remind, who to call, each linking into the pane. Nothing is sent on a day with nothing
/// to say (the day still counts).
/// </summary>
public sealed class Digests(Database db, TrackingStore tracking, IDigestOutbox outbox, FollowingSettings settings, TimeProvider clock,
    ILogger<Digests> logger)
{
    static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public Task SetAsync(Owner owner, string address, bool enabled, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            INSERT INTO digest_setting (tenant_id, object_id, address, enabled, updated_at) VALUES (@TenantId, @ObjectId, @Address, @Enabled, @Now)
            ON CONFLICT (tenant_id, object_id) DO UPDATE SET address = excluded.address, enabled = excluded.enabled, updated_at = excluded.updated_at
            """, new { owner.TenantId, owner.ObjectId, Address = address, Enabled = enabled ? 1 : 0, Now = Utc(clock.GetUtcNow()) }, tx, cancellationToken: token)), ct);

    public Task<DigestSetting> GetAsync(Owner owner, CancellationToken ct) =>
        db.ReadAsync(async (c, token) =>
        {
            var row = await c.QuerySingleOrDefaultAsync<(long Enabled, string? LastSentOn)?>(new CommandDefinition(
                "SELECT enabled, last_sent_on FROM digest_setting WHERE tenant_id = @TenantId AND object_id = @ObjectId",
                new { owner.TenantId, owner.ObjectId }, cancellationToken: token));
            return row is { } r ? new DigestSetting(r.Enabled != 0, r.LastSentOn) : new DigestSetting(false, null);
        }, ct);

    public Task EraseAsync(Owner owner, CancellationToken ct) =>
        db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM digest_setting WHERE tenant_id = @TenantId AND object_id = @ObjectId", new { owner.TenantId, owner.ObjectId }, tx,
            cancellationToken: token)), ct);

    /// <summary>One pass: sends the digests that are due now; returns how many were sent.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var users = await db.ReadAsync(async (c, token) => (await c.QueryAsync<(string TenantId, string ObjectId, string Address, string? LastSentOn)>(
            new CommandDefinition("SELECT tenant_id, object_id, address, last_sent_on FROM digest_setting WHERE enabled = 1", cancellationToken: token))).ToArray(), ct);
        var sent = 0;
        foreach (var (tenantId, objectId, address, lastSentOn) in users)
            try
            {
                if (await SendIfDueAsync(new Owner(tenantId, objectId), address, lastSentOn, ct))
                    sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Digest: not sent to {Tenant}/{User}; tried again on the next pass", tenantId, objectId);
            }
        return sent;
    }

    /// <summary>The scheduler's pass for one user: sends their digest if it is due now; true when one was sent.</summary>
    public async Task<bool> RunForAsync(Owner owner, CancellationToken ct)
    {
        var row = await db.ReadAsync((c, token) => c.QuerySingleOrDefaultAsync<(string Address, string? LastSentOn)?>(new CommandDefinition(
            "SELECT address, last_sent_on FROM digest_setting WHERE tenant_id = @TenantId AND object_id = @ObjectId AND enabled = 1",
            new { owner.TenantId, owner.ObjectId }, cancellationToken: token)), ct);
        return row is { } r && await SendIfDueAsync(owner, r.Address, r.LastSentOn, ct);
    }

    async Task<bool> SendIfDueAsync(Owner owner, string address, string? lastSentOn, CancellationToken ct)
    {
        var calendar = await outbox.CalendarAsync(owner, ct);
        var local = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), calendar.Zone);
        var day = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!calendar.WorkingDays.Contains(local.DayOfWeek) || local.Hour < settings.DigestHour || lastSentOn == day)
            return false;
        // The day is claimed before sending: whoever updates the row sends; a failed send gives the day back.
        var claimed = await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition("""
            UPDATE digest_setting SET last_sent_on = @Day
            WHERE tenant_id = @TenantId AND object_id = @ObjectId AND enabled = 1 AND (last_sent_on IS NULL OR last_sent_on < @Day)
            """, new { owner.TenantId, owner.ObjectId, Day = day }, tx, cancellationToken: token)), ct);
        if (claimed != 1)
            return false;
        try
        {
            var mail = DigestComposer.Compose(await tracking.ListAsync(owner, null, details: false, local, ct), DateOnly.FromDateTime(local.DateTime),
                settings.PaneLink);
            if (mail is null)
                return false;
            await outbox.SendAsync(owner, address, mail, ct);
            return true;
        }
        catch
        {
            await db.WriteAsync((c, tx, token) => c.ExecuteAsync(new CommandDefinition(
                "UPDATE digest_setting SET last_sent_on = @Previous WHERE tenant_id = @TenantId AND object_id = @ObjectId AND last_sent_on = @Day",
                new { owner.TenantId, owner.ObjectId, Day = day, Previous = lastSentOn }, tx, cancellationToken: token)), CancellationToken.None);
            throw;
        }
    }
}

/// <summary>The digest's text: pure, every value from a mail or a person HTML-encoded.</summary>
public static class DigestComposer
{
    public static DigestMail? Compose(IReadOnlyList<TrackedConversation> tracked, DateOnly today, Uri pane)
    {
        // The week ends on Sunday: "due this week" is today up to then.
        var endOfWeek = today.AddDays(((int)DayOfWeek.Sunday - (int)today.DayOfWeek + 7) % 7);
        var overdue = new List<string>();
        var dueThisWeek = new List<string>();
        var remind = new List<string>();
        var call = new List<string>();
        foreach (var t in tracked)
        {
            var link = $"<a href=\"{Encode(new Uri(pane, "?tracked=" + Uri.EscapeDataString(t.Id)).AbsoluteUri)}\">{Encode(t.Subject)}</a>";
            foreach (var a in t.Agreements.Where(a => a.Checkpoint != Checkpoint.None && a.Due is not null))
            {
                var line = $"{Encode(a.Owner.Name ?? a.Owner.Address)}: {Encode(a.What)} (due {a.Due!.Value.ToString("ddd d MMM", CultureInfo.InvariantCulture)}) — {link}";
                if (a.Checkpoint == Checkpoint.Overdue)
                    overdue.Add(line);
                else if (a.Due.Value >= today && a.Due.Value <= endOfWeek)
                    dueThisWeek.Add(line);
            }
            foreach (var p in t.People)
                if (p.NextStep == NextStep.Remind)
                    remind.Add($"{Encode(p.Name ?? p.Address)} — {link}");
                else if (p.NextStep == NextStep.Call)
                    call.Add($"{Encode(p.Name ?? p.Address)} — {link}");
        }
        if (overdue.Count + dueThisWeek.Count + remind.Count + call.Count == 0)
            return null;
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:Segoe UI,sans-serif\">");
        html.Append(CultureInfo.InvariantCulture, $"<h1>Your follow-ups, {today.ToString("dddd d MMMM", CultureInfo.InvariantCulture)}</h1>");
        Section(html, "Overdue", overdue);
        Section(html, "Due this week", dueThisWeek);
        Section(html, "Who to remind", remind);
        Section(html, "Who to call", call);
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(pane.AbsoluteUri)}\">Open CrossDept</a></p></body></html>");
        return new DigestMail($"CrossDept: {overdue.Count} overdue, {dueThisWeek.Count} due this week, {remind.Count} to remind, {call.Count} to call",
            html.ToString());
    }

    static void Section(StringBuilder html, string title, List<string> lines)
    {
        if (lines.Count == 0)
            return;
        html.Append(CultureInfo.InvariantCulture, $"<h2>{title}</h2><ul>");
        foreach (var line in lines)
            html.Append(CultureInfo.InvariantCulture, $"<li>{line}</li>");
        html.Append("</ul>");
    }

    static string Encode(string text) => WebUtility.HtmlEncode(text);
}

/// <summary>The tenant's outbox: Graph mailboxSettings for the calendar, sendMail to the user themself.</summary>
public sealed class GraphDigestOutbox(UserGraphs graphs) : IDigestOutbox
{
    public async Task<DigestCalendar> CalendarAsync(Owner owner, CancellationToken ct)
    {
        var mailbox = await graphs.For(owner).Me.MailboxSettings.GetAsync(r => r.QueryParameters.Select = ["timeZone", "workingHours"], ct);
        var days = mailbox?.WorkingHours?.DaysOfWeek?.Where(d => d is not null)
            .Select(d => Enum.Parse<DayOfWeek>(d!.Value.ToString(), ignoreCase: true)).ToHashSet();
        return new DigestCalendar(DigestCalendar.ZoneOf(mailbox?.TimeZone), days is { Count: > 0 } ? days : DigestCalendar.Weekdays);
    }

    public Task SendAsync(Owner owner, string address, DigestMail mail, CancellationToken ct) =>
        graphs.For(owner).Me.SendMail.PostAsync(new Microsoft.Graph.Me.SendMail.SendMailPostRequestBody
        {
            Message = new Microsoft.Graph.Models.Message
            {
                Subject = mail.Subject,
                Body = new Microsoft.Graph.Models.ItemBody { ContentType = Microsoft.Graph.Models.BodyType.Html, Content = mail.Html },
                ToRecipients = [new Microsoft.Graph.Models.Recipient { EmailAddress = new Microsoft.Graph.Models.EmailAddress { Address = address } }],
            },
            SaveToSentItems = false,
        }, cancellationToken: ct);
}

/// <summary>Demo mode: the digest is an .eml in the demo outbox folder, on the demo mailbox's time zone and Monday to Friday.</summary>
public sealed class DemoDigestOutbox(string folder, TimeZoneInfo zone, TimeProvider clock) : IDigestOutbox
{
    public string Folder => folder;

    public Task<DigestCalendar> CalendarAsync(Owner owner, CancellationToken ct) => Task.FromResult(new DigestCalendar(zone, DigestCalendar.Weekdays));

    public async Task SendAsync(Owner owner, string address, DigestMail mail, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var message = new MimeMessage { Subject = mail.Subject, Date = clock.GetUtcNow(), Body = new TextPart("html") { Text = mail.Html } };
        message.From.Add(new MailboxAddress("CrossDept", address));
        message.To.Add(MailboxAddress.Parse(address));
        var name = $"digest-{TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone):yyyy-MM-dd}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(folder, name), ct);
    }
}
