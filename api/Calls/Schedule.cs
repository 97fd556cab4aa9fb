namespace CrossDept.Calls;

/// <summary>One person's calendar over a window: when they are busy and when they work.</summary>
public sealed record Schedule(string Address, IReadOnlyList<BusyTime> Busy, WorkingHours? WorkingHours, string? Error = null);

/// <summary>A time that is not free (busy, tentative, out of office).</summary>
public sealed record BusyTime(DateTimeOffset Start, DateTimeOffset End);

/// <summary>The days and hours someone works, in their own time zone.</summary>
public sealed record WorkingHours(IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End, TimeZoneInfo TimeZone)
{
    public static WorkingHours Default(TimeZoneInfo zone) =>
        new(new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday },
            new TimeOnly(9, 0), new TimeOnly(17, 0), zone);

    /// <summary>True when the whole of [start, end) falls inside one working day.</summary>
    public bool Covers(DateTimeOffset start, DateTimeOffset end)
    {
        var localStart = TimeZoneInfo.ConvertTime(start, TimeZone);
        var localEnd = TimeZoneInfo.ConvertTime(end, TimeZone);
        if (localStart.Date != localEnd.AddTicks(-1).Date || !Days.Contains(localStart.DayOfWeek))
            return false;
        var from = TimeOnly.FromDateTime(localStart.DateTime);
        var to = localEnd.Date > localStart.Date ? TimeOnly.MaxValue : TimeOnly.FromDateTime(localEnd.DateTime);
        return from >= Start && to <= End;
    }

    /// <summary>A Windows or IANA time zone name as Graph and Exchange write them; UTC when unknown.</summary>
    public static TimeZoneInfo Zone(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return TimeZoneInfo.Utc;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone))
            return zone;
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(name, out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out zone))
            return zone;
        return TimeZoneInfo.Utc;
    }
}

/// <summary>A meeting to put on the calendar, with an online meeting link.</summary>
public sealed record CallInvitation(string Subject, string Html, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<Threads.Person> Attendees);

/// <summary>The call as created on the user's calendar.</summary>
public sealed record ScheduledCall(string Id, string? WebLink, string? JoinUrl, DateTimeOffset Start, DateTimeOffset End)
{
    /// <summary>The event id.</summary>
    /// <example>AAMkAGI1AAAt9AHjAAA=</example>
    public string Id { get; init; } = Id;

    /// <summary>Opens the event in Outlook on the web (null in the demo mailbox).</summary>
    /// <example>https://outlook.office365.com/owa/?itemid=AAMkAGI1AAAt9AHjAAA%3D&amp;exvsurl=1&amp;path=/calendar/item</example>
    public string? WebLink { get; init; } = WebLink;

    /// <summary>The Teams meeting link (null in the demo mailbox).</summary>
    /// <example>https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3</example>
    public string? JoinUrl { get; init; } = JoinUrl;

    /// <example>2026-11-13T14:00:00Z</example>
    public DateTimeOffset Start { get; init; } = Start;

    /// <example>2026-11-13T14:15:00Z</example>
    public DateTimeOffset End { get; init; } = End;
}
