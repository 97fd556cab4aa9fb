using System.Text.RegularExpressions;
using CrossDept.Agreements;
using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>What the mailbox owner asked someone, when, how often, and why, read from the owner's own messages.</summary>
public sealed partial record AskHistory(
    Person Person,
    IReadOnlyList<DateTimeOffset> AskedAt,
    string? Ask,
    string? AskWhat,
    string? Reason,
    DateOnly? NeededBy)
{
    public static AskHistory For(Person person, IReadOnlyList<ReadMessage> read, string me)
    {
        var asks = read.Where(m => m.Source.From.Is(me) && m.Source.To.Any(p => p.Is(person.Address)))
            .OrderBy(m => m.Source.SentAt).ToArray();
        return FromAsks(person, asks);
    }

    /// <summary>Everything the owner asked anyone in the thread, as one history (for an escalation about the whole thread).</summary>
    public static AskHistory ForThread(IReadOnlyList<ReadMessage> read, string me, Person about)
    {
        var asks = read.Where(m => m.Source.From.Is(me) && m.Source.To.Any(p => !p.Is(me))).OrderBy(m => m.Source.SentAt).ToArray();
        return FromAsks(about, asks);
    }

    static AskHistory FromAsks(Person person, ReadMessage[] asks)
    {
        string? ask = null, askWhat = null;
        var reasons = new List<string>();
        DateOnly? neededBy = null;
        foreach (var message in asks)
            foreach (var sentence in message.Sentences)
            {
                var dates = DueDates.FindAll(sentence, message.Source.SentAt);
                if (ask is null && Requests.IsRequest(sentence))
                {
                    ask = sentence;
                    askWhat = Requests.Find(sentence, dates).FirstOrDefault()?.What;
                }
                // Up to two sentences of why: "The tool renews on Dec 1. Without it procurement cannot raise the PO."
                if (ReasonCue().IsMatch(sentence) && sentence != ask && !reasons.Contains(sentence) && reasons.Count < 2)
                    reasons.Add(sentence);
                neededBy ??= dates.FirstOrDefault(d => d.IsDeadline)?.Date ?? (ask == sentence ? dates.FirstOrDefault()?.Date : null);
            }
        ask ??= asks.Select(m => m.Sentences.FirstOrDefault(s => s.Length > 20)).FirstOrDefault(s => s is not null);
        var reason = reasons.Count == 0 ? null : string.Join(" ", reasons);
        return new AskHistory(person, asks.Select(m => m.Source.SentAt).ToArray(), ask, askWhat, reason, neededBy);
    }

    [GeneratedRegex(@"\b(?:so that|so we|because|in order to|would let|will let|lets us|helps us|would help|will help|without (?:it|this|them)|otherwise|is due|deadline|renews?|goes live|launch(?:es)?|the (?:[\w-]+ )?(?:review|launch|meeting|deadline) is|we start|depends on|blocked|blocking|for the [\w-]+ (?:review|launch|meeting|report))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonCue();
}
