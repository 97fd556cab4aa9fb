using System.Text.RegularExpressions;
using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>
/// Mail that speaks to a crowd — a newsletter, a mailing list, a company announcement to a distribution list or to dozens
/// of people — promises nothing to anyone in particular: "we will be offering a training session", "we will work to
/// rebuild this company", "we will permanently delete your name from our list". The message as a whole says so: its list
/// headers (RFC 2369 List-*, Precedence: bulk), a list or machine address as its sender or its To, a crowd on To and Cc,
/// no one on To and Cc at all (blind copies), a newsletter's footer ("to unsubscribe…"), or a greeting to a crowd
/// ("Dear member,", "Energy Committee Members"). Its sentences are read as no one's commitment.
/// </summary>
public static class Broadcasts
{
    /// <summary>To and Cc together above this are a crowd: the largest team thread of the corpora asks 12 people.</summary>
    public const int Crowd = 15;

    /// <summary>Why the message is a broadcast, for <c>--explain</c>; null when it is written to people.</summary>
    public static string? Why(IncomingMessage message, string body)
    {
        var headers = message.Headers;
        if (headers.ContainsKey("List-Unsubscribe") || headers.ContainsKey("List-Id") || headers.ContainsKey("List-Post"))
            return "a mailing list's message (List-* headers): it promises no one";
        if (headers.TryGetValue("Precedence", out var precedence) && precedence.Trim().ToLowerInvariant() is "bulk" or "list" or "junk")
            return $"bulk mail (Precedence: {precedence.Trim()}): it promises no one";
        if (IsListAddress(message.From.Address))
            return $"sent by a list or machine address ({message.From.Address}): it promises no one";
        if (message.To.Any(p => IsListAddress(p.Address)))
            return "sent to a distribution list: an announcement, it promises no one";
        var crowd = message.To.Concat(message.Cc).Select(p => p.Address.ToLowerInvariant()).Distinct().Count();
        // Mail with no To and no Cc went out on blind copies: an announcement mailed to a list, not written to someone.
        if (crowd == 0)
            return "no addressee on To or Cc (sent on blind copies to a list): it promises no one";
        if (crowd > Crowd)
            return $"sent to {crowd} people: an announcement, it promises no one";
        if (BulkCue.IsMatch(body))
            return "a newsletter's or list's footer (unsubscribe…): it promises no one";
        if (CrowdGreeting.Match(body) is { Success: true } greeting)
            return $"greets a crowd ('{greeting.Value.Trim()}'): written to no one in particular, it promises no one";
        return null;
    }

    /// <summary>Whether an address is a list's or a machine's: a word of its local part, or its domain's first label, is a list word.</summary>
    public static bool IsListAddress(string address)
    {
        var at = address.IndexOf('@');
        var local = at < 0 ? address : address[..at];
        if (Lex.Has("list-address-words", local))
            return true;
        foreach (var part in local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
            if (Lex.Has("list-address-words", part))
                return true;
        if (at >= 0 && address[(at + 1)..].Split('.')[0] is var label && Lex.Has("list-address-words", label))
            return true;
        return false;
    }

    static readonly Regex BulkCue = Lex.Rule(Lex.Of("bulk-mail-cues"));

    // The first line of the body, alone: "Dear member,", "Energy Committee Members", "Dear RTO West Stakeholders -".
    static readonly Regex CrowdGreeting = Lex.Rule(@"\A\s*(?i:(?:dear|hello|hi|to)\s+)?(?i:all\s+)?(?:[\w&-]+\s+){0,3}?" + Lex.Of("crowd-greetings") + @"[ \t]*[,:!-]?[ \t]*(?=\r?\n)");
}
