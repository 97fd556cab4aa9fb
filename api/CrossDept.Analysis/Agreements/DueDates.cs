using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>A date expression found in a sentence, resolved to a calendar date.</summary>
/// <param name="Date">The calendar date it names, in the sender's time zone.</param>
/// <param name="Text">The words as written, with their lead-in ("by end of day Wednesday").</param>
/// <param name="Index">Where the words start in the sentence.</param>
/// <param name="Length">How long the words are.</param>
/// <param name="IsDeadline">Whether the lead-in makes it a limit ("by", "before", "no later than", "within").</param>
public sealed record DueDate(DateOnly Date, string Text, int Index, int Length, bool IsDeadline)
{
    public int End => Index + Length;
}

/// <summary>
/// Finds the dates people write in mail ("by EOD Wednesday", "next Tuesday", "the 20th", "Nov. 24th", "11/13",
/// "within two weeks") and resolves them against the date the message was sent, in the sender's own time zone.
/// </summary>
/// <remarks>
/// Written by hand: Microsoft.Recognizers.Text does not restore here (its Definitions package is missing from the feed),
/// and the other .NET date parsers on NuGet (Chronic's port, NaturalDateParser) parse a whole string as one date rather
/// than find dates inside a sentence, and are unmaintained. Rules follow how English business mail names deadlines:
/// a bare weekday is the next one to come, "next Friday" is the Friday of next week (weeks start on Monday),
/// a day of the month without a month is the next such day, numeric dates are US month/day unless only day/month fits.
/// </remarks>
public static partial class DueDates
{
    const string Lead = @"(?<lead>\b(?:no later than|not later than|at the latest by|latest by|by|before|on|until|till|due|for|within|in|from)\s+)?";
    const string Weekday = @"(?<wd>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|(?:mon|tues?|weds?|thu(?:rs?)?|fri)(?:\.|\b))";
    const string Month = @"(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    const string DayPart = @"(?:\s+(?<part>morning|afternoon|evening|night|eod|cob|end of day|close of business)\b)?";
    const string EndOfDay = @"(?<eod>first thing|end of (?:the )?day|end of business|close of business|eod|cob|eob)";
    const string OptionalWeekdayBefore = @"(?:(?<wdx>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?:the\s+)?)?";
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Each rule: a pattern (lead-in included) and how it resolves against the sending day.
    static readonly (Regex Pattern, Func<Match, DateOnly, DateOnly?> Resolve)[] Rules =
    [
        // ISO 2026-11-20
        (new(Lead + @"\b(?<y>20\d\d)-(?<m>\d\d)-(?<d>\d\d)\b", Options | RegexOptions.Compiled), (m, _) => Make(Int(m, "y"), Int(m, "m"), Int(m, "d"))),
        // Nov 24, Nov. 24th, November 24th, 2026, Tuesday, November 17
        (new(Lead + OptionalWeekdayBefore + @"\b" + Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|[ap]\.?m\b))(?:,?\s+(?<y>20\d\d)\b)?", Options | RegexOptions.Compiled),
            (m, r) => MonthDay(r, MonthOf(m), Int(m, "d"), Year(m))),
        // 20 Nov, 1st of December, Tuesday 17 November
        (new(Lead + OptionalWeekdayBefore + @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b\.?(?:,?\s+(?<y>20\d\d)\b)?", Options | RegexOptions.Compiled),
            (m, r) => MonthDay(r, MonthOf(m), Int(m, "d"), Year(m))),
        // 11/13, 11/13/2026, 25/11 (day first only where the month cannot be first)
        (new(Lead + OptionalWeekdayBefore + @"(?<![\d/.])(?!24/7)(?<a>\d{1,2})/(?<b>\d{1,2})(?:/(?<y>\d{2}|\d{4}))?(?![\d/])(?!\s+(?:hours?|hrs?|of|an? hour)\b)", Options | RegexOptions.Compiled), Numeric),
        // Tuesday the 17th, on the 20th, by the 1st
        (new(Lead + @"(?:" + Weekday + @",?\s+(?:the\s+)?|\bthe\s+)(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + Month + @")(?=\s*(?:[.,;:!?)]|$|\s+-+\s|\s+(?:at|in|to|and|or|so|but|if|when|which|for|instead|as|latest|works|is|would|please|then)\b))", Options | RegexOptions.Compiled),
            (m, r) => DayOfMonth(r, Int(m, "d"))),
        // by the 20th (ordinal right after a deadline word, without "the")
        (new(@"(?<lead>\b(?:by|before|on|until|no later than)\s+)(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + Month + @")", Options | RegexOptions.Compiled),
            (m, r) => DayOfMonth(r, Int(m, "d"))),
        // today, tomorrow, EOD tomorrow, tomorrow morning, the day after tomorrow
        (new(Lead + @"(?:" + EndOfDay + @"\s+(?:on\s+)?)?(?:the\s+)?\b(?<rel>today|tonight|tomorrow|tmrw|tmr|day after tomorrow|this (?:morning|afternoon|evening))\b" + DayPart, Options | RegexOptions.Compiled),
            (m, r) => m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "today" or "tonight" => r,
                var part when part.StartsWith("this", StringComparison.Ordinal) => r, // "this afternoon": the day it was written
                "day after tomorrow" => r.AddDays(2),
                _ => r.AddDays(1),
            }),
        // (end of day / first thing) (this|next) Wednesday (morning|EOD)
        (new(Lead + @"(?:" + EndOfDay + @"\s+(?:on\s+)?)?(?:(?<rel>this coming|this|next|coming|following)\s+)?\b" + Weekday + DayPart + @"(?:\s+(?:" + EndOfDay + "))?", Options | RegexOptions.Compiled),
            (m, r) => WeekdayDate(r, WeekdayOf(m.Groups["wd"].Value), m.Groups["rel"].Value.ToLowerInvariant(),
                sameDayMeansToday: m.Groups["eod"].Success && !m.Groups["eod"].Value.StartsWith("first", StringComparison.OrdinalIgnoreCase)
                    || m.Groups["part"].Value is { Length: > 0 } p && !p.Equals("morning", StringComparison.OrdinalIgnoreCase))),
        // end of the week / month / quarter, this week, next week, early next week, later this week
        (new(Lead + @"(?:the\s+)?\b(?<when>(?:end|close|early|late|later)(?:\s+of)?\s+(?:the\s+|this\s+|next\s+)?(?:week|month|quarter)|(?:this|next)\s+(?:week|month))\b", Options | RegexOptions.Compiled),
            (m, r) => Period(r, m.Groups["when"].Value.ToLowerInvariant())),
        // end of day / EOD / COB on its own: today
        (new(Lead + @"\b" + EndOfDay + @"\b(?!\s+(?:on\s+)?(?:this|next|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday))", Options | RegexOptions.Compiled),
            (m, r) => m.Groups["eod"].Value.StartsWith("first", StringComparison.OrdinalIgnoreCase) ? null : r),
        // within two weeks, in 3 business days, in the next 10 days
        (new(@"(?<lead>\b(?:within|in|inside)\s+)(?:the\s+)?(?:next\s+)?(?<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|couple of|a few)\s+(?<unit>business days?|working days?|days?|weeks?|months?|hours?)\b", Options | RegexOptions.Compiled),
            Relative),
    ];

    const int Digit = 1, MonthName = 2, DayName = 4, RelativeWord = 8, PeriodWord = 16, EndOfDayWord = 32;

    // What each rule in Rules needs to be worth running, in the same order.
    static readonly int[] RuleNeeds =
    [
        Digit, MonthName, MonthName, Digit, Digit, Digit,
        RelativeWord, DayName, PeriodWord, EndOfDayWord, Digit | RelativeWord,
    ];

    static readonly string[] MonthWords = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    static readonly string[] DayWords = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    static int Clues(string text)
    {
        var clues = 0;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            clues |= Digit;
        var lower = text.ToLowerInvariant();
        if (MonthWords.Any(lower.Contains) && (clues & Digit) != 0)
            clues |= MonthName;
        if (DayWords.Any(lower.Contains))
            clues |= DayName;
        if (lower.Contains("tod") || lower.Contains("tom") || lower.Contains("tmr") || lower.Contains("tonight") || lower.Contains("this morning") || lower.Contains("this afternoon") || lower.Contains("this evening")
            || lower.Contains("within") || lower.StartsWith("in ") || lower.Contains(" in ") || lower.Contains("inside"))
            clues |= RelativeWord;
        if (lower.Contains("week") || lower.Contains("month") || lower.Contains("quarter"))
            clues |= PeriodWord;
        if (lower.Contains("eod") || lower.Contains("cob") || lower.Contains("eob") || lower.Contains("end of") || lower.Contains("close of") || lower.Contains("first thing"))
            clues |= EndOfDayWord;
        return clues;
    }

    /// <summary>Every date expression in the text, resolved against the moment the message was sent.</summary>
    public static IReadOnlyList<DueDate> FindAll(string text, DateTimeOffset sentAt)
    {
        var reference = DateOnly.FromDateTime(sentAt.DateTime); // DateTime of a DateTimeOffset is the sender's local time
        var found = new List<DueDate>();
        // Most sentences name no date: a cheap look for the words every rule needs saves running the patterns at all.
        var clues = Clues(text);
        if (clues == 0)
            return found;
        for (var r = 0; r < Rules.Length; r++)
        {
            if ((clues & RuleNeeds[r]) == 0)
                continue;
            var (pattern, resolve) = Rules[r];
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || resolve(m, reference) is not { } date)
                    continue;
                var lead = m.Groups["lead"].Value.Trim().ToLowerInvariant();
                var candidate = new DueDate(date, m.Value.Trim(), m.Index, m.Value.TrimEnd().Length,
                    lead is "by" or "before" or "no later than" or "not later than" or "at the latest by" or "latest by" or "until" or "till" or "due" or "within");
                // Longer readings win over the pieces they contain ("Tuesday the 17th" over "Tuesday").
                if (found.Any(f => f.Index <= candidate.Index && f.End >= candidate.End))
                    continue;
                found.RemoveAll(f => candidate.Index <= f.Index && candidate.End >= f.End);
                if (found.Any(f => f.Index < candidate.End && candidate.Index < f.End))
                    continue;
                found.Add(candidate);
            }
        }
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        // "the invite for the review (Wednesday 9 Dec) later today": a bracketed date describes the thing; the sentence's
        // own date, when it has one, is the one outside the brackets.
        if (found.Count > 1 && text.Contains('('))
        {
            var outside = found.Where(f => !InBrackets(text, f.Index)).ToList();
            if (outside.Count > 0)
                return outside;
        }
        return found;
    }

    static bool InBrackets(string text, int index)
    {
        var open = text.LastIndexOf('(', index);
        return open >= 0 && text.IndexOf(')', open) is var close && (close < 0 || close > index);
    }

    /// <summary>The date a sentence sets: its first deadline ("by …"), else its first date; null when it names none.</summary>
    public static DueDate? Find(string sentence, DateTimeOffset sentAt)
    {
        var all = FindAll(sentence, sentAt);
        return all.FirstOrDefault(d => d.IsDeadline) ?? all.FirstOrDefault();
    }

    /// <summary>Resolves one expression ("next Tuesday") against a sending day; null when it is not a date.</summary>
    public static DateOnly? Resolve(string expression, DateOnly sentOn) =>
        Find(expression, new DateTimeOffset(sentOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero))?.Date;

    static DateOnly? WeekdayDate(DateOnly reference, DayOfWeek day, string relation, bool sameDayMeansToday)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        var offset = ((int)day + 6) % 7;
        switch (relation)
        {
            case "next" or "following":
                return monday.AddDays(7 + offset);
            case "this":
                var inWeek = monday.AddDays(offset);
                return inWeek >= reference ? inWeek : NextOccurrence(reference, day, sameDayMeansToday);
            default:
                return NextOccurrence(reference, day, sameDayMeansToday);
        }
    }

    static DateOnly NextOccurrence(DateOnly reference, DayOfWeek day, bool sameDayMeansToday)
    {
        var ahead = ((int)day - (int)reference.DayOfWeek + 7) % 7;
        if (ahead == 0 && !sameDayMeansToday)
            ahead = 7;
        return reference.AddDays(ahead);
    }

    static DateOnly? Period(DateOnly reference, string when)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        var next = when.Contains("next");
        if (when.Contains("week"))
        {
            var weekMonday = next ? monday.AddDays(7) : monday;
            if (when.StartsWith("early"))
                return weekMonday;
            var friday = weekMonday.AddDays(4);
            // On a weekend "end of the week" is the coming Friday.
            return friday < reference ? friday.AddDays(7) : friday;
        }
        if (when.Contains("quarter"))
        {
            var lastMonth = ((reference.Month - 1) / 3 + 1) * 3;
            return new DateOnly(reference.Year, lastMonth, DateTime.DaysInMonth(reference.Year, lastMonth));
        }
        var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(next ? 1 : 0);
        if (when.StartsWith("early"))
            return month.AddDays(4);
        return month.AddMonths(1).AddDays(-1);
    }

    static DateOnly? Relative(Match m, DateOnly reference)
    {
        var n = m.Groups["n"].Value.ToLowerInvariant() switch
        {
            "a" or "an" or "one" => 1,
            "two" or "a couple of" or "couple of" => 2,
            "three" or "a few" => 3,
            "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10,
            "eleven" => 11, "twelve" => 12,
            var digits => int.Parse(digits, CultureInfo.InvariantCulture),
        };
        var unit = m.Groups["unit"].Value.ToLowerInvariant();
        if (unit.StartsWith("business") || unit.StartsWith("working"))
            return AddBusinessDays(reference, n);
        if (unit.StartsWith("hour"))
            return reference.AddDays((int)Math.Ceiling(n / 24.0));
        if (unit.StartsWith("week"))
            return reference.AddDays(7 * n);
        if (unit.StartsWith("month"))
            return reference.AddMonths(n);
        return reference.AddDays(n);
    }

    /// <summary>The day that is <paramref name="days"/> working days (Monday to Friday) after <paramref name="from"/>.</summary>
    public static DateOnly AddBusinessDays(DateOnly from, int days)
    {
        var date = from;
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                left--;
        }
        return date;
    }

    static DateOnly? Numeric(Match m, DateOnly reference)
    {
        int a = Int(m, "a"), b = Int(m, "b");
        var (month, day) = a <= 12 ? (a, b) : b <= 12 ? (b, a) : (0, 0);
        if (month == 0)
            return null;
        var year = Year(m);
        if (year is < 100)
            year += 2000;
        return MonthDay(reference, month, day, year);
    }

    static DateOnly? MonthDay(DateOnly reference, int month, int day, int? year)
    {
        if (year is { } y)
            return Make(y, month, day);
        if (Make(reference.Year, month, day) is not { } date)
            return null;
        // Deadlines lie ahead: a date well in the past without a year means next year's ("Jan 5" written in December).
        return date < reference.AddMonths(-3) ? Make(reference.Year + 1, month, day) : date;
    }

    static DateOnly? DayOfMonth(DateOnly reference, int day)
    {
        if (day is < 1 or > 31)
            return null;
        var month = new DateOnly(reference.Year, reference.Month, 1);
        if (day < reference.Day)
            month = month.AddMonths(1);
        // "the 31st" in a 30-day month is the next month that has one.
        for (var i = 0; i < 3; i++, month = month.AddMonths(1))
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
                return new DateOnly(month.Year, month.Month, day);
        return null;
    }

    static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    static int? Year(Match m) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    static int MonthOf(Match m) => m.Groups["mon"].Value[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    static DayOfWeek WeekdayOf(string word) => word.ToLowerInvariant()[..2] switch
    {
        "mo" => DayOfWeek.Monday,
        "tu" => DayOfWeek.Tuesday,
        "we" => DayOfWeek.Wednesday,
        "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday,
        "sa" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
