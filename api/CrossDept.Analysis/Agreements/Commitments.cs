using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>Who a commitment binds: the one who wrote it (I, we, my team) or someone named in it.</summary>
public enum CommitmentOwner { Sender, Named }

/// <summary>How firmly a clause commits: only <see cref="Firm"/> is an agreement; an offer needs a date or an acceptance.</summary>
public enum Stance { Firm, Offer, Hedged, Declined, Conditional }

/// <summary>A commitment read from one clause of a sentence.</summary>
/// <param name="Owner">The sender, or a person named in the sentence.</param>
/// <param name="Name">The name as written when <paramref name="Owner"/> is Named ("Lena" in "Marketing (Lena) will send…").</param>
/// <param name="What">A short verb phrase for the confirmation ("pull the churn export").</param>
/// <param name="Stance">Firm, an offer ("I can…" without a date), hedged, declined or conditional.</param>
/// <param name="Condition">The condition a conditional commitment waits for ("if you send me the access").</param>
/// <param name="IsVague">What is only "it"/"that" ("Yes, we'll take it"): the request it answers says what.</param>
/// <param name="IsMeeting">A time offered for a meeting ("I can do Tuesday at 10").</param>
/// <param name="HasOwnTiming">The clause sets its own moment ("once they're imaged"), so it takes no date from its neighbours.</param>
/// <param name="Start">Where the clause starts in the sentence.</param>
/// <param name="End">Where the clause ends in the sentence.</param>
public sealed record Commitment(
    CommitmentOwner Owner,
    string? Name,
    string What,
    Stance Stance,
    string? Condition,
    bool IsVague,
    bool IsMeeting,
    bool HasOwnTiming,
    int Start,
    int End)
{
    /// <summary>"Lena and I will…": the writer shares the commitment with the named owner.</summary>
    public bool AlsoSender { get; init; }

    /// <summary>"We should be able to have it by Friday": firm only with a date to hold it to.</summary>
    public bool OnlyWithDate { get; init; }
}

/// <summary>
/// Reads commitments in a sentence the way people write them in mail: "I'll…", "we will…", "Sure - I can … by Friday",
/// "you'll have X by…", "the draft will land Monday", "Marketing (Lena) will send…", "Sales (Omar) to share…";
/// and tells them from hedges ("might", "I'll try"), declines ("can't take this on") and conditions ("if you…").
/// </summary>
public static partial class Commitments
{
    static readonly DateTimeOffset AnyDay = new(2026, 1, 7, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Whether the sentence commits its writer (or the writer's team) to something: the sentence-level detector.</summary>
    public static bool IsCommitment(string sentence)
    {
        var normalized = Sentences.Normalize(sentence);
        return Find(normalized, DueDates.FindAll(normalized, AnyDay)).Any(c => (c.Owner == CommitmentOwner.Sender || c.AlsoSender) && c.Stance == Stance.Firm);
    }

    /// <summary>Every commitment-shaped clause of a sentence with its stance; <paramref name="dates"/> are the sentence's dates.</summary>
    public static IReadOnlyList<Commitment> Find(string sentence, IReadOnlyList<DueDate> dates, bool inRecap = false)
    {
        var found = new List<Commitment>();
        var text = sentence.TrimEnd();
        // A question asks; it does not promise ("Shall I send it?", "Will you send it?").
        if (text.TrimEnd('"', '\'', ')', ' ').EndsWith('?'))
            return found;
        // Every commitment shape needs one of a few words; most sentences have none, and are done with at once.
        var accepting = AcceptancePrefix().IsMatch(text);
        if (!MaybeCommitment().IsMatch(text) && !(inRecap && text.Contains(':')) && !accepting && !(dates.Count > 0 && TopicalisedCue().IsMatch(text)))
            return found;
        var clauses = new List<(int Start, int End, Commitment Commitment)>();
        var hedgedElsewhere = false;
        foreach (var (start, end) in Clauses(text))
        {
            var commitment = YouWillHave(text, start, end, dates) ?? ThingWillLand(text, start, end, dates) ?? Topicalised(text, start, end, dates)
                ?? SubjectModal(text, start, end, dates, accepting) ?? (accepting ? Verbless(text, start, end, dates) : null)
                ?? Implicit(text, start, end, dates) ?? PresentPromise(text, start, end, dates) ?? (inRecap && start == 0 ? RecapItem(text, end, dates) : null);
            // "our team will handle the migration, we should have it wrapped up by Friday": "it" is the task just named.
            if (commitment is not null && PronounObject().IsMatch(commitment.What)
                && clauses.Any(o => o.Commitment.Owner == commitment.Owner && o.Commitment.Name == commitment.Name && !o.Commitment.IsVague))
            {
                // "…, but I might not finish it": a doubt about the task named just before still hedges it.
                hedgedElsewhere |= commitment.Stance is Stance.Hedged or Stance.Declined
                    || HedgeWords().Matches(text[start..end]).Any(h => !h.Value.Equals("should be able", StringComparison.OrdinalIgnoreCase));
                continue;
            }
            if (commitment is not null)
                clauses.Add((start, end, commitment));
            else if (HedgeWords().Match(text, start) is { Success: true } elsewhere && elsewhere.Index < end)
                hedgedElsewhere = true; // "No promises, but…", "…, but no guarantees": the hedge covers the whole sentence
        }

        foreach (var (start, end, commitment) in clauses)
        {
            var clause = text[start..end];
            var hasDate = dates.Any(d => d.Index < end && d.End > start) || dates.Count > 0 && !OwnTiming().IsMatch(clause);
            // A hedge inside another commitment's clause ("…, we should be able to have it by Friday") binds only that clause.
            var hedged = hedgedElsewhere || HedgeWords().Matches(clause).Any(h => !(commitment.OnlyWithDate && h.Value.Equals("should be able", StringComparison.OrdinalIgnoreCase)));
            var stance = commitment.Stance;
            if (commitment.OnlyWithDate && !hasDate)
                stance = Stance.Hedged;
            if (stance == Stance.Offer && (hasDate || accepting))
                stance = Stance.Firm;
            if (stance == Stance.Firm && hedged)
                stance = Stance.Hedged;
            string? condition = null;
            if (stance is Stance.Firm or Stance.Offer && Condition(text, end) is { } c)
            {
                condition = c;
                stance = Stance.Conditional;
            }
            found.Add(commitment with { Stance = stance, Condition = condition, HasOwnTiming = OwnTiming().IsMatch(clause) });
        }
        return found;
    }

    /// <summary>A sentence that only says yes ("Will do", "+1", "Confirmed", "Yes, we can").</summary>
    public static bool IsAcceptance(string sentence)
    {
        var m = AcceptancePrefix().Match(sentence.Trim());
        if (!m.Success)
            return false;
        var rest = sentence.Trim()[m.Length..].Trim(' ', '.', '!', ',');
        return rest.Length == 0 || ThanksOnly().IsMatch(rest) || YesWeCan().IsMatch(rest);
    }

    /// <summary>A sentence that takes back an earlier commitment ("I have to pull out", "can't do it after all").</summary>
    public static bool IsWithdrawal(string sentence) =>
        WithdrawalClues.Any(c => sentence.Contains(c, StringComparison.OrdinalIgnoreCase)) && Withdrawal().IsMatch(sentence);

    // Every withdrawal pattern contains one of these; checking them first keeps most sentences off the long pattern.
    static readonly string[] WithdrawalClues = ["out", "after all", "any", "longer", "scratch", "ignore", "disregard", "withdraw", "back", "cancel", "pass", "make", "attend", "join", "off", "date", "deadline"];

    // Clause spans: split at ";", " - ", ", and/but/so …", "and I'll …", ", I …".
    static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        foreach (Match m in ClauseBreak().Matches(text))
        {
            if (m.Index > start)
                yield return (start, m.Index);
            start = m.Index + m.Length;
        }
        if (start < text.Length)
            yield return (start, text.Length);
    }

    static Commitment? SubjectModal(string text, int start, int end, IReadOnlyList<DueDate> dates, bool accepting)
    {
        var clause = text[start..end];
        for (var s = Subject().Match(clause); s.Success; s = s.NextMatch())
        {
            var modal = Modal().Match(clause, s.Index + s.Length);
            if (!modal.Success)
                continue;
            // "Please send me the numbers so (that) I can consolidate them": the asker's reason, not the asker's promise.
            if (PurposeBefore().IsMatch(text, start + s.Index) && Requests.Find(text[..(start + s.Index)], []).Count > 0)
                continue;
            var named = s.Groups["alias"].Success ? s.Groups["alias"].Value : s.Groups["name"].Success ? s.Groups["name"].Value : null;
            var word = modal.Groups["modal"].Value.ToLowerInvariant().Replace("\u2019", "'");
            // "X to share the list" is a recap's way of saying X will: only for a named owner opening the clause.
            if (word == "to" && (named is null || clause[..s.Index].Trim(' ', '-', '*', ',').Length > 0))
                continue;
            if (named is not null && NotAName().IsMatch(named))
                continue;

            var verbStart = start + modal.Groups["vp"].Index;
            var verb = modal.Groups["verb"].Value.ToLowerInvariant();
            var stance = Stance.Firm;
            if (modal.Groups["neg"].Success || NegativeModal().IsMatch(word) || DecidedAgainst().IsMatch(modal.Groups["vp"].Value))
                stance = Stance.Declined;
            else if (word == "should" && !modal.Groups["soft"].Success && ShouldBeAble().IsMatch(modal.Value))
                stance = Stance.Offer; // "should be able to … by Friday": a plan with a date; OnlyWithDate below
            else if (HedgeModal().IsMatch(word) || modal.Groups["soft"].Success)
                stance = Stance.Hedged;
            else if (word is "can" || word.Contains("able"))
                stance = Stance.Offer;

            if (verb == "have" && HaveTo().IsMatch(clause, modal.Groups["vp"].Index))
                continue; // "I'll have to check": an obligation, not a promise
            if (NonAction().IsMatch(verb) && stance != Stance.Declined)
            {
                // "I'll be sending", "we'll be in touch": be + doing is a commitment; "I will be out" is not.
                if (verb != "be" || !BeDoing().IsMatch(clause[(modal.Groups["vp"].Index)..]))
                    continue;
            }

            var (what, meeting) = Phrase(text, verbStart, end, dates);
            if (what.Length == 0)
                continue;
            return new Commitment(named is null ? CommitmentOwner.Sender : CommitmentOwner.Named, named, what, stance, null,
                !meeting && IsVague(what), meeting, false, start, end) { AlsoSender = named is not null && s.Groups["andme"].Success, OnlyWithDate = word == "should" && stance == Stance.Offer };
        }
        return null;
    }

    // "You'll have the numbers by Friday": the writer commits to sending them.
    static Commitment? YouWillHave(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = YouWillHavePattern().Match(text[start..end]);
        if (!m.Success)
            return null;
        var (np, _) = Phrase(text, start + m.Groups["np"].Index, end, dates);
        return np.Length == 0 ? null : new Commitment(CommitmentOwner.Sender, null, "send " + np, Stance.Firm, null, IsVague("send " + np), false, false, start, end);
    }

    // "Will send it over tomorrow.", "Happy to do that by Thursday.", "Can do Thursday at 3.": the writer, unsaid.
    static Commitment? Implicit(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = ImplicitSubject().Match(text[start..end]);
        if (!m.Success)
            return null;
        var (what, meeting) = Phrase(text, start + m.Groups["vp"].Index, end, dates);
        var verb = what.Split(' ')[0];
        if (what.Length == 0 || NonAction().IsMatch(verb) || NotAVerb().IsMatch(verb) || verb == "have" && HaveTo().IsMatch(what))
            return null;
        var stance = m.Groups["can"].Success ? Stance.Offer : Stance.Firm;
        return new Commitment(CommitmentOwner.Sender, null, what, stance, null, !meeting && IsVague(what), meeting, false, start, end);
    }

    // "and I send you a first draft on Thursday": the simple present with a day ahead is a promise in many writers' English;
    // without a day, or with "every"/"usually", it is a habit.
    static Commitment? PresentPromise(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = PresentPromisePattern().Match(text[start..end]);
        if (!m.Success || Habit().IsMatch(text[start..end]))
            return null;
        var from = start + m.Groups["vp"].Index;
        if (!dates.Any(d => d.Index >= from && d.Index < end && !PastMarker().IsMatch(text, d.Index)))
            return null;
        var (what, meeting) = Phrase(text, from, end, dates);
        return what.Length == 0 ? null : new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, meeting, false, start, end);
    }

    [GeneratedRegex(@"^\W*(?:(?:and|so|then|also)\s+)?(?:I|[Ww]e)\s+(?:(?:also|then|just)\s+)?(?<vp>(?i:" + DeliveringVerbs + @")\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PresentPromisePattern();

    [GeneratedRegex(@"\b(?:every|each|usually|always|normally|often|typically|generally|regularly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Habit();

    // Verbs that hand work over; with the object put first they say what is delivered ("the fix we deploy Friday").
    const string DeliveringVerbs = @"send|deliver|deploy|ship|share|provide|finish|complete|fix|release|publish|upload|submit|prepare|update|forward|email|mail|post|book|schedule|install|configure|return|sign|review|pay|order|transfer|write|draft|finali[sz]e|resolve|migrate|set\s+up|give|bring|hand\s+over|roll\s+out|push|process|handle|run|create|build|issue|approve|renew|arrange|organi[sz]e|test|load|import|export|translate|print|check|correct|clean\s+up";

    // "The price list I send you tomorrow", "and the fix we deploy within two weeks": the object put first, as many
    // non-native writers do; read as "send the price list". Only with a delivering verb right before a date.
    static Commitment? Topicalised(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = TopicalisedPattern().Match(text, start, end - start);
        if (!m.Success)
            return null;
        var after = m.Index + m.Length;
        if (!dates.Any(d => d.Index == after && d.Index < end))
            return null;
        var np = m.Groups["np"].Value;
        var what = Tidy(m.Groups["verb"].Value.ToLowerInvariant() + " " + char.ToLowerInvariant(np[0]) + np[1..]);
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, false, false, start, end);
    }

    // "On it - badges ready first thing Monday", "Sure, slides over by Friday": after a yes, a thing and its state say the promise.
    static Commitment? Verbless(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var from = start == 0 ? AcceptancePrefix().Match(text).Length : start;
        if (from >= end || !dates.Any(d => d.Index >= from && d.Index < end))
            return null;
        var m = VerblessPattern().Match(text, from, end - from);
        // "invoices done last Monday" reports the past; only a date ahead promises.
        if (!m.Success || !dates.Any(d => d.Index >= m.Index + m.Length && d.Index < end && !PastMarker().IsMatch(text, d.Index)))
            return null;
        var thing = Tidy(m.Groups["np"].Value);
        var state = m.Groups["state"].Value.ToLowerInvariant();
        var what = state is "sent" or "over" or "delivered" ? "send " + thing : "have " + thing + " " + state;
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, false, false, start, end);
    }

    // In a recap, "Omar: share the top-20 account list by Friday" assigns the line to Omar.
    static Commitment? RecapItem(string text, int end, IReadOnlyList<DueDate> dates)
    {
        var m = RecapLine().Match(text[..end]);
        if (!m.Success || NotAName().IsMatch(m.Groups["name"].Value))
            return null;
        var (what, meeting) = Phrase(text, m.Groups["vp"].Index, end, dates);
        // "Me: book the demo" in the writer's own list: the writer is the owner.
        var self = SelfLabel().IsMatch(m.Groups["name"].Value);
        return what.Length == 0 ? null : new Commitment(self ? CommitmentOwner.Sender : CommitmentOwner.Named, self ? null : m.Groups["name"].Value, what, Stance.Firm, null, false, meeting, false, 0, end);
    }

    // "The draft will land on Monday instead": a thing the writer delivers, promised with a date.
    static Commitment? ThingWillLand(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = ThingPattern().Match(text[start..end]);
        if (!m.Success || !dates.Any(d => d.Index >= start && d.Index < end))
            return null;
        var thing = Possessive(m.Groups["det"].Value) + " " + m.Groups["np"].Value;
        var pred = m.Groups["pred"].Value.ToLowerInvariant();
        var what = pred is "land" or "arrive" or "ship" or "go out" || DeliveredState().IsMatch(pred)
            ? "send " + thing
            : "have " + thing + " " + pred.Replace("be ", "").Replace("go ", "");
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, false, false, start, end);
    }

    /// <summary>The verb phrase from <paramref name="from"/> to the clause end, without its date, time and filler.</summary>
    internal static (string What, bool Meeting) Phrase(string text, int from, int end, IReadOnlyList<DueDate> dates)
    {
        // The date goes in its own column: take it out of the phrase, wherever it sits.
        var inside = dates.Where(d => d.Index >= from && d.Index < end).ToArray();
        var date = inside.FirstOrDefault();
        var sb = new System.Text.StringBuilder();
        var at = from;
        foreach (var d in inside)
        {
            if (d.Index > at)
                sb.Append(text, at, d.Index - at);
            at = Math.Min(end, Math.Max(at, d.End));
        }
        if (at < end)
            sb.Append(text, at, end - at);
        var vp = sb.ToString();
        var stop = PhraseStop().Match(vp);
        if (stop.Success)
            vp = vp[..stop.Index];
        var time = TimeOfDay().Match(vp);
        var timeText = time.Success ? time.Value.Trim().TrimEnd('.') : null;
        if (time.Success)
            vp = vp.Remove(time.Index, time.Length);
        if (timeText is null && date is not null && TimeOfDay().Match(text, date.End, Math.Max(0, end - date.End)) is { Success: true } after && after.Index - date.End <= 2)
            timeText = after.Value.Trim().TrimEnd('.');

        vp = Tidy(vp);
        if (date is not null && MeetingVerb().IsMatch(vp))
        {
            var when = LeadWord().Replace(date.Text, "");
            return ("meet " + when + (timeText is null ? "" : " " + (timeText.StartsWith("at", StringComparison.OrdinalIgnoreCase) ? timeText : "at " + timeText)), true);
        }
        return (vp, false);
    }

    static string Tidy(string vp)
    {
        vp = vp.Trim().TrimEnd('.', ',', '!', '?', ';', ':', '-', ' ', ')', '"');
        vp = Filler().Replace(vp, "");
        vp = BeDoingPrefix().Replace(vp, "");
        vp = HaveItToYou().Replace(vp, "send ${np}");
        vp = GetYouIt().Replace(vp, m => (m.Groups["verb"].Value.Equals("get", StringComparison.OrdinalIgnoreCase) ? "send" : m.Groups["verb"].Value) + " ");
        vp = TrailingToYou().Replace(vp, "");
        vp = OurMy().Replace(vp, "the");
        vp = Spaces().Replace(vp, " ").Trim().TrimEnd('.', ',', '!', '?', ';', ':', '-', ' ');
        if (vp.Length > 1 && char.IsUpper(vp[0]) && char.IsLower(vp[1]))
            vp = char.ToLowerInvariant(vp[0]) + vp[1..];
        return vp;
    }

    static string Possessive(string det) => det.ToLowerInvariant() is "our" or "my" ? "the" : det.ToLowerInvariant();

    /// <summary>What is only a pronoun ("take it", "do that", "help"): the request it accepts says what it is.</summary>
    public static bool IsVague(string what)
    {
        // "keep you posted", "get back to you": a promise to talk, not a task, unless a date makes it one.
        if (StatusPromise().IsMatch(what))
            return true;
        var space = what.IndexOf(' ');
        return space < 0 || Words.Content(what[(space + 1)..]).Count == 0;
    }

    static string? Condition(string text, int clauseEnd)
    {
        foreach (Match m in ConditionWord().Matches(text[..clauseEnd]))
            if (!PoliteCondition().IsMatch(text, m.Index))
                return text[m.Index..].Split([',', ';'], 2)[0].Trim();
        return null;
    }

    [GeneratedRegex(@"\s*;\s*|\s+-+\s+|\s*,\s+(?=(?:and|but|so|then|while|although|though|plus)\b)|(?<!^\W*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?=(?:and|but|so|plus)\s+(?:I|we|I'll|we'll|I'm|we're|our team|my team)\b)|,\s+(?=(?:I|[Ww]e)\b)|:\s+(?=[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?<![\w'])(?:(?<i>I)|(?<we>[Ww]e)|(?<team>(?i:our|my)\s+(?i:team|group|department|dept|folks|people|side|org|crew|squad))|(?:[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,2}\s*)?\((?<alias>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\)|(?<name>[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)(?:\s+(?i:from|on|in|at|of)\s+(?i:the\s+)?[\w&/-]+(?:\s+(?i:team))?)?)(?<andme>\s+(?i:and|&)\s+(?:I|me|myself|my team))?(?=\s|')", RegexOptions.CultureInvariant)]
    private static partial Regex Subject();

    [GeneratedRegex(@"\G(?:\s+|(?='))(?:(?:also|definitely|certainly|then|just|still|now|gladly|happily|personally|absolutely|surely|both|all|actually|really|totally|first|(?<soft>probably|likely|hopefully))\s+)*(?<modal>'ll|will|shall|(?:am|'m|are|'re|is|'s)\s+(?:going|planning|committed)\s+to|(?:am|'m|are|'re|is|'s)\s+(?:able|happy|glad|hoping|aiming|looking)\s+to|(?:would|'d)\s+be\s+(?:happy|glad|delighted)\s+to|(?:plan|intend|promise|commit|undertake|expect)\s+to|(?:hope|aim|want|need|have)\s+to|can|could|might|may|should|would|'d|won't|wont|can't|cannot|shan't|will\s+not|shall\s+not|'ll\s+not|can\s+not|(?:am|'m|are|'re|is|'s)\s+not\s+(?:going|able)\s+to|to)(?<neg>\s+(?:not|never)\b)?(?:\s+(?:also|definitely|certainly|then|just|still|now|gladly|happily|personally|absolutely|surely|first|be\s+able\s+to|be\s+sure\s+to|make\s+sure\s+to|go\s+ahead\s+and|(?<soft>probably|try\s+to|try\s+and|aim\s+to|need\s+to|have\s+to|hope\s+to|attempt\s+to)))*\s+(?<vp>(?<verb>[A-Za-z][\w'-]*)\b.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Modal();

    [GeneratedRegex(@"^(?:won't|wont|can't|cannot|shan't|will\s+not|shall\s+not|'ll\s+not|can\s+not|.*\bnot\s+(?:going|able)\s+to)$", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeModal();

    // "We'll hold off on a notice for now", "we'll park that": a decision not to act, said with a future.
    [GeneratedRegex(@"^(?:hold\s+off|hold\s+back|park\b|put\b.{0,40}\bon\s+hold|pause\b|postpone\b|defer\b|leave\s+(?:it|that|this)\s+for\s+now)", RegexOptions.IgnoreCase)]
    private static partial Regex DecidedAgainst();

    [GeneratedRegex(@"^(?:could|might|may|should|would|'d|(?:hope|aim|want|need|have)\s+to|.*\b(?:hoping|aiming|looking)\s+to)$", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeModal();

    // Verbs that after "I will" do not promise work to someone (I'll see, I'll need, I'll be out).
    [GeneratedRegex(@"^(?:be|see|need|like|love|want|know|remember|miss|lose|understand|imagine|think|guess|assume|hear|appreciate|agree|only|not|never|always|usually|often|continue|wait|stay|remain|happen|cost|feel|seem|mean|wonder|hate|prefer|wish|ever|probably|likely|definitely|surely|certainly|also|just|still|need)$", RegexOptions.IgnoreCase)]
    private static partial Regex NonAction();

    [GeneratedRegex(@"^be\s+(?:\w+ing\b|there\b|in touch\b|on the call\b|available\b|around\b|back in touch\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeDoing();

    [GeneratedRegex(@"(?:\byou(?:'ll|\s+will|\s+shall|\s+should)\s+(?:have|get|receive)|^(?:(?:and|so)\s+)?(?:expect|look out for))\s+(?!to\b|a chance\b|time\b|any\b|questions?\b|delays?\b|some\b|the (?:idea|point|gist|picture|impression|sense|feeling|message)\b)(?<np>\w.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex YouWillHavePattern();

    [GeneratedRegex(@"(?:^|[:,]\s*|\b(?:and|but|so|then|ok|okay)\s+)(?<det>[Tt]he|[Yy]our|[Oo]ur|[Mm]y|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?<np>[\w-]+(?:\s+[\w-]+){0,4}?)\s+(?:will|'ll|is going to|are going to)\s+(?:now\s+|then\s+|also\s+|still\s+|definitely\s+)?(?<pred>land|arrive|ship|go out|go live|be (?:ready|done|finished|complete|completed|sent|delivered|available|live|up|running|shared|out|in your inbox|with you|over to you|uploaded|published|signed|approved|in place|fixed|resolved|deployed))\b", RegexOptions.CultureInvariant)]
    private static partial Regex ThingPattern();

    [GeneratedRegex(@"^be (?:sent|delivered|with you|in your inbox|over to you|shared|out|uploaded|published)$")]
    private static partial Regex DeliveredState();

    [GeneratedRegex(@"\b(?:might|maybe|perhaps|possibly|no promises|not sure|unlikely|if possible|if I can|if we can|if time permits|time permitting|fingers crossed|should be able|hopefully|with any luck|all being well|I think I can|I'll try|we'll try|I will try|we will try)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgeWords();

    [GeneratedRegex(@"\b(?:once|when|after|as soon as|whenever)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnTiming();

    [GeneratedRegex(@"\b(?:(?<!\b(?:see|know|check|ask|asking|wonder|wondering|out|me know|tell me|whether)\s)if|unless|provided|providing|as long as|so long as|assuming|on condition|once you|when you|as soon as you|after you)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionWord();

    [GeneratedRegex(@"\G(?:if|unless|provided|providing|assuming)\s+(?:needed|necessary|required|helpful|useful|that helps|that works|that's ok|that is ok|that's okay|that suits|you like|you'd like|you want|you prefer|you need (?:it|them|anything)|so|not|any|you have any questions|there are any questions|anything changes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PoliteCondition();

    [GeneratedRegex(@"^(?:(?:yes|yep|yup|yeah|sure|ok|okay|absolutely|definitely|of course|certainly|agreed|confirmed|will do|can do|consider it done|on it|I'm on it|count me in|happy to help|happy to|glad to help|glad to|no problem|sounds good|\+1)\b|\+1)(?:[\s,.!;:-]+(?:(?:yes|sure|ok|okay|of course|certainly|agreed|confirmed|will do|can do|consider it done|on it|happy to help|no problem|\+1)\b|\+1))*[\s,.!;:-]*", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptancePrefix();

    [GeneratedRegex(@"^(?:thanks|thank you|cheers|many thanks|thx)(?:\s+[A-Z][a-z]+)?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ThanksOnly();

    [GeneratedRegex(@"^(?:we|I)\s+(?:can|will|shall)(?:\s+do\s+(?:it|that|this))?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex YesWeCan();

    [GeneratedRegex(@"(?:^(?:(?:sorry|unfortunately|apologies)[,!.]?\s+)?(?:I\s+|we\s+)?(?:can't|cannot|can no longer|won't be able to|will not be able to|won't|am not able to)\s+(?:make|attend|join)\b|\b(?:(?:have|need|'ll have|will have|must)\s+to\s+(?:pull out|back out|withdraw|bow out|drop out|step back|step away|cancel|pass on (?:this|it))|pull(?:ing)? out\b|back(?:ing)? out\b|bow(?:ing)? out\b|count me out|no longer (?:be able|able|going|available|possible|happening|doing)|(?:can't|cannot|won't be able to|will not be able to|can no longer|not able to)\b.*\b(?:after all|anymore|any more|any longer)|scratch that|(?:ignore|disregard) my (?:last|previous|earlier)|withdraw(?:ing)? (?:my|our|from)|take (?:that|it) back|take me off\b|(?:rather not|can't|cannot|won't|unable to|not able to)\s+(?:put|commit to|give|promise|set)\s+(?:a|that|the|any)\s+(?:firm\s+)?(?:date|deadline)))", RegexOptions.IgnoreCase)]
    private static partial Regex Withdrawal();

    [GeneratedRegex(@"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|This|That|It|There|Here|Which|What|Who|Everyone|Everybody|Someone|Somebody|Anyone|Nobody|Nothing|Something|Everything|All|Both|Each|Either|Neither|Thanks|Thank|Please|Hi|Hello|Dear|Yes|Sure|Ok|Okay|Point|Item|Step|Phase|Option|Page|Section|Next|Then|Also|And|But|So|If|When|Once|After|Before|Today|Tomorrow|He|She|They|You|These|Those|One|Hope|Let|Happy|Glad|Great|Perfect|Sorry|Cheers|Best|Regards|FYI|Note|Looking)\b")]
    private static partial Regex NotAName();

    [GeneratedRegex(@"^(?:do|make|meet|manage|join|attend|make it|do it|do that|be there|come|see you|talk|chat|call)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingVerb();

    [GeneratedRegex(@"(?:,|\s+-\s|;|\s+but\b|\s+so that\b|\s+so (?:you|we|they|he|she)\s+(?:can|could|have|may)\b|\s+because\b|\s+since\b|\s+as\s+(?:discussed|agreed|requested|promised|planned)\b|\s+if\b|\s+unless\b|\s+provided\b|\s+assuming\b|\s+as long as\b|\s+instead\b|\s+as well\b|\s+(?:for|as) a (?:quick )?(?:check|review|look)\b|\s+for you to\b|\s+for your\b|\s+at the latest\b|\s+anyway\b|\s+(?:though|then)\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseStop();

    [GeneratedRegex(@"(?:\bat\s+)?\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)|\bat\s+\d{1,2}(?::\d{2})?\b|\bat\s+noon\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"^(?:no later than|not later than|at the latest by|latest by|by|before|on|until|till|due|for|within|in|from)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadWord();

    [GeneratedRegex(@"\b(?:also|definitely|certainly|gladly|happily|personally|just)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:have|get)\s+(?<np>.+?)\s+(?:over\s+)?to you\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveItToYou();

    [GeneratedRegex(@"^(?<verb>send|get|give|email|forward|show|mail)\s+(?:you|you guys|you all|y'all)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex GetYouIt();

    [GeneratedRegex(@"\s+(?:over\s+)?(?:to|with|for)\s+(?:you|you guys|you all|y'all)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingToYou();

    [GeneratedRegex(@"\b(?:[Oo]ur|[Mm]y)\b")]
    private static partial Regex OurMy();

    [GeneratedRegex(@"^(?:(?:and|so|then|ok|okay)\s+)?(?:(?<will>[Ww]ill|[Ss]hall)|(?<happy>(?:[Hh]appy|[Gg]lad|[Pp]lanning|[Gg]oing)\s+to)|(?<can>[Cc]an))\s+(?:(?:definitely|also|certainly|then|gladly)\s+)?(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ImplicitSubject();

    [GeneratedRegex(@"^(?<name>I|[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?)\s*(?:\([^)]*\)\s*)?(?::|\s-)\s+(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RecapLine();

    // Read leftwards from the subject (\G is where the scan starts), so no substring is cut for every subject.
    [GeneratedRegex(@"\b(?:so|so\s+that|in\s+order\s+that)\s*\G", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PurposeBefore();

    [GeneratedRegex(@"^\W*should\s+be\s+able\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldBeAble();

    [GeneratedRegex(@"^[\w'-]+\s+(?:it|that|this|them)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PronounObject();

    [GeneratedRegex(@"\G\W*(?:(?:and|so|then|but|also)\s+)?(?<np>(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Oo]ur|[Mm]y|[Yy]our)\s+[\w-]+|(?<=^\W*)(?!(?:Today|Tomorrow|Tonight|Then|So|Also|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Next|This|That|Yes|Sure|Ok|Okay|Now|Later|Soon)\b)[A-Z][a-z][\w-]*)(?:\s+[\w-]+){0,4}?)\s+(?:I|[Ww]e)(?:\s+|(?='))(?:(?:will|'ll|shall|can|then|also)\s+)?(?<verb>(?i:" + DeliveringVerbs + @"))(?:\s+(?:you|it|them|to\s+you|over|out|to\s+production|live))*\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TopicalisedPattern();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+|(?='))(?:(?:will|'ll|shall|can|then|also)\s+)?(?i:" + DeliveringVerbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex TopicalisedCue();

    [GeneratedRegex(@"\G\W*(?<np>(?!(?:I|we|you|it|that|this|they|he|she|all|everything|nothing|which|what)\b)(?:(?:the|your|our|my|all|both)\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:will\s+be\s+|are\s+|is\s+)?(?<state>ready|done|over|sent|finished|delivered|booked|fixed|sorted|live|in place)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerblessPattern();

    [GeneratedRegex(@"\b(?:last|since|ago|earlier)\s*\G", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PastMarker();

    [GeneratedRegex(@"^(?:I|Me|Myself)$", RegexOptions.CultureInvariant)]
    private static partial Regex SelfLabel();

    [GeneratedRegex(@"\b(?:will|shall|can|going|happy|glad|plan|planning|intend|promise|commit|committed|undertake|expect|able|look out)\b|'ll\b|^[A-Z][\w&/-]*(?:\s+[A-Z][\w&/-]*){0,2}\s*(?:\([^)]*\)\s*)?\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MaybeCommitment();

    [GeneratedRegex(@"^(?:these|those|the|this|that|you|we|they|it|he|she|there|a|an|all|any|some|our|your|my|their|i|not|never)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAVerb();

    [GeneratedRegex(@"\Ghave\s+(?:to|got to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveTo();

    [GeneratedRegex(@"^(?:keep (?:you|everyone|all|y'all|both)(?: of you)? (?:posted|updated|informed|in the loop)|let (?:you|everyone|all|y'all|both)(?: of you)? know|get back(?: to (?:you|everyone))?|follow up|circle back|touch base|be in touch|reach out|take a look|have a look|look into it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StatusPromise();

    // "be sending the invoice" reads as "sending the invoice" in a list of who does what.
    [GeneratedRegex(@"^be\s+(?=\w+ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeDoingPrefix();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
