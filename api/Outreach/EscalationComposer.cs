using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>
/// An escalation with evidence, for both managers, as information rather than complaint: what was asked, when,
/// how many times, who answered, what is agreed, and what is needed by when.
/// </summary>
public static class EscalationComposer
{
    public static Draft Compose(string topic, ThreadAnalysis analysis, IReadOnlyList<ReadMessage> read, IReadOnlyList<Person> managers, string me, DateTimeOffset now, string? signer = null)
    {
        var anyone = analysis.Recipients.FirstOrDefault() is { } r ? new Person(r.Name, r.Address) : new Person(null, me);
        var history = AskHistory.ForThread(read, me, anyone);
        var waiting = analysis.Recipients.Where(x => x.Status != ReplyStatus.Replied).ToArray();

        var writer = new DraftWriter().Paragraph(DraftWriter.Greeting(managers))
            .Paragraph($"Sharing where {topic} stands, for your information and to ask for your help getting it unblocked.");
        writer.Heading("What was asked");
        var asked = history.AskedAt.Select(t => DraftWriter.Day(DateOnly.FromDateTime(t.DateTime))).ToArray();
        writer.Bulleted(new[]
        {
            history.Ask is { } ask ? $"\u201C{DraftWriter.Shorten(ask, 400)}\u201D" : $"Help with {topic}.",
            asked.Length == 0 ? "No request found in the thread." : $"First asked on {asked[0]}; {asked.Length} email{(asked.Length == 1 ? "" : "s")} in all ({string.Join(", ", asked)}).",
        }.Concat(history.Reason is { } reason ? [$"Why: {DraftWriter.Shorten(reason, 300)}"] : []));

        writer.Heading("Who answered");
        writer.Bulleted(analysis.Recipients.Select(Line).DefaultIfEmpty("Nobody was asked directly yet."));

        if (analysis.Agreements.Count > 0)
        {
            writer.Heading("Agreed so far");
            writer.Bulleted(analysis.Agreements.Select(a => ConfirmationComposer.Point(a, me)));
        }

        writer.Heading("What is needed");
        var from = waiting.Length == 0 ? "the team" : string.Join(", ", waiting.Select(w => DraftWriter.FullName(new Person(w.Name, w.Address))));
        var by = history.NeededBy is { } d ? $" by {DraftWriter.Day(d)}" : "";
        writer.Paragraph($"{history.AskWhat ?? "An answer"} from {from}{by}. Could you help me find the right person, or free up a little of their time?")
            .Closing("Thanks,", signer);
        return writer.Build("Need your help: " + topic, managers.Select(m => m.Address).ToArray(), []);
    }

    static string Line(RecipientStatus r)
    {
        var name = DraftWriter.FullName(new Person(r.Name, r.Address));
        return r.Status switch
        {
            ReplyStatus.Replied => $"{name}: replied{(r.LastReplyAt is { } t ? " on " + DraftWriter.Day(DateOnly.FromDateTime(t.DateTime)) : "")}.",
            ReplyStatus.Away => $"{name}: away{(r.AwayUntil is { } u ? " until " + DraftWriter.Day(u) : "")} (automatic reply).",
            _ => $"{name}: no answer yet; {r.UnansweredRequests} email{(r.UnansweredRequests == 1 ? "" : "s")} unanswered.",
        };
    }

    /// <summary>
    /// The summary as the user rewrote it (kept on the tracked conversation): their words, paragraph by paragraph (blank
    /// lines), HTML-encoded; subject and recipients stay the composed draft's.
    /// </summary>
    public static Draft InUserWords(Draft composed, string text)
    {
        var writer = new DraftWriter();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            writer.Paragraph(paragraph);
        var written = writer.Build(composed.Subject, composed.To, composed.Cc);
        // The plain text is exactly what the user typed.
        return written with { Text = text };
    }
}
