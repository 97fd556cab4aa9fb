using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>
/// "If they can't help, ask who can": moves the ask to the person someone named, carrying the original ask, why it
/// matters, and who sent the user there, with the referrer copied so the introduction is visible.
/// </summary>
public static class ReferralComposer
{
    public static Draft Compose(string topic, Referral referral, IReadOnlyList<ReadMessage> read, string me, DateTimeOffset now, string? signer = null)
    {
        var to = new Person(referral.ToName, referral.ToAddress!);
        var history = AskHistory.For(referral.From, read, me);
        var referrer = DraftWriter.FullName(referral.From);
        var writer = new DraftWriter().Paragraph($"Hi {DraftWriter.FirstName(to)},")
            .Paragraph($"{referrer} suggested you are the right person to ask about {topic}"
                + (string.IsNullOrWhiteSpace(referral.Quote) ? "." : $": \u201C{DraftWriter.Shorten(referral.Quote, 300)}\u201D"));
        writer.Paragraph(history.Ask is { } ask
            ? $"What I asked {DraftWriter.FirstName(referral.From)}: \u201C{DraftWriter.Shorten(ask, 400)}\u201D"
            : $"I am looking for help with {topic}.");
        if (history.Reason is { } reason && reason != history.Ask)
            writer.Paragraph($"Why it matters: {DraftWriter.Shorten(reason, 300)}");
        var today = DateOnly.FromDateTime(now.DateTime);
        var by = history.NeededBy is { } needed && needed > today ? $" It is needed by {DraftWriter.Day(needed)}." : "";
        writer.Paragraph($"Could you help with this, or tell me who can?{by} I'm happy to do the legwork so your part stays small.")
            .Closing("Thanks,", signer);
        return writer.Build($"{topic} ({referrer} suggested I ask you)", [to.Address], [referral.From.Address]);
    }
}
