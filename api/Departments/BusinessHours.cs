namespace CrossDept.Departments;

/// <summary>
/// Business hours as response times are agreed in ("answer within 4 business hours"): 09:00 to 17:00, Monday to Friday,
/// counted in the ask's own time zone (its UTC offset), as the contract counts business days. Pure.
/// </summary>
public static class BusinessHours
{
    public static readonly TimeOnly DayStart = new(9, 0);
    public static readonly TimeOnly DayEnd = new(17, 0);

    /// <summary>Working time between two instants, counted in <paramref name="from"/>'s offset.</summary>
    public static TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
            return TimeSpan.Zero;
        var end = to.ToOffset(from.Offset);
        var total = TimeSpan.Zero;
        for (var day = from.Date; day <= end.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                continue;
            var open = new DateTimeOffset(day + DayStart.ToTimeSpan(), from.Offset);
            var close = new DateTimeOffset(day + DayEnd.ToTimeSpan(), from.Offset);
            var start = from > open ? from : open;
            var stop = end < close ? end : close;
            if (stop > start)
                total += stop - start;
        }
        return total;
    }

    /// <summary>The instant when <paramref name="hours"/> of working time have passed since <paramref name="from"/> (in its offset).</summary>
    public static DateTimeOffset After(DateTimeOffset from, TimeSpan hours)
    {
        var left = hours;
        var cursor = from;
        while (true)
        {
            var day = cursor.Date;
            var open = new DateTimeOffset(day + DayStart.ToTimeSpan(), from.Offset);
            var close = new DateTimeOffset(day + DayEnd.ToTimeSpan(), from.Offset);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && cursor < close)
            {
                var start = cursor > open ? cursor : open;
                if (start + left <= close)
                    return start + left;
                left -= close - start;
            }
            cursor = new DateTimeOffset(day.AddDays(1), from.Offset);
        }
    }
}
