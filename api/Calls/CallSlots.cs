namespace CrossDept.Calls;

/// <summary>Free times for a short call: inside everyone's working hours, outside everyone's busy times. Pure.</summary>
public static class CallSlots
{
    /// <summary>The least notice a proposed call gives: a call starting this minute is not one the other person can accept.</summary>
    public static readonly TimeSpan MinimumNotice = TimeSpan.FromMinutes(30);

    /// <summary>The window to look in: from <see cref="MinimumNotice"/> after now to the end of the N-th business day after today, in the user's time zone.</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Window(DateTimeOffset now, int businessDays, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var day = local.Date;
        for (var counted = 0; counted < businessDays;)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                counted++;
        }
        var endLocal = day.AddDays(1);
        return (now + MinimumNotice, new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)));
    }

    public static IReadOnlyList<Slot> Find(IReadOnlyList<Schedule> schedules, DateTimeOffset from, DateTimeOffset to, int minutes, int max,
        TimeZoneInfo fallbackZone)
    {
        var length = TimeSpan.FromMinutes(minutes);
        var busy = schedules.SelectMany(s => s.Busy).OrderBy(b => b.Start).ToArray();
        var hours = schedules.Select(s => s.WorkingHours ?? WorkingHours.Default(fallbackZone)).ToArray();
        var slots = new List<Slot>();
        // Calls start on the quarter or half hour, as people book them.
        var step = TimeSpan.FromMinutes(minutes <= 15 ? 15 : 30);
        var start = new DateTimeOffset(from.UtcDateTime.Ticks / step.Ticks * step.Ticks, TimeSpan.Zero);
        if (start < from)
            start += step;
        for (; start + length <= to && slots.Count < max; start += step)
        {
            var end = start + length;
            if (hours.All(h => h.Covers(start, end)) && !busy.Any(b => b.Start < end && start < b.End))
                slots.Add(new Slot(start, end));
        }
        return slots;
    }

    /// <summary>
    /// At most <paramref name="max"/> of the free slots spread over the days they fall on, earliest first: each day's first
    /// free time, then one at least <paramref name="apart"/> (an hour) later on each day, and so on — so the person gets a choice of
    /// days and times of day, not every quarter hour of one afternoon.
    /// </summary>
    public static IReadOnlyList<Slot> Spread(IReadOnlyList<Slot> free, int max, TimeZoneInfo zone, TimeSpan? apart = null)
    {
        var gap = apart ?? TimeSpan.FromHours(1);
        var days = free.GroupBy(s => TimeZoneInfo.ConvertTime(s.Start, zone).Date).OrderBy(g => g.Key)
            .Select(day =>
            {
                var picked = new List<Slot>();
                foreach (var slot in day.OrderBy(s => s.Start))
                    if (picked.Count == 0 || slot.Start - picked[^1].Start >= gap)
                        picked.Add(slot);
                return picked;
            }).ToArray();
        var spread = new List<Slot>();
        for (var round = 0; spread.Count < max && days.Any(d => d.Count > round); round++)
            foreach (var day in days)
                if (day.Count > round && spread.Count < max)
                    spread.Add(day[round]);
        return spread.OrderBy(s => s.Start).ToArray();
    }
}

/// <summary>A free time for the call, in UTC.</summary>
public sealed record Slot(DateTimeOffset Start, DateTimeOffset End)
{
    /// <example>2026-11-13T14:00:00+00:00</example>
    public DateTimeOffset Start { get; init; } = Start;

    /// <example>2026-11-13T14:15:00+00:00</example>
    public DateTimeOffset End { get; init; } = End;
}
