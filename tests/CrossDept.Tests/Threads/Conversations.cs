using CrossDept.Threads;

namespace CrossDept.Tests.Threads;

/// <summary>Small hand-made conversations for the tracking rules; times are US Eastern, like the corpus.</summary>
static class Conversations
{
    public const string Me = "jane.doe@contoso.com";
    static readonly TimeSpan Eastern = TimeSpan.FromHours(-5);

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, Eastern);

    public static Person P(string address) => new(null, address);

    public static ReadMessage Ask(DateTimeOffset at, params string[] to) => Message(Me, at, to, "Could you send me the budget code?");

    public static ReadMessage Reply(string from, DateTimeOffset at, string text = "Here it is.") => Message(from, at, [Me], text);

    public static ReadMessage AutoReply(string from, DateTimeOffset at, DateOnly? until) =>
        new(new IncomingMessage { From = P(from), To = [P(Me)], SentAt = at, Subject = "Automatic reply: budget", Text = "I am out of the office." },
            "I am out of the office.", null, true, until);

    public static ReadMessage Message(string from, DateTimeOffset at, string[] to, string text, string[]? cc = null) =>
        new(new IncomingMessage
        {
            Id = $"<{from}.{at.ToUnixTimeSeconds()}@test>",
            From = P(from),
            To = to.Select(P).ToArray(),
            Cc = (cc ?? []).Select(P).ToArray(),
            SentAt = at,
            Subject = "Budget codes",
            Text = text,
        }, text, null, false, null);
}
