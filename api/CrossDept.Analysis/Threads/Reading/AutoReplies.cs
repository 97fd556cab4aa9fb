using System.Text.RegularExpressions;
using CrossDept.Agreements;

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
        // Two away phrases decide it without a deputy, and none cannot be outvoted by one: the deputy's pattern only runs on
        // a text with exactly one (most messages have none), and the phrases are counted without match objects.
        if (text.Length >= 1200)
            return false;
        var away = AwayPhrases(text);
        return away >= 2 || away == 1 && Deputy().IsMatch(text);
    }

    // How many away phrases the text holds, counting up to two.
    static int AwayPhrases(string text)
    {
        var count = 0;
        foreach (var _ in AwayWording().EnumerateMatches(text))
            if (++count == 2)
                break;
        return count;
    }

    /// <summary>
    /// The return date an automatic reply states, or null: read by the one date resolver, its numeric dates in the order
    /// the sender's language (Content-Language), else the country of their address, else their time zone says
    /// (<see cref="DateOrders"/>), the same order their due dates are read in.
    /// </summary>
    public static DateOnly? AwayUntil(IncomingMessage message, string text) =>
        DueDates.ReturnDate(text, message.SentAt, DateOrders.For(message));
}
