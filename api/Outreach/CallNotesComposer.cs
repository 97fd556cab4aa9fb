using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>
/// Talking points for a call to someone who has not answered two emails: a third email does not work, a personal
/// call does. Ask for advice, say why it matters to them, shrink the ask to its smallest part, offer the legwork.
/// </summary>
public static class CallNotesComposer
{
    /// <summary>The talking points; they open with what the user noted this person cares about, when given.</summary>
    public static Draft Compose(string topic, RecipientStatus recipient, IReadOnlyList<ReadMessage> read, string me, string? interest = null)
    {
        var person = new Person(recipient.Name, recipient.Address);
        var history = AskHistory.For(person, read, me);
        var name = DraftWriter.FullName(person);
        var first = DraftWriter.FirstName(person);
        var smallest = history.AskWhat ?? (history.Ask is { } a ? DraftWriter.Shorten(a, 200) : "a short answer");
        var by = history.NeededBy is { } d ? $" by {DraftWriter.Day(d)}" : "";
        var asked = history.AskedAt.Select(t => DraftWriter.Day(DateOnly.FromDateTime(t.DateTime))).ToArray();

        var points = new List<string>
        {
            $"Open by asking for {first}'s advice rather than a favour: \u201CI'd value your view on {topic} - have you got five minutes?\u201D",
            history.Reason is { } reason
                ? $"Why it matters to them: {DraftWriter.Shorten(reason, 300)} Ask what it would change for their team, and what would make it easy for them."
                : $"Why it matters to them: ask what {topic} would change for their team, and what would make it easy for them.",
            $"The smallest thing needed: {smallest}{by}. Make it a 10-minute task, not a project.",
            "Offer to do the legwork: \u201CI can draft it / pull what I can, so you only need to check and confirm.\u201D",
            $"If it is not theirs to do, ask who is, and whether {first} would introduce you.",
            $"History: emailed on {(asked.Length == 0 ? "(no date)" : string.Join(", ", asked))}; {recipient.UnansweredRequests} unanswered.",
            "After the call: send a two-line confirmation of what you agreed, with the date.",
        };
        if (!string.IsNullOrWhiteSpace(interest))
            points.Insert(0, $"What {first} cares about: {interest.Trim().TrimEnd('.')}. Open with it, and say how {topic} helps with it.");
        return new DraftWriter()
            .Heading($"Call with {name} about {topic}")
            .Bulleted(points)
            .Build($"Call notes: {name} - {topic}", [], []);
    }
}
