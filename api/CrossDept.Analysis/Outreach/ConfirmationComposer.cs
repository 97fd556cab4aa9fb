using System.Text.RegularExpressions;
using CrossDept.Agreements;
using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>
/// Drafts the "confirming the following N points" email: to the agreements' owners, copying those copied on the
/// thread, one numbered point per agreement (owner — what, with its qualifier — by date), and a date by which changes
/// should be flagged, a business day before the first thing falls due. The one writer of this email: the analysis uses
/// it, and so does POST /api/drafts/confirmation for agreements the user corrected.
/// </summary>
public static partial class ConfirmationComposer
{
    public static ConfirmationDraft Compose(string subject, IReadOnlyList<Agreement> agreements, IReadOnlyList<Person> copied, string me, DateTimeOffset now,
        string? signer = null)
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
                .Closing("Thanks,", signer);
        }
        else
        {
            var count = agreements.Count == 1 ? "the following point" : $"the following {agreements.Count} points";
            writer.Paragraph($"Thanks for your help on this. To make sure we are all on the same page, confirming {count}:")
                .Numbered(agreements.Select(a => Point(a, me)))
                .Paragraph($"If anything here is wrong or changes, please flag it by {FlagBy(agreements, now)}.")
                .Closing("Thanks,", signer);
        }
        var draft = writer.Build(topic.StartsWith("Confirming:", StringComparison.OrdinalIgnoreCase) ? topic : "Confirming: " + topic, to, cc);
        return new ConfirmationDraft(draft.Subject, draft.To, draft.Cc, draft.Html, draft.Text);
    }

    /// <summary>"Raj Patel — pull the churn export — by Wednesday 4 November".</summary>
    public static string Point(Agreement a, string me)
    {
        var owner = a.Owner.Is(me) ? "Me" : DraftWriter.FullName(a.Owner);
        var when = a.Due is { } due ? "by " + DraftWriter.Day(due) : "date to be agreed";
        return $"{owner} — {DraftWriter.Shorten(WithQualifier(a), 300)} — {when}";
    }

    /// <summary>
    /// What was promised with the condition the promise came with, read from the sentence that said it: "send the refund
    /// numbers, but only for North America", "send the numbers, the EMEA part by the 20th". A promise confirmed without its
    /// qualifier is a different promise.
    /// </summary>
    public static string WithQualifier(Agreement a)
    {
        var what = a.What.Trim();
        if (string.IsNullOrWhiteSpace(a.Quote))
            return what;
        var at = a.Quote.IndexOf(what, StringComparison.OrdinalIgnoreCase);
        var clause = at >= 0 ? a.Quote[(at + what.Length)..] : a.Quote;
        // The qualifier belongs to this sentence; an aside after a dash is the reason, not the promise.
        clause = SentenceEnd().Split(clause)[0];
        if (a.DueText is { Length: > 0 } dueText)
            clause = clause.Replace(dueText, " ", StringComparison.OrdinalIgnoreCase);
        var qualifier = Qualifier().Match(clause);
        if (!qualifier.Success)
            return what;
        var words = Regex.Replace(qualifier.Value, @"\s+", " ").Trim().TrimEnd(',', ';', ':', '.', '!', '?', ' ');
        var core = Regex.Replace(words, @"^(?:but|and)\s+", "", RegexOptions.IgnoreCase);
        return what.Contains(core, StringComparison.OrdinalIgnoreCase) ? what : $"{what}, {words}";
    }

    [GeneratedRegex(@"(?<=[.!?])\s|\s[-–—]\s|;")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:(?:but|and)\s+)?(?:only|except|excluding|not including|apart from|other than|at least|at most|up to|the [\w-]+ (?:part|portion|half|piece|bit|side))\b[^,;()]*",
        RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

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
