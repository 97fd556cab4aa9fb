namespace CrossDept.Threads.Reading;

/// <summary>
/// Turns a raw message into what its sender wrote: its text (the HTML when that is the only body), quoted history removed,
/// the signature found inside it, and whether it was an automatic reply with the return date it states. Pure, no I/O.
/// </summary>
public static class MessageReader
{
    public static ReadMessage Read(IncomingMessage message)
    {
        var parts = ReadBody(message.Html, message.Text);
        var isAutoReply = AutoReplies.IsAutoReply(message, parts.Reply);
        var awayUntil = isAutoReply ? AutoReplies.AwayUntil(message, parts.Reply) : null;
        return new ReadMessage(message, parts.Reply, Signatures.Find(parts.Reply, message.From), isAutoReply, awayUntil);
    }

    /// <summary>
    /// The reply in a body. When a message carries both, the sender's client wrote the text/plain alternative itself:
    /// it keeps what the HTML hides (a link's address, "Sent with Sparrow (http://…)") and is read first; the HTML is
    /// read when it is the only body (Office.js and Graph give one body).
    /// </summary>
    public static ReplySplit ReadBody(string? html, string? text)
    {
        var plain = string.IsNullOrWhiteSpace(text) && !string.IsNullOrWhiteSpace(html) ? HtmlText.ToText(html) : text ?? "";
        return QuotedHistory.Split(plain);
    }
}
