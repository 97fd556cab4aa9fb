namespace CrossDept.Threads;

/// <summary>
/// Who the mailbox owner asked and where each of them stands, per person (contract: recipients).
/// A third email to someone who ignored two does not work; a call does, so two unanswered asks mean "call".
/// </summary>
public static class Recipients
{
    /// <summary>Business time after which a single unanswered ask deserves a reminder.</summary>
    static readonly TimeSpan ReminderAfter = TimeSpan.FromDays(2);

    public static IReadOnlyList<RecipientStatus> Track(IReadOnlyList<ReadMessage> conversation, string me, DateTimeOffset now)
    {
        var ordered = conversation.OrderBy(m => m.Source.SentAt).ToArray();
        // Only the owner's requests ask anyone: thanks, notices, recaps and courtesy lines neither make someone a
        // recipient nor count as unanswered (contract: recipients). Whether a message asks is read once per message.
        var asks = ordered.Where(m => m.Source.From.Is(me) && AsksSomething(m)).ToArray();

        var asked = new List<Person>();
        foreach (var ask in asks)
            foreach (var person in ask.Source.To)
                if (!person.Is(me) && !asked.Any(p => p.Is(person.Address)))
                    asked.Add(person);

        return asked.Select(person => Status(person, ordered, asks, now)).ToArray();
    }

    static RecipientStatus Status(Person person, ReadMessage[] ordered, ReadMessage[] asks, DateTimeOffset now)
    {
        var asksToThem = asks.Where(a => a.Source.To.Any(p => p.Is(person.Address))).ToArray();
        var firstAsk = asksToThem[0].Source.SentAt;
        var fromThem = ordered.Where(m => m.Source.From.Is(person.Address) && m.Source.SentAt > firstAsk).ToArray();

        var lastReply = fromThem.LastOrDefault(m => !m.IsAutoReply)?.Source.SentAt;
        var lastAutoReply = fromThem.LastOrDefault(m => m.IsAutoReply);
        var unanswered = asksToThem.Count(a => lastReply is null || a.Source.SentAt > lastReply);
        var lastAsk = asksToThem[^1].Source.SentAt;
        var name = person.Name ?? ordered.Select(m => m.Source.From).FirstOrDefault(p => p.Is(person.Address) && p.Name is not null)?.Name;

        // An auto-reply only speaks for the time after it: a real reply sent later means they are back.
        var away = lastReply is null && lastAutoReply is not null && IsStillAway(lastAutoReply.AwayUntil, now);

        var status = lastReply is not null ? ReplyStatus.Replied : away ? ReplyStatus.Away : ReplyStatus.Waiting;
        var next = NextStepFor(status, unanswered, lastAsk, now);

        return new RecipientStatus(person.Address, name, status, next, unanswered, lastReply,
            away ? lastAutoReply!.AwayUntil : null, lastAsk);
    }

    /// <summary>
    /// The next step for one person asked, the same for the analysis and the board: none while nothing asked of them is
    /// unanswered (a reply answers everything asked before it); wait while they are away or the one ask is young; a
    /// reminder after two business days; after two unanswered emails a call, because a third email does not work. Someone
    /// who replied and was then asked again climbs the same ladder (contract: "none when replied and nothing asked since").
    /// </summary>
    public static NextStep NextStepFor(ReplyStatus status, int unansweredRequests, DateTimeOffset? lastAskedAt, DateTimeOffset now) => status switch
    {
        _ when unansweredRequests == 0 => NextStep.None,
        ReplyStatus.Away => NextStep.Wait,
        _ when unansweredRequests >= 2 => NextStep.Call,
        _ when lastAskedAt is { } asked && IsReminderDue(asked, now) => NextStep.Remind,
        _ => NextStep.Wait,
    };

    /// <summary>Two business days since the last contact: a single unanswered ask deserves a reminder.</summary>
    public static bool IsReminderDue(DateTimeOffset lastContact, DateTimeOffset now) => BusinessTimeBetween(lastContact, now) >= ReminderAfter;

    /// <summary>An auto-reply's away holds until its stated return day (none stated: until they write again).</summary>
    public static bool IsStillAway(DateOnly? awayUntil, DateTimeOffset now) =>
        awayUntil is null || awayUntil > DateOnly.FromDateTime(now.DateTime);

    static bool AsksSomething(ReadMessage message) =>
        CrossDept.Agreements.Requests.AsksAnything(message.Sentences);

    /// <summary>Time between two instants that falls on Monday to Friday, counted in the ask's own time zone.</summary>
    public static TimeSpan BusinessTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return TimeSpan.Zero;
        var local = to.ToOffset(from.Offset);
        var total = TimeSpan.Zero;
        var cursor = from;
        while (cursor < local)
        {
            var nextMidnight = new DateTimeOffset(cursor.Date.AddDays(1), cursor.Offset);
            var end = nextMidnight < local ? nextMidnight : local;
            if (cursor.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                total += end - cursor;
            cursor = end;
        }
        return total;
    }
}
