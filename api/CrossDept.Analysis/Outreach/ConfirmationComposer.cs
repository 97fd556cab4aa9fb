using CrossDept.Agreements;
using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>
/// Drafts the "confirming the following N points" email: to the agreements' owners, copying those copied on the
/// thread, one numbered point per agreement (owner — what — by date), and a date by which changes should be flagged,
/// a business day before the first thing falls due.
/// </summary>
public static class ConfirmationComposer
{
    public static ConfirmationDraft Compose(string subject, IReadOnlyList<Agreement> agreements, IReadOnlyList<Person> copied, string me, DateTimeOffset now)
    {
        var topic = string.IsNullOrWhiteSpace(subject) ? "what we agreed" : subject.Trim();
        var owners = agreements.Select(a => a.Owner).Where(p => !p.Is(me)).DistinctBy(p => p.Address.ToLowerInvariant()).ToArray();
        var to = owners.Select(p => p.Address).ToArray();
        var cc = copied.Where(p => !p.Is(me) && !owners.Any(o => o.Is(p.Address))).Select(p => p.Address)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

        var writer = new DraftWriter().Paragraph(DraftWriter.Greeting(owners));
        if (agreements.Count == 0)
        {
            writer.Paragraph("I could not find any agreed actions in this thread yet. Could you confirm who is doing what, and by when?")
                .Paragraph("Thanks,");
        }
        else
        {
            var count = agreements.Count == 1 ? "the following point" : $"the following {agreements.Count} points";
            writer.Paragraph($"Thanks for your help on this. To make sure we are all on the same page, confirming {count}:")
                .Numbered(agreements.Select(a => Point(a, me)))
                .Paragraph($"If anything here is wrong or changes, please flag it by {FlagBy(agreements, now)}.")
                .Paragraph("Thanks,");
        }
        var draft = writer.Build("Confirming: " + topic, to, cc);
        return new ConfirmationDraft(draft.Subject, draft.To, draft.Cc, draft.Html, draft.Text);
    }

    /// <summary>"Raj Patel — pull the churn export — by Wednesday 4 November".</summary>
    public static string Point(Agreement a, string me)
    {
        var owner = a.Owner.Is(me) ? "Me" : DraftWriter.FullName(a.Owner);
        var when = a.Due is { } due ? "by " + DraftWriter.Day(due) : "date to be agreed";
        return $"{owner} — {DraftWriter.Shorten(a.What, 300)} — {when}";
    }

    /// <summary>
    /// The day changes should be flagged by: the business day before the earliest date still ahead, never before today;
    /// with nothing dated ahead, two business days from now.
    /// </summary>
    public static string FlagBy(IReadOnlyList<Agreement> agreements, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        var ahead = agreements.Where(a => a.Due > today).Select(a => a.Due!.Value).ToArray();
        if (ahead.Length == 0)
            return DraftWriter.Day(DueDates.AddBusinessDays(today, 2));
        var flagBy = DueDates.AddBusinessDays(ahead.Min(), -1);
        return flagBy <= today ? "the end of today" : DraftWriter.Day(flagBy);
    }
}
