namespace CrossDept.Threads.Reading;

/// <summary>
/// Turns a raw message into what its sender wrote: its text (the HTML when that is the only body), quoted history removed,
/// the signature found inside it, and whether it was an automatic reply with the return date it states. Pure, no I/O.
/// </summary>
public static class MessageReader
{
    /// <summary>
    /// How many characters of a message's own words (quoted history and signature removed) are read for agreements and
    /// requests: 100,000, about forty pages, twice the longest message of the 3,024 real ones in ../shared/real-mail
    /// (46,946). Reading costs about 0.4 µs of CPU a character (a 5 MB report pasted into a reply was 2 s), twenty times
    /// and more what parsing and decoding it costs; so past this limit the words are kept in the message's text but not
    /// read, and the analysis says so (<see cref="ReadMessage.Unread"/>: <c>unread</c> on the message, a "not read" line
    /// in <c>explain</c>). Never silently: a confirmation built from a message read in part is known to be.
    /// </summary>
    public const int ReadLimit = 100_000;

    /// <summary>
    /// A message's own words cut to <see cref="ReadLimit"/> at the last paragraph break before it (else the last line
    /// break, else the last space, else the limit itself), so no sentence is read in half; and what was left unread.
    /// </summary>
    public static (string Read, UnreadText? Unread) Limit(string words, int limit = ReadLimit)
    {
        if (words.Length <= limit)
            return (words, null);
        var window = Math.Max(0, limit - 4_000);
        var at = words.LastIndexOf("\n\n", limit - 1, limit - window, StringComparison.Ordinal) is var paragraph and > 0 ? paragraph
            : words.LastIndexOf('\n', limit - 1, limit - window) is var line and > 0 ? line
            : words.LastIndexOf(' ', limit - 1, limit - window) is var space and > 0 ? space
            : char.IsLowSurrogate(words[limit]) ? limit - 1 : limit;
        return (words[..at].TrimEnd(), new UnreadText(at, words.Length - at));
    }

    /// <summary>
    /// As <see cref="Limit(string, int)"/> for words not yet copied into a string of their own: only what is read (and the
    /// character after it, which the cut looks at) is copied; the rest is counted.
    /// </summary>
    public static (string Read, UnreadText? Unread) Limit(ReadOnlySpan<char> words, int limit = ReadLimit)
    {
        if (words.Length <= limit)
            return (words.ToString(), null);
        var (read, unread) = Limit(words[..(limit + 1)].ToString(), limit);
        return (read, unread! with { Characters = words.Length - unread!.From });
    }

    public static ReadMessage Read(IncomingMessage message)
    {
        var reply = ReadBody(message.Html, message.Text, withQuoted: false).Reply;
        var isAutoReply = AutoReplies.IsAutoReply(message, reply);
        var awayUntil = isAutoReply ? AutoReplies.AwayUntil(message, reply) : null;
        return new ReadMessage(message, reply, Signatures.Find(reply, message.From), isAutoReply, awayUntil);
    }

    /// <summary>
    /// The reply in a body. When a message carries both, the sender's client wrote the text/plain alternative itself:
    /// it keeps what the HTML hides (a link's address, "Sent with Sparrow (http://…)") and is read first; the HTML is
    /// read when it is the only body (Office.js and Graph give one body).
    /// </summary>
    public static ReplySplit ReadBody(string? html, string? text) => ReadBody(html, text, withQuoted: true);

    // withQuoted: also join the removed history (the reader itself needs only the reply).
    static ReplySplit ReadBody(string? html, string? text, bool withQuoted)
    {
        var plain = string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html) ? HtmlText.ToText(html) : text ?? "";
        return QuotedHistory.Split(plain, withQuoted);
    }
}
