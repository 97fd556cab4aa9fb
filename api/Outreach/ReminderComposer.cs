using CrossDept.Agreements;
using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>A short, warm nudge to the people still waiting to answer: what was asked, why it matters, by when.</summary>
public static class ReminderComposer
{
    /// <summary>The reminder; it opens with what the user noted the (one) person waiting cares about, when given ("their interest, not my request").</summary>
    public static Draft Compose(string topic, IReadOnlyList<RecipientStatus> waiting, IReadOnlyList<ReadMessage> read, string me, DateTimeOffset now, string? signer = null,
        string? interest = null)
    {
        var people = waiting.Select(r => new Person(r.Name, r.Address)).ToArray();
        var history = AskHistory.For(people[0], read, me);
        var today = DateOnly.FromDateTime(now.DateTime);
        var replyBy = history.NeededBy is { } needed && DueDates.AddBusinessDays(needed, -1) > today
            ? DueDates.AddBusinessDays(needed, -1)
            : DueDates.AddBusinessDays(today, 2);

        var writer = new DraftWriter().Paragraph(DraftWriter.Greeting(people));
        if (!string.IsNullOrWhiteSpace(interest) && people.Length == 1)
            writer.Paragraph($"I know {interest.Trim().TrimEnd('.')} matters to you, and this helps with it.");
        var first = history.AskedAt.Count > 0 ? $" of {DraftWriter.Day(DateOnly.FromDateTime(history.AskedAt[0].DateTime))}" : "";
        writer.Paragraph($"A quick, friendly nudge on my note{first} about {topic}.");
        if (history.Ask is { } ask)
            writer.Paragraph($"I asked: \u201C{DraftWriter.Shorten(ask, 400)}\u201D");
        if (history.Reason is { } reason && reason != history.Ask)
            writer.Paragraph($"Why it matters: {DraftWriter.Shorten(reason, 300)}");
        writer.Paragraph($"Could you let me know by {DraftWriter.Day(replyBy)}? Even a short answer helps, and if someone else is better placed, just tell me who and I will ask them.")
            .Closing("Thanks,", signer);
        return writer.Build("Following up: " + topic, people.Select(p => p.Address).ToArray(), []);
    }
}
