using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CrossDept.Auth;
using CrossDept.Calls;
using CrossDept.People;
using CrossDept.Threads;
using CrossDept.Threads.Reading;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MimeKit;

namespace CrossDept.Mailbox;

/// <summary>
/// The demo mailbox: each sub-folder of <c>samples</c> is one conversation of .eml files, owned by the demo user.
/// What the demo creates (call invitations as .ics, confirmation drafts as .eml) is written to an output folder and
/// read back, so free/busy reflects the calls already booked.
/// </summary>
public sealed partial class EmlMailbox(string samplesFolder, string outputFolder, TimeProvider clock, TimeZoneInfo peopleZone) : IMailbox
{
    /// <summary>The folder of conversation sub-folders (the demo's live following watches it).</summary>
    public string SamplesFolder => samplesFolder;

    string Calendar => Path.Combine(outputFolder, "calendar");
    string Drafts => Path.Combine(outputFolder, "drafts");

    public Task<IReadOnlyList<ConversationListing>> ConversationsAsync(CancellationToken cancellationToken)
    {
        var listings = Directory.GetDirectories(samplesFolder)
            .Where(d => !Path.GetFileName(d).StartsWith('.') && Directory.EnumerateFiles(d, "*.eml").Any())
            .Select(d => (Id: Path.GetFileName(d), Messages: MimeSource.Load([d], cancellationToken)))
            .Select(c => new ConversationListing(c.Id,
                Subjects.Topic(c.Messages.OrderBy(m => m.SentAt).First().Subject),
                c.Messages.Max(m => m.SentAt), c.Messages.Count))
            .OrderByDescending(c => c.LastMessageAt)
            .ToArray();
        return Task.FromResult<IReadOnlyList<ConversationListing>>(listings);
    }

    public Task<ConversationInput?> ConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var folder = Folder(conversationId);
        return Task.FromResult(folder is null ? null : new ConversationInput(null, MimeSource.Load([folder], cancellationToken)));
    }

    /// <summary>Only a plain sub-folder name is a conversation id: no way out of the samples folder.</summary>
    string? Folder(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id != Path.GetFileName(id) || id.StartsWith('.'))
            return null;
        var folder = Path.Combine(samplesFolder, id);
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.eml").Any() ? folder : null;
    }

    /// <summary>The demo signs with the demo owner's name, which is the demo user's own.</summary>
    public Task<string?> MyNameAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public async Task<IReadOnlyList<PersonCard>> PeopleAsync(IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        // The demo's directory is samples/directory.json (title, department, phones, manager); a person missing from it is
        // known from the samples alone (name, the phones in their signature). Away: whether their automatic reply is on per the analysis.
        var directory = DemoDirectory.Load(samplesFolder);
        var conversations = new List<IReadOnlyList<IncomingMessage>>();
        foreach (var listing in await ConversationsAsync(cancellationToken))
            conversations.Add((await ConversationAsync(listing.Id, cancellationToken))!.Messages);
        var now = clock.GetLocalNow();
        var cards = new List<PersonCard>();
        foreach (var address in addresses)
        {
            var seen = conversations.SelectMany(c => c).SelectMany(m => m.To.Prepend(m.From).Concat(m.Cc)).Where(p => p.Is(address)).ToArray();
            var listed = directory.GetValueOrDefault(address.Trim());
            if (seen.Length == 0 && listed is null)
                continue;
            var phones = conversations.SelectMany(c => c).Where(m => m.From.Is(address)).OrderByDescending(m => m.SentAt)
                .SelectMany(m => SignaturePhones(m.Text ?? "")).Distinct().ToArray();
            var away = conversations
                .Select(c => ThreadAnalyzer.Analyze(new ConversationInput(null, c), DemoMailbox.Address, now).Recipients)
                .SelectMany(r => r)
                .FirstOrDefault(r => r.Address.Equals(address, StringComparison.OrdinalIgnoreCase) && r.Status == ReplyStatus.Away);
            var manager = listed?.Manager is { } boss ? new PersonRef(directory.GetValueOrDefault(boss)?.Name, boss) : null;
            cards.Add(new PersonCard(address, listed?.Name ?? seen.Select(p => p.Name).FirstOrDefault(n => n is not null), listed?.JobTitle,
                listed?.Department, listed?.Phones is { Count: > 0 } listedPhones ? listedPhones : phones, manager,
                away is null ? null : new AwayNotice(away.AwayUntil?.ToDateTime(TimeOnly.MinValue), null)));
        }
        return cards;
    }

    /// <summary>Phone numbers in the last lines of what the person wrote above any quoted text.</summary>
    // REVIEW: the demo's stand-in for the directory; a tenant reads businessPhones/mobilePhone from Graph.
    static IEnumerable<string> SignaturePhones(string text)
    {
        var own = QuoteStart().Split(text, 2)[0];
        var lines = own.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(6);
        return lines.SelectMany(l => Phone().Matches(l).Select(m => m.Value.Trim()));
    }

    [GeneratedRegex(@"^(On .+wrote:|-----\s*Original Message|From:\s)", RegexOptions.Multiline)]
    private static partial Regex QuoteStart();

    [GeneratedRegex(@"\+?\(?\d[\d ()./-]{7,}\d")]
    private static partial Regex Phone();

    public Task<IReadOnlyList<Schedule>> SchedulesAsync(IReadOnlyList<string> addresses, DateTimeOffset start, DateTimeOffset end,
        int intervalMinutes, CancellationToken cancellationToken)
    {
        var booked = Directory.Exists(Calendar)
            ? Directory.GetFiles(Calendar, "*.ics").SelectMany(f => Ical.Net.Calendar.Load(File.ReadAllText(f))!.Events)
                .Select(e => new BusyTime(new DateTimeOffset(e.DtStart!.AsUtc, TimeSpan.Zero), new DateTimeOffset(e.DtEnd!.AsUtc, TimeSpan.Zero)))
                .Where(b => b.Start < end && start < b.End).ToArray()
            : [];
        // REVIEW: the demo has only the owner's calendar (the calls it booked); everyone else counts as free in
        // working hours of the demo people's time zone.
        var hours = WorkingHours.Default(peopleZone);
        IReadOnlyList<Schedule> schedules = addresses
            .Select(a => new Schedule(a, a.Equals(DemoMailbox.Address, StringComparison.OrdinalIgnoreCase) ? booked : [], hours))
            .ToArray();
        return Task.FromResult(schedules);
    }

    public async Task<ScheduledCall> CreateCallAsync(CallInvitation call, string idempotencyKey, CancellationToken cancellationToken)
    {
        var id = Marker(idempotencyKey);
        var path = Path.Combine(Calendar, id + ".ics");
        if (!File.Exists(path))
        {
            var calendar = new Ical.Net.Calendar();
            var invitation = new CalendarEvent
            {
                Uid = id,
                Summary = call.Subject,
                Description = call.Html,
                DtStart = new CalDateTime(call.Start.UtcDateTime),
                DtEnd = new CalDateTime(call.End.UtcDateTime),
                Organizer = new Organizer("mailto:" + DemoMailbox.Address) { CommonName = DemoMailbox.Name },
            };
            foreach (var attendee in call.Attendees)
                invitation.Attendees.Add(new Attendee("mailto:" + attendee.Address) { CommonName = attendee.Name, Rsvp = true });
            calendar.Events.Add(invitation);
            Directory.CreateDirectory(Calendar);
            await WriteOnceAsync(path, new CalendarSerializer().SerializeToString(calendar)!, cancellationToken);
        }
        return new ScheduledCall(id, null, null, call.Start, call.End);
    }

    public async Task<CreatedDraft?> CreateReplyAllDraftAsync(string conversationId, ConfirmationDraft draft, string idempotencyKey,
        CancellationToken cancellationToken)
    {
        var conversation = await ConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
            return null;
        var id = Marker(idempotencyKey);
        var path = Path.Combine(Drafts, id + ".eml");
        if (!File.Exists(path))
        {
            var latest = conversation.Messages.OrderBy(m => m.SentAt).Last();
            var message = new MimeMessage { Subject = draft.Subject, Date = clock.GetUtcNow() };
            message.From.Add(new MailboxAddress(DemoMailbox.Name, DemoMailbox.Address));
            // Reply-all when the draft names nobody: everyone on the latest message but the owner.
            var to = draft.To.Count > 0 ? draft.To : latest.To.Prepend(latest.From).Select(p => p.Address).Where(a => !a.Equals(DemoMailbox.Address, StringComparison.OrdinalIgnoreCase)).Distinct().ToArray();
            var cc = draft.To.Count > 0 ? draft.Cc : latest.Cc.Select(p => p.Address).Where(a => !a.Equals(DemoMailbox.Address, StringComparison.OrdinalIgnoreCase)).ToArray();
            message.To.AddRange(to.Select(Mailbox));
            message.Cc.AddRange(cc.Select(Mailbox));
            if (latest.Id is { } inReplyTo)
                message.InReplyTo = inReplyTo.Trim('<', '>');
            message.Body = new BodyBuilder { HtmlBody = draft.Html, TextBody = draft.Text }.ToMessageBody();
            Directory.CreateDirectory(Drafts);
            using var buffer = new MemoryStream();
            await message.WriteToAsync(buffer, cancellationToken);
            await WriteOnceAsync(path, Encoding.UTF8.GetString(buffer.ToArray()), cancellationToken);
        }
        return new CreatedDraft(id, null, draft.Subject);
    }

    /// <summary>Creates the file only if absent: two concurrent requests with one key still write one item.</summary>
    static async Task WriteOnceAsync(string path, string content, CancellationToken cancellationToken)
    {
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            await file.WriteAsync(Encoding.UTF8.GetBytes(content), cancellationToken);
        }
        catch (IOException) when (File.Exists(path))
        {
        }
    }

    /// <summary>
    /// Real mail has local parts RFC 5322 only allows quoted (t..hodge@, .nelson@, carol.st.@): those are written quoted,
    /// so the person stays on the draft instead of failing it.
    /// </summary>
    static MailboxAddress Mailbox(string address)
    {
        if (MailboxAddress.TryParse(address, out var parsed))
            return parsed;
        var at = address.LastIndexOf('@');
        var quoted = $"\"{address[..at].Replace("\\", "\\\\").Replace("\"", "\\\"")}\"{address[at..]}";
        return MailboxAddress.TryParse(quoted, out var reparsed) ? reparsed
            : throw new ArgumentException($"'{address}' is not an email address.", nameof(address));
    }

    static string Marker(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32].ToLowerInvariant();
}

/// <summary>The demo mailbox's directory: samples/directory.json, what Graph's /users would give in a tenant.</summary>
sealed record DemoDirectory(string Address, string? Name, string? JobTitle, string? Department, IReadOnlyList<string>? Phones, string? Manager)
{
    sealed record File(IReadOnlyList<DemoDirectory>? People);

    public static Dictionary<string, DemoDirectory> Load(string samplesFolder)
    {
        var path = Path.Combine(samplesFolder, "directory.json");
        if (!System.IO.File.Exists(path))
            return new(StringComparer.OrdinalIgnoreCase);
        var file = System.Text.Json.JsonSerializer.Deserialize<File>(System.IO.File.ReadAllText(path),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
        return (file?.People ?? []).Where(p => !string.IsNullOrWhiteSpace(p.Address))
            .ToDictionary(p => p.Address.Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
