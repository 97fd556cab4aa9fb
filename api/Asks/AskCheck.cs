using System.Text.RegularExpressions;
using CrossDept.Agreements;
using CrossDept.Departments;

namespace CrossDept.Asks;

/// <summary>What a draft request is missing, by the habits that get things done across departments.</summary>
public enum AskIssue
{
    NoDeliverable, NoDate, VagueDate, DateWithoutReason, NoStandardForDone, ScatteredAsks, MissingContext,
    /// <summary>The ask goes to someone in a department that names a point person, and not to the point person.</summary>
    PointPerson,
    /// <summary>Nothing says why it matters to the reader: their team, their goal, what they get.</summary>
    NoReasonForThem,
    /// <summary>A large ask with no offer to do the legwork.</summary>
    OfferLegwork,
    /// <summary>A large ask not made small ("can you just confirm part A? we'll do B").</summary>
    ShrinkAsk,
    /// <summary>The favour account with the recipient's department is one-sided: they delivered much more to you than you to them.</summary>
    OneSidedFavours,
}

/// <summary>Someone the draft is addressed to, with what the product knows of them: their department (with its point persons) and what they care about.</summary>
public sealed record AskRecipient(string Address, string? Name, Department? Department, string? Interest);

/// <summary>Whom the draft goes to (To) and who is copied (Cc), as the directory and the user's notes know them.</summary>
public sealed record AskContext(IReadOnlyList<AskRecipient> To, IReadOnlyList<string> Cc);

/// <summary>One thing a draft request is missing, with a suggestion; <paramref name="Quote"/> is the words concerned.</summary>
public sealed record AskFinding(AskIssue Issue, string Message, string Suggestion, string? Quote);

/// <summary>The findings for a draft; <paramref name="LooksSpecific"/> when there are none.</summary>
public sealed record AskCheckResult(IReadOnlyList<AskFinding> Findings, bool LooksSpecific, int AskCount);

/// <summary>
/// Reads a draft request the way a busy person in another department will: is there a concrete deliverable,
/// a date with its reason, a standard for "done", one message with all the context, not asks scattered about?
/// </summary>
public static partial class AskCheck
{
    /// <summary>An ask this big (asks, list items or words) deserves an offer of legwork and a smaller first step.</summary>
    public const int LargeAskCount = 3, LargeListCount = 4, LargeWordCount = 250;

    public static AskCheckResult Check(string? subject, string body, DateTimeOffset now, AskContext? context = null)
    {
        var findings = new List<AskFinding>();
        var sentences = Sentences.Split(body);
        var asks = sentences.Where(Requests.IsRequest).ToArray();
        var dates = sentences.SelectMany(s => DueDates.FindAll(s, now)).ToArray();
        var whole = (subject ?? "") + "\n" + body;

        var vague = VagueDeliverable().Match(body);
        var concrete = asks.SelectMany(s => Requests.Find(s, DueDates.FindAll(s, now)))
            .Any(r => !VagueDeliverable().IsMatch(r.What) && !Commitments.IsVague(r.What));
        if (vague.Success && !concrete)
            findings.Add(new(AskIssue.NoDeliverable, $"\u201C{vague.Value}\u201D does not say what you need back.",
                "Name the deliverable: the file, the decision or the sign-off you need (\u201Cthe Q3 churn export by account\u201D, \u201Ca yes/no on clause 4\u201D).", vague.Value));
        else if (asks.Length == 0)
            findings.Add(new(AskIssue.NoDeliverable, "There is no clear ask in this message.",
                "Add one sentence that says exactly what you need from them: \u201CCould you send me …?\u201D", null));

        var soon = VagueDate().Match(body);
        if (soon.Success)
            findings.Add(new(AskIssue.VagueDate, $"\u201C{soon.Value}\u201D is not a date; everyone reads it differently.",
                "Give a date and time (\u201Cby Thursday 5 pm\u201D) so they can plan it in.", soon.Value));
        else if (dates.Length == 0)
            findings.Add(new(AskIssue.NoDate, "There is no date: without one, this waits behind everything that has one.",
                "Say when you need it (\u201Cby Wednesday 12 November\u201D).", null));

        if ((dates.Length > 0 || soon.Success) && !Reason().IsMatch(whole))
            findings.Add(new(AskIssue.DateWithoutReason, "The date has no reason, so it reads as arbitrary.",
                "Say why that date (\u201C… because the Q4 review is on the 12th\u201D): a deadline with a reason gets priority.", dates.FirstOrDefault()?.Text ?? soon.Value));

        if (asks.Length > 0 && !DoneStandard().IsMatch(whole))
            findings.Add(new(AskIssue.NoStandardForDone, "It does not say what \u201Cdone\u201D looks like.",
                "Describe the finished result: format, level of detail, who signs it off (\u201Cas a spreadsheet, same columns as last quarter\u201D).", null));

        var listed = ListLine().Matches(body).Count;
        if (asks.Length >= 3 && listed < 2)
            findings.Add(new(AskIssue.ScatteredAsks, $"{asks.Length} separate asks are spread through the message.",
                "Put them in one numbered list, each with its owner and date, so none gets lost.", null));

        var words = WordCount().Matches(body).Count;
        var pointer = Pointer().Match(body);
        if (pointer.Success || words < 15)
            findings.Add(new(AskIssue.MissingContext, pointer.Success
                    ? $"\u201C{pointer.Value}\u201D points elsewhere: the reader may not have that context."
                    : "The message is very short: the reader may not know what this is about.",
                "Put the context in this message: what the work is for, what you already have, and where to find it.", pointer.Success ? pointer.Value : null));

        if (context is not null)
            findings.AddRange(PointPersons(context));

        // Their interest, not my request: an ask that says what the reader gets is the one that gets done.
        if (asks.Length > 0 && !ReaderInterest.IsMatch(whole))
        {
            var reader = context?.To.FirstOrDefault(r => r.Interest is not null) ?? context?.To.FirstOrDefault();
            var first = FirstName(reader);
            findings.Add(new(AskIssue.NoReasonForThem,
                $"Nothing says why this matters to {first ?? "the reader"}: their team, their goal, or what they get from it.",
                reader?.Interest is { } cares
                    ? $"You noted {first} cares about {cares}. Say how this helps with it: \u201CThis should also help your team with {cares}.\u201D"
                    : "Add a line on what it does for them: \u201CThis also gives your team …\u201D (their goal, a number they report, work it saves them).",
                null));
        }

        var large = asks.Length >= LargeAskCount || listed >= LargeListCount || words > LargeWordCount;
        if (large && !LegworkOffer.IsMatch(whole))
            findings.Add(new(AskIssue.OfferLegwork, $"This is a big ask ({Size(asks.Length, listed, words)}), and nothing offers to do the legwork.",
                "Offer to do the work yourself so they only check it: \u201CI can draft the first version, so you only need to check and confirm it.\u201D", null));
        if (large && !SmallAsk.IsMatch(whole))
        {
            var part = asks.SelectMany(s => Requests.Find(s, DueDates.FindAll(s, now))).Select(r => r.What)
                .FirstOrDefault(w => !Commitments.IsVague(w) && !VagueDeliverable().IsMatch(w));
            findings.Add(new(AskIssue.ShrinkAsk, "Their part is not made small: a big ask waits behind small ones.",
                part is null
                    ? "Ask for the smallest part first and take on the rest: \u201CCan you just confirm part A? We'll do B.\u201D"
                    : $"Ask for the smallest part first and take on the rest: \u201CCan you just confirm {part}? We'll do the rest.\u201D", null));
        }

        return new AskCheckResult(findings, findings.Count == 0, asks.Length);
    }

    /// <summary>"Process, not people": an ask to someone in a department that names point persons goes to a point person.</summary>
    static IEnumerable<AskFinding> PointPersons(AskContext context)
    {
        var addressed = context.To.Select(r => r.Address).Concat(context.Cc).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var group in context.To.Where(r => r.Department is { PointPersons.Count: > 0 })
            .GroupBy(r => r.Department!.Name, StringComparer.OrdinalIgnoreCase))
        {
            var department = group.First().Department!;
            if (department.PointPersons.Any(p => addressed.Contains(p.Address)))
                continue;
            var point = department.PointPersons[0];
            var pointName = point.Name ?? point.Address;
            var asked = string.Join(" and ", group.Select(r => r.Name ?? r.Address));
            var agreed = department.ResponseHours is { } h ? $" and it is answered within the {Hours(h)} {department.Name} agreed" : "";
            yield return new(AskIssue.PointPerson,
                $"{asked} {(group.Count() == 1 ? "is" : "are")} in {department.Name}, whose point person for requests is {pointName}.",
                $"Address it to {pointName} ({point.Address}) and copy {asked}: it goes into {department.Name}'s queue{agreed}. \u201C{FirstName(point.Name) ?? pointName}, could you help with this or route it?\u201D",
                null);
        }
    }

    static string Hours(double h) => h == 1 ? "1 business hour" : $"{h:0.#} business hours";

    static string Size(int asks, int listed, int words) =>
        asks >= LargeAskCount ? $"{asks} asks" : listed >= LargeListCount ? $"a list of {listed}" : $"{words} words";

    static string? FirstName(AskRecipient? r) => r is null ? null : FirstName(r.Name) ?? r.Address.Split('@')[0].Split('.')[0] switch
    {
        { Length: > 0 } n => char.ToUpperInvariant(n[0]) + n[1..],
        _ => null,
    };

    static string? FirstName(string? name) => string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ')[0];

    static readonly Regex ReaderInterest = Lex.Rule(Lex.Of("reader-interest"));
    static readonly Regex LegworkOffer = Lex.Rule(Lex.Of("legwork-offers"));
    static readonly Regex SmallAsk = Lex.Rule(Lex.Of("small-asks"));

    [GeneratedRegex(@"\b(?:take a (?:quick )?look|have a (?:quick )?look|look (?:at|into|over) (?:this|it|that)|any thoughts|your thoughts|thoughts\?|help (?:out|with (?:this|it|that))|touch base|check (?:this|it|that) out|weigh in|chime in|your input|some help|give (?:me|us) (?:a hand|some feedback)|see what you can do|do something about)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDeliverable();

    [GeneratedRegex(@"\b(?:asap|a\.s\.a\.p\.?|as soon as (?:possible|you can)|soon(?:ish)?|when you (?:can|get a (?:chance|moment|minute))|at your (?:earliest )?convenience|whenever|in the near future|at some point|sometime|shortly|urgent(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDate();

    [GeneratedRegex(@"\b(?:because|since (?:the|we|our)|so that|so we|so I|in order to|ahead of|in time for|for the [\w-]+(?: [\w-]+)? (?:review|launch|meeting|report|deadline|audit|board|presentation)|the (?:[\w-]+ )?(?:review|launch|meeting|deadline|audit|board) is|we start|is due|deadline|launch(?:es)?|renews?|goes live|without (?:it|this|them)|otherwise|blocked|blocking|depends on|would let|will let|lets us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b(?:format|template|columns?|fields?|same as|like last|as (?:a|an) (?:csv|pdf|spreadsheet|deck|doc|document|table|list)|csv|xlsx|excel|pdf|spreadsheet|one[- ]pager|one page|by (?:region|account|team|month|quarter|product|country)|per (?:region|account|team|month|quarter|product)|including|include|covering|with (?:the|all) |signed|sign-?off|approved|approval|yes or no|yes/no|whether|draft|final version|summary|redline|checklist|report|export|figures|numbers|code)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DoneStandard();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[.)]|[-*\u2022])\s+", RegexOptions.Multiline)]
    private static partial Regex ListLine();

    [GeneratedRegex(@"\b[\w'-]+\b")]
    private static partial Regex WordCount();

    [GeneratedRegex(@"\b(?:as discussed|as mentioned|per our (?:conversation|call|chat|discussion)|per my (?:last|previous) (?:email|note|message)|see below|see (?:the )?thread|the thing we (?:talked|spoke) about|you know the one|that issue|the usual)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();
}
