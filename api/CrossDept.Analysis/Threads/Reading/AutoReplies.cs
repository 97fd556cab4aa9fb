using System.Globalization;
using System.Text.RegularExpressions;

namespace CrossDept.Threads.Reading;

/// <summary>
/// Automatic replies (out-of-office and the like) and the return date they state. Headers decide first
/// (RFC 3834 Auto-Submitted, Exchange's X-Auto-Response-Suppress, X-Autoreply, Precedence: auto_reply),
/// then the subject prefix clients put on them, then unmistakable out-of-office wording in a short body.
/// </summary>
public static partial class AutoReplies
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    [GeneratedRegex(@"^\s*(automatic reply|auto[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|ooo\b|abwesenheitsnotiz|automatische antwort|réponse automatique|absence du bureau|respuesta automática|fuera de la oficina|risposta automatica|fuori sede|automatisch antwoord|afwezig|autosvar|automaattinen vastaus|automatyczna odpowiedź|resposta automática|ausente|автоматический ответ|автоответ)\b", Options)]
    private static partial Regex AutoSubject();

    // Wording only an out-of-office notice uses; a person writing "I'm out Friday" in a reply does not match.
    [GeneratedRegex(@"\b(i am|i'm|i’m|i will be|i'll be|i’ll be|i am currently|i'm currently)\s+(currently\s+)?(out of (the )?office|away from (the |my )?(office|desk)|on (annual |parental |sick |maternity |paternity )?(leave|vacation|holiday|pto)|ooo|travell?ing with limited|away until|away and will|out until|out and will)|\bwith (limited|no) access to (e-?mail|my e-?mail|email)|\b(will|shall) (respond|reply|get back to you|answer)[^.]{0,40}\b(upon|on|when|after) (my )?return|\bautomatic(ally)? (reply|generated|response)\b", Options)]
    private static partial Regex AwayWording();

    [GeneratedRegex(@"\b(for (anything )?urgent (matters|issues|requests|enquiries|inquiries)|if (it is|it's) urgent|in (case of )?(an )?(emergency|urgency)|in my absence|please contact [^.]{0,60}(instead|in the meantime|team|desk|colleague))", Options)]
    private static partial Regex Deputy();

    /// <summary>Whether the message was sent automatically (out-of-office, auto-responder).</summary>
    public static bool IsAutoReply(IncomingMessage message, string text)
    {
        var headers = message.Headers;
        if (headers.TryGetValue("Auto-Submitted", out var autoSubmitted) && !autoSubmitted.Trim().StartsWith("no", StringComparison.OrdinalIgnoreCase))
            return true;
        // Exchange stamps its automatic replies so that nothing auto-replies to them in turn.
        if (headers.ContainsKey("X-Auto-Response-Suppress") || headers.ContainsKey("X-Autoreply") || headers.ContainsKey("X-Autorespond"))
            return true;
        if (headers.TryGetValue("Precedence", out var precedence) && precedence.Trim().Equals("auto_reply", StringComparison.OrdinalIgnoreCase))
            return true;
        if (AutoSubject().IsMatch(message.Subject ?? ""))
            return true;
        // No headers to go by (the pane cannot always read them): a short notice that says it twice over, as notices do
        // ("I am out of the office … for urgent matters contact …"); "I'm out until Monday but I'll send it" is a person.
        return text.Length < 1200 && AwayWording().Matches(text).Count + (Deputy().IsMatch(text) ? 1 : 0) >= 2;
    }

    /// <summary>The return date an automatic reply states, or null.</summary>
    public static DateOnly? AwayUntil(IncomingMessage message, string text) => ReturnDates.Find(text, message.SentAt);
}

/// <summary>
/// Reads the return date out of an out-of-office text ("back on Monday, November 16", "returning 16 Nov",
/// "until 11/16", "back Tuesday"), resolved against the day the reply was sent, in the sender's time zone.
/// REVIEW: a small English-first reader; the agreements helper has a due-date resolver the lead may unify with this.
/// </summary>
public static partial class ReturnDates
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    const string Month = @"(?<month>jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?";
    const string Weekday = @"(?<weekday>mon(day)?|tue(s(day)?)?|wed(nesday)?|thu(r(s(day)?)?)?|fri(day)?|sat(urday)?|sun(day)?)\.?";
    const string Day = @"(?<day>\d{1,2})(st|nd|rd|th)?";

    // The trigger that says "this is when I am back": the date must follow it closely.
    [GeneratedRegex(@"\b(until|till|til|through|thru|back (in the office |at work |in office )?(on|from)?|return(ing)? (to the office |to work )?(on|from)?|returning|return|be back|in the office (on|from)|reachable (again )?(on|from)|available (again )?(on|from))\b(?=\s*(?<rest>.{0,60}))", Options)]
    private static partial Regex Trigger();

    [GeneratedRegex(@"^(the\s+)?(" + Weekday + @",?\s+)?(" + Month + @"\s+" + Day + @"|" + Day + @"\s+(of\s+)?" + Month + @")(,?\s+(?<year>\d{4}))?\b", Options)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(" + Weekday + @",?\s+)?(?<a>\d{1,2})[/.](?<b>\d{1,2})([/.](?<year>\d{2,4}))?\b", Options)]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"^(next\s+)?" + Weekday + @"\b", Options)]
    private static partial Regex WeekdayOnly();

    [GeneratedRegex(@"^tomorrow\b", Options)]
    private static partial Regex Tomorrow();

    public static DateOnly? Find(string text, DateTimeOffset sentAt)
    {
        var today = DateOnly.FromDateTime(sentAt.DateTime); // SentAt carries the sender's offset: its date is their day.
        foreach (Match trigger in Trigger().Matches(text))
        {
            var rest = trigger.Groups["rest"].Value;
            if (Resolve(rest, today, usDates: !sentAt.Offset.Equals(TimeSpan.Zero) && sentAt.Offset < TimeSpan.Zero) is { } date)
                return date;
        }
        return null;
    }

    static DateOnly? Resolve(string rest, DateOnly today, bool usDates)
    {
        rest = rest.TrimStart();
        if (rest.StartsWith("on ", StringComparison.OrdinalIgnoreCase))
            rest = rest[3..];
        if (IsoDate().Match(rest) is { Success: true } iso)
            return Make(int.Parse(iso.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["day"].Value, CultureInfo.InvariantCulture));
        if (WrittenDate().Match(rest) is { Success: true } written)
        {
            var month = MonthNumber(written.Groups["month"].Value);
            var day = int.Parse(written.Groups["day"].Value, CultureInfo.InvariantCulture);
            return written.Groups["year"].Success
                ? Make(int.Parse(written.Groups["year"].Value, CultureInfo.InvariantCulture), month, day)
                : NextOnOrAfter(today, month, day);
        }
        if (NumericDate().Match(rest) is { Success: true } numeric)
        {
            var a = int.Parse(numeric.Groups["a"].Value, CultureInfo.InvariantCulture);
            var b = int.Parse(numeric.Groups["b"].Value, CultureInfo.InvariantCulture);
            // Month first in the Americas (negative offsets), day first elsewhere; an impossible month settles it.
            var (month, day) = a > 12 ? (b, a) : b > 12 ? (a, b) : usDates ? (a, b) : (b, a);
            if (numeric.Groups["year"].Success)
            {
                var year = int.Parse(numeric.Groups["year"].Value, CultureInfo.InvariantCulture);
                return Make(year < 100 ? 2000 + year : year, month, day);
            }
            return NextOnOrAfter(today, month, day);
        }
        if (WeekdayOnly().Match(rest) is { Success: true } weekday)
        {
            var target = WeekdayNumber(weekday.Groups["weekday"].Value);
            var days = ((int)target - (int)today.DayOfWeek + 7) % 7;
            return today.AddDays(days == 0 ? 7 : days);
        }
        if (Tomorrow().IsMatch(rest))
            return today.AddDays(1);
        return null;
    }

    static DateOnly? Make(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    /// <summary>A month and day with no year: the next time it comes round, today included.</summary>
    static DateOnly? NextOnOrAfter(DateOnly today, int month, int day)
    {
        if (Make(today.Year, month, day) is { } thisYear && thisYear >= today.AddDays(-7))
            return thisYear;
        return Make(today.Year + 1, month, day);
    }

    static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    static DayOfWeek WeekdayNumber(string name) => name[..2].ToLowerInvariant() switch
    {
        "mo" => DayOfWeek.Monday, "tu" => DayOfWeek.Tuesday, "we" => DayOfWeek.Wednesday, "th" => DayOfWeek.Thursday,
        "fr" => DayOfWeek.Friday, "sa" => DayOfWeek.Saturday, _ => DayOfWeek.Sunday,
    };
}
