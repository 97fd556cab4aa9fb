using System.Globalization;
using System.Text.RegularExpressions;
using CrossDept.Language;

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

/// <summary>Which number of a numeric date ("5/11") is the month.</summary>
public enum DateOrder
{
    /// <summary>5/11 is 5 November: most of the world, and every dotted date (5.11.).</summary>
    DayFirst,
    /// <summary>5/11 is May 11: the United States, Canada's English writers, the Philippines.</summary>
    MonthFirst,
}

/// <summary>
/// The date-order policy, in one place: which way round the writer of a numeric date meant it.
/// </summary>
/// <remarks>
/// Evidence, strongest first:
/// <list type="number">
/// <item>the date itself: 13/05 can only be day first and 05/13 only month first (<see cref="DueDates"/> applies this
/// before asking the policy), a dotted date (05.11., 5.11.2026) is day first everywhere it is written, and a four-digit
/// year first (2026-11-05, 2026/11/05) is ISO;</item>
/// <item>a language hint with a region (Content-Language on an automatic reply; any caller may pass one): the United
/// States and its territories, the Philippines (and "fil") and English Canada are month first, every other region
/// (fr-CA included) day first; a bare "en" says nothing;</item>
/// <item>the country of the sender's address (<c>.de</c>, <c>.co.uk</c>, <c>.in</c> day first; <c>.us</c>, <c>.ph</c> month
/// first; <c>.ca</c> says nothing, as Canada writes both ways): a country domain names where the writer works, which their
/// time zone only guesses at; generic domains (<c>.com</c>, <c>.org</c>) and country codes sold as generic ones
/// (<c>.io</c>, <c>.co</c>, <c>.ai</c>: date-generic-tlds) say nothing;</item>
/// <item>the sender's UTC offset on the message: −04:00 to −10:00 (Atlantic-daylight to Hawaii: the United States and
/// Canada) reads month first, every other offset day first. REVIEW: this misreads the writers of Latin America who share
/// those offsets (Colombia, Peru and Chile write day first); a language hint, when there is one, corrects it.</item>
/// </list>
/// </remarks>
public static class DateOrders
{
    static WordList MonthFirstRegions => Lexicon.Of("date-month-first-regions");

    /// <summary>The order a message's numeric dates are read in, from its sending offset and an optional language tag.</summary>
    public static DateOrder For(DateTimeOffset sentAt, string? language = null) =>
        FromLanguage(language) ?? FromOffset(sentAt.Offset);

    /// <summary>
    /// The order a message's numeric dates are read in: its Content-Language when that names a region, else the country of
    /// the sender's address, else the offset it was sent at.
    /// </summary>
    public static DateOrder For(CrossDept.Threads.IncomingMessage message) =>
        FromLanguage(message.Headers.GetValueOrDefault("Content-Language")) ?? FromAddress(message.From.Address) ?? FromOffset(message.SentAt.Offset);

    static WordList GenericTlds => Lexicon.Of("date-generic-tlds");

    /// <summary>What the country domain of an address says ("raj@firma.de" day first, "kim@agency.us" month first), or null
    /// for a generic domain, a country code sold as a generic one, and Canada.</summary>
    public static DateOrder? FromAddress(string? address)
    {
        if (string.IsNullOrEmpty(address))
            return null;
        var dot = address.LastIndexOf('.');
        if (dot < 0 || dot < address.LastIndexOf('@') || address.Length - dot - 1 != 2)
            return null;
        var tld = address[(dot + 1)..];
        if (!char.IsAsciiLetter(tld[0]) || !char.IsAsciiLetter(tld[1]) || GenericTlds.Contains(tld) || tld.Equals("ca", StringComparison.OrdinalIgnoreCase))
            return null;
        return MonthFirstRegions.Contains(tld) ? DateOrder.MonthFirst : DateOrder.DayFirst;
    }

    /// <summary>What a language tag says, or null when it names no region ("en", "", null).</summary>
    public static DateOrder? FromLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language))
            return null;
        // "en-US, fr-FR;q=0.5": the first tag is the message's own language.
        var tag = language.Split(',', ';')[0].Trim();
        if (tag.Equals("fil", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("fil-", StringComparison.OrdinalIgnoreCase))
            return DateOrder.MonthFirst;
        var parts = tag.Split('-', '_');
        var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2);
        if (region is null)
            return null;
        // Canada writes both ways: English Canadians mostly month first, French Canadians day first.
        if (region.Equals("CA", StringComparison.OrdinalIgnoreCase))
            return parts[0].Equals("en", StringComparison.OrdinalIgnoreCase) ? DateOrder.MonthFirst : DateOrder.DayFirst;
        return MonthFirstRegions.Contains(region) ? DateOrder.MonthFirst : DateOrder.DayFirst;
    }

    /// <summary>North American offsets (−04:00 to −10:00) read month first; every other offset day first.</summary>
    public static DateOrder FromOffset(TimeSpan offset) =>
        offset <= TimeSpan.FromHours(-4) && offset >= TimeSpan.FromHours(-10) ? DateOrder.MonthFirst : DateOrder.DayFirst;
}

/// <summary>
/// Finds the dates people write in mail ("by EOD Wednesday", "next Tuesday", "the 20th", "Nov. 24th", "11/13",
/// "within two weeks", "mid-December", "Monday next week") and resolves them against the date the message was sent,
/// in the sender's own time zone. The one date resolver: due dates and out-of-office return dates both come from here.
/// </summary>
/// <remarks>
/// Written by hand: Microsoft.Recognizers.Text does not restore here (its Definitions package is missing from the feed),
/// and the other .NET date parsers on NuGet (Chronic's port, NaturalDateParser) parse a whole string as one date rather
/// than find dates inside a sentence, and are unmaintained. Rules follow how English business mail names deadlines:
/// a bare weekday is the next one to come, "next Friday" is the Friday of next week (weeks start on Monday),
/// a day of the month without a month is the next such day, numeric dates follow <see cref="DateOrders"/>.
/// The words are lexicon lists (Lexicon/en/date-*.txt); lists whose words carry a value say it in their reason
/// ("tomorrow # = 1"). A date that falls outside 1900–2200, or arithmetic that would leave the calendar (a message
/// dated in year 9999 or year 1), is no date: never an exception.
/// </remarks>
public static class DueDates
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;
    const int MinYear = 1900, MaxYear = 2200;

    static string L(string name) => Lexicon.Of(name).Pattern;

    static readonly string Lead = $@"(?<lead>\b(?:{L("date-lead-words")})\s+)?";
    // "Thu. 12 Nov": an abbreviation may carry its dot; a full name's dot ends the sentence and is not part of the date.
    static readonly string Weekday = $@"(?<wd>\b(?:{L("weekdays")})\b(?:(?<=\b[a-z]{{2,5}})\.)?)";
    static readonly string Month = $@"(?<mon>\b(?:{L("months")}))";
    static readonly string EndOfDay = $@"(?<eod>{L("date-first-thing")}|{L("date-end-of-day")})";
    static readonly string DayPart = $@"(?:\s+(?<part>{L("date-day-parts")}|{L("date-end-of-day")})\b)?";
    // "next Thursday 26/11": the relation word belongs to the date too, so it leaves the task's words with it.
    static readonly string OptionalWeekdayBefore = $@"(?:(?:\b(?:{L("date-relations")})\s+)?(?<wdx>\b(?:{L("weekdays")}))\.?,?\s+(?:the\s+)?)?";
    static readonly string NotAQuantity = $@"(?!\s+(?:{L("date-not-after-numbers")})\b)";

    // Each rule: a pattern (lead-in included) and how it resolves against the sending day and the writer's date order.
    static readonly (Regex Pattern, Func<Match, DateOnly, DateOrder, DateOnly?> Resolve, int Needs)[] Rules =
    [
        // ISO 2026-11-20, 2026/11/20
        (new(Lead + @"(?<![\d/.-])(?<y>\d{4})(?<sep>[-/])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d/-])", Options),
            (m, _, _) => Make(Int(m, "y"), Int(m, "m"), Int(m, "d")), Digit | DigitDashOrSlashDigit),
        // Nov 24, Nov. 24th, November 24th, 2026, Tuesday, November 17
        (new(Lead + OptionalWeekdayBefore + Month + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?::|[ap]\.?m\b))(?:,?\s+(?<y>\d{4})\b)?", Options),
            (m, r, _) => MonthDay(r, MonthOf(m), Int(m, "d"), Year(m)), Digit | MonthName),
        // 20 Nov, 1st of December, Tuesday 17 November, Mon 4 Jan; and the dashed or slashed forms of registers, minutes
        // and the Gulf and South Asia ("20-Nov-2026", "20-Nov", "05/Dec/26"), whose short year needs the separator.
        (new(Lead + OptionalWeekdayBefore + @"\b(?<d>\d{1,2})(?:(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b\.?(?:,?\s+(?<y>\d{4})\b)?|(?<sep>[-/])" + Month + @"\b(?:\k<sep>(?<y>\d{4}|\d{2})\b)?)", Options),
            (m, r, _) => MonthDay(r, MonthOf(m), Int(m, "d"), TwoDigitYear(Year(m))), Digit | MonthName),
        // 11/13, 11/13/2026, 25/11, 5/11/26: the writer's order unless only one reading is a date
        (new(Lead + OptionalWeekdayBefore + @"(?<![\d/.])(?!24/7)(?<a>\d{1,2})/(?<b>\d{1,2})(?:/(?<y>\d{4}|\d{2}))?(?![\d/])" + NotAQuantity, Options),
            Numeric, Digit | DigitSlashDigit),
        // 26-11, Thursday 26-11, by 20-11, 16-11-2026: the dashed form (Dutch, Indian, much of Europe), in the writer's order.
        // Without a year a dash is as often a range or a score ("9-5", "2-3 days", "pages 3-12"), so it is a date only
        // after a weekday or a deadline or day word ("on 20-11", "before 25-11"), not after "from", "in" or "for".
        (new(Lead + OptionalWeekdayBefore + @"(?<![\d/.:-])(?<a>\d{1,2})-(?<b>\d{1,2})(?:-(?<y>\d{4}|\d{2}))?(?![\d/:-]|\.\d)" + NotAQuantity, Options),
            Dashed, Digit | DigitDashOrSlashDigit),
        // 05.11., 20.11., 5.11.2026, and in a list's date column or after "ok for" 13.11: day first wherever it is written.
        // Without a year it needs its closing dot and a two-digit month or a lead-in ("by 5.11."); without the closing dot
        // too ("— 13.11", "ok for 27.11") both numbers must have two digits, so "version 2.3", "grew 12.5." and "3.11 %"
        // stay numbers, and a money sign or a unit after it ("13.10 EUR", "10.05 am") keeps it one.
        (new(Lead + OptionalWeekdayBefore + $@"(?<!\b(?:{L("date-not-dotted")})\s*)(?<![\d.,]|[$€£¥]\s?)(?<a>\d{{1,2}})\.(?<b>\d{{1,2}})(?:\.(?<y>\d{{4}}|\d{{2}})(?![\d.])|\.(?!\d)|(?<open>)(?<=\d\d\.\d\d)(?![\d.:]|,\d|\s*[%€$£]))" + NotAQuantity, Options),
            Dotted, Digit | DigitDotDigit),
        // Tuesday the 17th, on the 20th, by the 1st
        (new(Lead + @"(?:" + Weekday + @",?\s+(?:the\s+)?|\bthe\s+)(?<d>\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + Month + @")(?=\s*(?:[^\p{L}\p{N}\s\-'""“”‘’]|$|\s+-+\s|\s+(?:" + L("date-after-ordinal") + @")\b))", Options),
            (m, r, _) => DayOfMonth(r, Int(m, "d")), Digit | DigitSuffix),
        // "on Monday 16, as we agreed", "Wed 18": a weekday and the day of the month with no suffix, never a time or a count.
        (new(Lead + Weekday + @",?\s+(?<d>\d{1,2})\b(?!\s*(?:st|nd|rd|th)\b|\s*(?::|\.\d|[ap]\.?m\b|h\b|%|/|-\d)|\s+(?:of\s+)?" + Month + @")(?=\s*(?:[^\p{L}\p{N}\s\-'""“”‘’]|$|\s+-+\s|\s+(?:" + L("date-after-ordinal") + @")\b))", Options),
            (m, r, _) => DayOfMonth(r, Int(m, "d")), Digit | DayName | DayThenNumber),
        // by the 20th (ordinal right after a deadline word, without "the")
        (new($@"(?<lead>\b(?:{L("date-lead-words")})\s+)(?<d>\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + Month + ")", Options),
            (m, r, _) => DayOfMonth(r, Int(m, "d")), Digit | DigitSuffix),
        // today, tomorrow, EOD tomorrow, tomorrow morning, first thing tomorrow, the day after tomorrow
        (new(Lead + @"(?:" + EndOfDay + @"\s+(?:on\s+)?)?(?:the\s+)?\b(?<rel>" + L("date-relative-days") + @")\b" + DayPart, Options),
            (m, r, _) => Shift(r, Value("date-relative-days", m.Groups["rel"].Value)), RelativeDay),
        // (end of day / first thing) (this|next) Wednesday (morning|EOD); Monday next week
        (new(Lead + @"(?:" + EndOfDay + @"\s+(?:on\s+)?)?(?:(?<rel>" + L("date-relations") + @")\s+)?" + Weekday + DayPart + @"(?:\s+" + EndOfDay + @")?(?:\s+(?:of\s+)?(?<nw>next\s+week)\b)?", Options),
            ResolveWeekday, DayName),
        // mid-December, early January, end of March: a part of a named month
        (new(Lead + $@"(?:the\s+)?\b(?<edge>{L("date-period-edges")})(?:\s+of|-)?\s*(?:the\s+month\s+of\s+)?" + Month + @"\b\.?(?:\s+(?<y>\d{4}))?", Options),
            NamedMonthPart, MonthName),
        // end of the week / month / quarter, this week, next week, early next week, mid-month, midweek, later this week
        (new(Lead + $@"(?:the\s+)?\b(?:(?<edge>{L("date-period-edges")})(?:\s+of|-)?\s*(?:the\s+|this\s+|(?<next>next)\s+)?(?<per>{L("date-periods")})|(?<this>this|(?<next>next))\s+(?<per>{L("date-periods")}))\b", Options),
            Period, PeriodWord),
        // end of day / EOD / COB on its own: today; "first thing" on its own: the next working morning
        (new(Lead + @"\b" + EndOfDay + $@"\b(?!\s+(?:on\s+)?(?:{L("date-relations")}|{L("date-relative-days")}|{L("weekdays")})\b)", Options),
            (m, r, _) => Lexicon.Of("date-first-thing").Contains(OneSpace(m.Groups["eod"].Value)) ? SafeBusinessDays(r, 1) : r, EndOfDayWord),
        // within two weeks, in 3 business days, in the next 10 days, in a fortnight; two weeks from today (not "within one
        // week after PO": counted from an event, not from the sending day)
        (new($@"(?:(?<lead>\b(?:{L("date-span-cues")})\s+)(?:the\s+)?(?<n>\d{{1,3}}|{L("date-numbers")})\s+(?<unit>{L("date-units")})\b(?!\s+(?:{L("date-span-events")})\s+(?!(?:today|now)\b))" +
              $@"|\b(?<n>\d{{1,3}}|{L("date-numbers")})\s+(?<unit>{L("date-units")})\s+from\s+(?:today|now)\b)", Options),
            Relative, SpanUnit),
    ];

    const int Digit = 1, MonthName = 2, DayName = 4, RelativeDay = 8, PeriodWord = 16, EndOfDayWord = 32, SpanUnit = 64;
    // What the numeric rules need beyond a digit, from one pass over the characters: most numbers in mail are counts,
    // amounts and references ("48 pallets", "lot 17"), not dates, and need not be scanned by five patterns each.
    const int DigitDashOrSlashDigit = 128, DigitSlashDigit = 256, DigitDotDigit = 512, DigitSuffix = 1024, DayThenNumber = 2048;

    // \d is any Unicode decimal digit, as in the patterns; an ordinal suffix's first letter, ignoring case, may also be a
    // non-ASCII letter the patterns' case rules equate with it (ſ is s), so any non-ASCII character counts.
    static int DigitShapes(string text)
    {
        var shapes = 0;
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsDigit(text[i]))
                continue;
            var next = text[i + 1];
            var digitAfter = i + 2 < text.Length && char.IsDigit(text[i + 2]);
            if (next is '-' or '/' && digitAfter)
                shapes |= DigitDashOrSlashDigit | (next == '/' ? DigitSlashDigit : 0);
            else if (next == '.' && digitAfter)
                shapes |= DigitDotDigit;
            else if (next is 's' or 'S' or 'n' or 'N' or 'r' or 'R' or 't' or 'T' || next > '\u007F')
                shapes |= DigitSuffix;
        }
        return shapes;
    }

    // A cheap look for the words each rule needs: most sentences name no date, so most rules need not run at all.
    static readonly Regex MonthClue = new($@"\b(?:{L("months")})", Options);
    static readonly Regex DayClue = new($@"\b(?:{L("weekdays")})", Options);
    static readonly Regex DayNumberClue = new($@"\b(?:{L("weekdays")})\.?,?\s+\d", Options);
    static readonly Regex RelativeClue = new($@"\b(?:{L("date-relative-days")})\b", Options);
    static readonly Regex UnitClue = new($@"\b(?:{L("date-units")})\b", Options);
    static readonly Regex PeriodClue = new($@"\b(?:{L("date-periods")})|\bmid", Options);
    static readonly Regex EndOfDayClue = new($@"\b(?:{L("date-end-of-day")}|{L("date-first-thing")})\b", Options);

    static int Clues(string text)
    {
        var clues = 0;
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            clues |= Digit | DigitShapes(text);
        if (MonthClue.IsMatch(text))
            clues |= MonthName;
        if (DayClue.IsMatch(text))
            clues |= DayName;
        if ((clues & (Digit | DayName)) == (Digit | DayName) && DayNumberClue.IsMatch(text))
            clues |= DayThenNumber;
        if (RelativeClue.IsMatch(text))
            clues |= RelativeDay;
        if (UnitClue.IsMatch(text))
            clues |= SpanUnit;
        if (PeriodClue.IsMatch(text))
            clues |= PeriodWord;
        if (EndOfDayClue.IsMatch(text))
            clues |= EndOfDayWord;
        return clues;
    }

    /// <summary>Every date expression in the text, resolved against the moment the message was sent; numeric dates in the
    /// order <see cref="DateOrders"/> reads from the sending offset.</summary>
    public static IReadOnlyList<DueDate> FindAll(string text, DateTimeOffset sentAt) => FindAll(text, sentAt, DateOrders.For(sentAt));

    /// <summary>Every date expression in the text, numeric dates read in <paramref name="order"/> where both readings are dates.
    /// A date the sentence sets aside ("Tuesday, not Monday", "Thursday rather than Tuesday", "instead of the 9th") is not
    /// among them: it is the day that no longer holds (<see cref="SetsADateAside"/> says a sentence has one).</summary>
    public static IReadOnlyList<DueDate> FindAll(string text, DateTimeOffset sentAt, DateOrder order) =>
        FindAll(text, sentAt, order, out IReadOnlyList<DueDate> _);

    /// <summary>Whether the sentence names a day only to set it aside ("now on Tuesday, not Monday"): it moves a date.</summary>
    public static bool SetsADateAside(string text, DateTimeOffset sentAt, DateOrder order)
    {
        FindAll(text, sentAt, order, out var aside);
        return aside.Count > 0;
    }

    static readonly Regex AsideCue = new($@"\b(?:{L("date-set-aside")})\s*,?\s*$", Options | RegexOptions.RightToLeft);

    // "not Monday", "rather than the 9th", "not on the 12th": the words just before the date (its lead-in is part of it)
    // set it aside. A limit or a span ("not before Friday", "not until the 20th", "not in two weeks") still says when,
    // so it is kept; only a bare day or one led by a day word ("on", "for") is set aside.
    static bool SetAside(string text, DueDate date)
    {
        if (date.IsDeadline)
            return false;
        var from = Math.Max(0, date.Index - 24);
        if (!AsideCue.IsMatch(text.Substring(from, date.Index - from)))
            return false;
        var lead = text.AsSpan(date.Index, date.Length);
        var words = Lexicon.Of("date-lead-words");
        foreach (var entry in words.Entries)
            if (lead.StartsWith(entry + " ", StringComparison.OrdinalIgnoreCase) && !words.Reasons[entry].StartsWith("day", StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    /// <summary><see cref="FindAll(string, DateTimeOffset, DateOrder)"/>, and the dates set aside, from the one scan.</summary>
    internal static IReadOnlyList<DueDate> FindAll(string text, DateTimeOffset sentAt, DateOrder order, out IReadOnlyList<DueDate> aside)
    {
        aside = [];
        var reference = DateOnly.FromDateTime(sentAt.DateTime); // DateTime of a DateTimeOffset is the sender's local time
        var found = new List<DueDate>();
        var clues = Clues(text);
        if (clues == 0)
            return found;
        foreach (var (pattern, resolve, needs) in Rules)
        {
            if ((clues & needs) != needs)
                continue;
            for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || SafeResolve(resolve, m, reference, order) is not { } date)
                    continue;
                var lead = OneSpace(m.Groups["lead"].Value);
                var candidate = new DueDate(date, m.Value.Trim(), m.Index, m.Value.TrimEnd().Length, IsDeadlineLead(lead));
                // Longer readings win over the pieces they contain ("Tuesday the 17th" over "Tuesday").
                if (found.Any(f => f.Index <= candidate.Index && f.End >= candidate.End))
                    continue;
                found.RemoveAll(f => candidate.Index <= f.Index && candidate.End >= f.End);
                if (found.Any(f => f.Index < candidate.End && candidate.Index < f.End))
                    continue;
                found.Add(candidate);
            }
        }
        // "I'll put it on the 10:15", "call you at 3pm": a time of day with no day named is that day, the next one when the
        // time has already passed where the writer is. Only when the sentence names no day: "Thursday at 2pm" is Thursday.
        if (found.Count == 0 && (clues & Digit) != 0 && ClockTime.Match(text) is { Success: true } clock && ClockDay(clock, sentAt) is { Year: >= MinYear and <= MaxYear } day)
            found.Add(new DueDate(day, clock.Value.Trim(), clock.Index, clock.Value.TrimEnd().Length, IsClockDeadline(clock)));
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        // (Most sentences set no day aside: the list of those that do is made only when one does.)
        List<DueDate>? setAside = null;
        foreach (var f in found)
            if (SetAside(text, f))
                (setAside ??= []).Add(f);
        if (setAside is not null)
        {
            found.RemoveAll(setAside.Contains);
            aside = setAside;
        }
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

    // 10:15, 3pm, 3 p.m., 14.30 h is no clock: a minute part or am/pm is needed, so "at 3 Main Street" stays an address.
    static readonly Regex ClockTime = new(
        $@"(?<lead>\b(?:{L("date-clock-leads")})\s+)(?<h>\d{{1,2}})(?:(?::(?<mi>\d{{2}}))(?:\s*(?<ap>[ap])\.?m\b\.?)?|\s*(?<ap>[ap])\.?m\b\.?)(?![\d:/])", Options);

    static DateOnly? ClockDay(Match m, DateTimeOffset sentAt)
    {
        var hour = Int(m, "h");
        var minute = m.Groups["mi"].Success ? Int(m, "mi") : 0;
        if (m.Groups["ap"].Success)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + (char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' ? 12 : 0);
        }
        if (hour > 23 || minute > 59)
            return null;
        var day = DateOnly.FromDateTime(sentAt.DateTime);
        var passed = new TimeOnly(hour, minute) <= TimeOnly.FromDateTime(sentAt.DateTime);
        return passed ? Shift(day, 1) : day;
    }

    static bool IsClockDeadline(Match m) =>
        Lexicon.Of("date-clock-leads").Reasons.TryGetValue(OneSpace(m.Groups["lead"].Value), out var why) && why.StartsWith("deadline", StringComparison.OrdinalIgnoreCase);

    // Calendar arithmetic off either end of DateOnly (a message dated 9999-12-31 or 0001-01-01) is no date, and so is a
    // date outside the years mail deadlines can mean.
    static DateOnly? SafeResolve(Func<Match, DateOnly, DateOrder, DateOnly?> resolve, Match m, DateOnly reference, DateOrder order)
    {
        try
        {
            return resolve(m, reference, order) is { Year: >= MinYear and <= MaxYear } date ? date : null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // date-lead-words says which lead-ins make a limit ("by", "until": reason "deadline"); "within the next two weeks" is
    // as much a limit as "within two weeks".
    static bool IsDeadlineLead(string lead)
    {
        if (lead.Length == 0)
            return false;
        var words = Lexicon.Of("date-lead-words");
        var entry = words.Contains(lead) ? lead : lead.Split(' ')[0];
        return words.Reasons.TryGetValue(entry, out var why) && why.StartsWith("deadline", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>Resolves one expression ("next Tuesday") against a sending day; null when it is not a date.
    /// Numeric dates are read in <paramref name="order"/> (day first unless said).</summary>
    public static DateOnly? Resolve(string expression, DateOnly sentOn, DateOrder order = DateOrder.DayFirst) =>
        FindAll(expression, new DateTimeOffset(sentOn.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero), order)
            is { Count: > 0 } all ? (all.FirstOrDefault(d => d.IsDeadline) ?? all[0]).Date : null;

    static readonly Regex ReturnCue = new($@"\b(?:{L("date-return-cues")})\b", Options);
    static readonly Regex BeforeReturnDate = new($@"^\s*(?:(?:{L("date-lead-words")}|the)\s+)*", Options);

    /// <summary>
    /// The day an out-of-office text says its writer is back ("back on Monday, November 16", "returning 3 December",
    /// "until 12/01", "out until the 15th"): the first date that closely follows a return cue, resolved like any other
    /// date against the sending day in the sender's time zone; null when no cue is followed by a date.
    /// </summary>
    public static DateOnly? ReturnDate(string text, DateTimeOffset sentAt, DateOrder? order = null)
    {
        var reading = order ?? DateOrders.For(sentAt);
        foreach (Match cue in ReturnCue.Matches(text))
        {
            var end = cue.Index + cue.Length;
            var rest = text.Substring(end, Math.Min(60, text.Length - end));
            var slack = BeforeReturnDate.Match(rest).Length;
            var first = FindAll(rest, sentAt, reading).FirstOrDefault();
            // The date must follow the cue at once ("until the 15th", "back on Monday"), not somewhere later in the line.
            if (first is not null && first.Index <= slack)
                return first.Date;
        }
        return null;
    }

    static DateOnly? ResolveWeekday(Match m, DateOnly reference, DateOrder _)
    {
        var day = WeekdayOf(m.Groups["wd"].Value);
        var relation = m.Groups["rel"].Success ? Word("date-relations", m.Groups["rel"].Value) : "";
        if (m.Groups["nw"].Success)
            relation = "next";
        var sameDayMeansToday = m.Groups["eod"].Success && !Lexicon.Of("date-first-thing").Contains(m.Groups["eod"].Value)
            || m.Groups["part"].Value is { Length: > 0 } p && !p.Equals("morning", StringComparison.OrdinalIgnoreCase);
        return WeekdayDate(reference, day, relation, sameDayMeansToday);
    }

    static DateOnly? WeekdayDate(DateOnly reference, DayOfWeek day, string relation, bool sameDayMeansToday)
    {
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        var offset = ((int)day + 6) % 7;
        switch (relation)
        {
            case "next":
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

    static DateOnly? Period(Match m, DateOnly reference, DateOrder _)
    {
        var part = m.Groups["edge"].Success ? Word("date-period-edges", m.Groups["edge"].Value) : "end";
        var period = Word("date-periods", m.Groups["per"].Value);
        var next = m.Groups["next"].Success;
        var monday = reference.AddDays(-(((int)reference.DayOfWeek + 6) % 7));
        switch (period)
        {
            case "week":
                var weekMonday = next ? monday.AddDays(7) : monday;
                if (part == "start")
                    return weekMonday < reference && !next ? reference : weekMonday;
                if (part == "middle")
                    return weekMonday.AddDays(2) < reference ? reference : weekMonday.AddDays(2);
                var friday = weekMonday.AddDays(4);
                // On a weekend "end of the week" is the coming Friday.
                return friday < reference ? friday.AddDays(7) : friday;
            case "quarter":
                var lastMonth = ((reference.Month - 1) / 3 + 1) * 3 + (next ? 3 : 0);
                var quarterEnd = new DateOnly(reference.Year, 1, 1).AddMonths(lastMonth);
                return part switch
                {
                    "start" => quarterEnd.AddMonths(-3).AddDays(4),
                    "middle" => quarterEnd.AddMonths(-2).AddDays(14),
                    _ => quarterEnd.AddDays(-1),
                };
            default:
                var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(next ? 1 : 0);
                var partOf = MonthPart(month, part);
                // "mid-month" written on the 20th is the middle of the next month.
                return !next && partOf < reference ? MonthPart(month.AddMonths(1), part) : partOf;
        }
    }

    static DateOnly? NamedMonthPart(Match m, DateOnly reference, DateOrder _)
    {
        var part = Word("date-period-edges", m.Groups["edge"].Value);
        var month = MonthOf(m);
        var year = Year(m) ?? reference.Year;
        var date = MonthPart(new DateOnly(year, month, 1), part);
        // A month already well past without a year means next year's ("early January" written in December).
        return Year(m) is null && date < reference.AddMonths(-3) ? MonthPart(new DateOnly(year + 1, month, 1), part) : date;
    }

    // Early in a month is by the 5th, the middle is the 15th, the end is its last day.
    static DateOnly MonthPart(DateOnly first, string part) => part switch
    {
        "start" => first.AddDays(4),
        "middle" => first.AddDays(14),
        _ => first.AddMonths(1).AddDays(-1),
    };

    static DateOnly? Relative(Match m, DateOnly reference, DateOrder _)
    {
        var word = m.Groups["n"].Value;
        var n = char.IsDigit(word[0]) ? int.Parse(word, CultureInfo.InvariantCulture) : Value("date-numbers", word);
        // "= 7 day": how many of which base unit one of these is.
        var reason = Lexicon.Of("date-units").Reasons[OneSpace(m.Groups["unit"].Value)];
        var parts = reason.TrimStart('=', ' ').Split(' ', 3);
        var count = n * int.Parse(parts[0], CultureInfo.InvariantCulture);
        return parts[1] switch
        {
            "business" => AddBusinessDays(reference, count),
            "hour" => reference.AddDays((int)Math.Ceiling(count / 24.0)),
            "month" => reference.AddMonths(count),
            _ => reference.AddDays(count),
        };
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

    static DateOnly? SafeBusinessDays(DateOnly from, int days) =>
        from.DayNumber + 7 * (Math.Abs(days) / 5 + 1) < DateOnly.MaxValue.DayNumber && from.DayNumber > 7 * (Math.Abs(days) / 5 + 1)
            ? AddBusinessDays(from, days)
            : null;

    static DateOnly? Shift(DateOnly reference, int days) =>
        reference.DayNumber + days is var n && n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber ? DateOnly.FromDayNumber(n) : null;

    static DateOnly? Numeric(Match m, DateOnly reference, DateOrder order)
    {
        int a = Int(m, "a"), b = Int(m, "b");
        // An impossible reading decides by itself (13/05 is day first, 05/13 month first); otherwise the writer's order.
        var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : order == DateOrder.MonthFirst ? (a, b) : (b, a);
        return MonthDay(reference, month, day, TwoDigitYear(Year(m)));
    }

    static DateOnly? Dashed(Match m, DateOnly reference, DateOrder order) =>
        m.Groups["y"].Success || m.Groups["wdx"].Success || DeadlineOrDay(m.Groups["lead"].Value) ? Numeric(m, reference, order) : null;

    // A lead-in that fixes a limit ("by", "before", "until") or a day of its own ("on": reason "day"), not a span's start or
    // length ("from", "in") nor the day of something else ("for", whose reason says so).
    static bool DeadlineOrDay(string lead)
    {
        lead = OneSpace(lead);
        return IsDeadlineLead(lead) || Lexicon.Of("date-lead-words").Reasons.TryGetValue(lead, out var why) && why == "day";
    }

    static DateOnly? Dotted(Match m, DateOnly reference, DateOrder _)
    {
        if (!m.Groups["y"].Success && !m.Groups["lead"].Success && m.Groups["b"].Length < 2)
            return null;
        return MonthDay(reference, Int(m, "b"), Int(m, "a"), TwoDigitYear(Year(m)));
    }

    static int? TwoDigitYear(int? year) => year is < 100 ? year + 2000 : year;

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
        year is >= MinYear and <= MaxYear && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    static int? Year(Match m) => m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    // The value a lexicon entry's reason states ("tomorrow # = 1" is 1; "next # = next" is "next").
    static int Value(string list, string entry) =>
        int.Parse(Word(list, entry).Split(' ', ',')[0], CultureInfo.InvariantCulture);

    static string Word(string list, string entry)
    {
        var reason = Lexicon.Of(list).Reasons[OneSpace(entry)];
        return reason.TrimStart('=', ' ').Split(' ', ',', ':', '(')[0].Trim().ToLowerInvariant();
    }

    static string OneSpace(string words) => Regex.Replace(words.Trim(), @"\s+", " ");

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
