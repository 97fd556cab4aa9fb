using System.Text.RegularExpressions;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>Who a commitment binds: the one who wrote it (I, we, my team) or someone named in it.</summary>
public enum CommitmentOwner { Sender, Named }

/// <summary>
/// How firmly a clause commits: only <see cref="Firm"/> is an agreement; an offer needs a date or an acceptance;
/// <see cref="NotAPromise"/> has a promise's shape but says something else (<see cref="Commitment.Why"/> says what).
/// </summary>
public enum Stance { Firm, Offer, Hedged, Declined, Conditional, NotAPromise }

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

    /// <summary>
    /// "Our technician Mr. Anan will go to site", "my shift supervisor Khun Preecha will receive him", "Engineering will
    /// deliver the hotfix": the named person or department is of the writer's own side; when no participant answers to
    /// the name, the writer answers for it.
    /// </summary>
    public bool WritersOwn { get; init; }

    /// <summary>"We should be able to have it by Friday": firm only with a date to hold it to.</summary>
    public bool OnlyWithDate { get; init; }

    /// <summary>The id of the rule that read it (<see cref="Rules"/>): what <c>--explain</c> reports.</summary>
    public string Rule { get; init; } = "";

    /// <summary>The words the rule fired on ("I'll", "Sales (Omar) to", "the draft will land").</summary>
    public string Words { get; init; } = "";

    /// <summary>Why a clause of a promise's shape is not one (<see cref="Stance.NotAPromise"/>): what <c>--explain</c> says.</summary>
    public string? Why { get; init; }
}

/// <summary>
/// Reads commitments in a sentence the way people write them in mail: "I'll…", "we will…", "Sure - I can … by Friday",
/// "you'll have X by…", "the draft will land Monday", "Marketing (Lena) will send…", "Sales (Omar) to share…";
/// and tells them from hedges ("might", "I'll try"), declines ("can't take this on") and conditions ("if you…").
/// </summary>
public static partial class Commitments
{
    static readonly DateTimeOffset AnyDay = new(2026, 1, 7, 12, 0, 0, TimeSpan.Zero);

    // What Find and Tidy trim off, made once: characters written in the call were a new array on every call (Tidy runs for
    // every phrase read, Find for every sentence).
    static readonly char[] QuestionTail = ['"', '\'', ')', ' '];
    static readonly char[] PhraseTail = ['.', ',', '!', '?', ';', ':', '-', ' ', ')', '"'];
    static readonly char[] PunctuationTail = ['.', ',', '!', '?', ';', ':', '-', ' '];

    /// <summary>Whether the sentence commits its writer (or the writer's team) to something: the sentence-level detector.</summary>
    public static bool IsCommitment(string sentence)
    {
        var normalized = Sentences.Normalize(sentence);
        return Find(normalized, DueDates.FindAll(normalized, AnyDay)).Any(c => (c.Owner == CommitmentOwner.Sender || c.AlsoSender) && c.Stance == Stance.Firm);
    }

    /// <summary>Every commitment-shaped clause of a sentence with its stance; <paramref name="dates"/> are the sentence's dates.</summary>
    public static IReadOnlyList<Commitment> Find(string sentence, IReadOnlyList<DueDate> dates, bool inRecap = false) =>
        Find(sentence, dates, inRecap, Tagger.Tags(sentence.TrimEnd()));

    /// <summary><see cref="Find(string, IReadOnlyList{DueDate}, bool)"/> for a sentence already tagged (<see cref="Parsed.Tags"/>).</summary>
    internal static IReadOnlyList<Commitment> Find(string sentence, IReadOnlyList<DueDate> dates, bool inRecap, Tag tags)
    {
        var found = new List<Commitment>();
        var text = sentence.TrimEnd();
        // A question asks; it does not promise ("Shall I send it?", "Will you send it?"). "I'll be glad to route the CAF,
        // is the below the final document?": a statement with a question spliced on after a comma keeps its promise.
        if (text.TrimEnd(QuestionTail).EndsWith('?'))
        {
            if (SplicedQuestion.Match(text) is not { Success: true } question || QuestionFirst.IsMatch(text))
                return found;
            text = text[..question.Index];
            dates = dates.Where(d => d.End <= text.Length).ToArray();
        }
        // Every commitment shape needs one of a few words; most sentences have none, and are done with at once.
        var accepting = AcceptancePrefix.IsMatch(text);
        var meeting = dates.Count > 0 && dates[0].Index <= 12;
        // One look at the sentence's words says which of the shapes below cannot match (ShapeWords).
        var words = ShapeWords.Scan(text);
        var youWillHave = tags.HasFlag(Tag.Reader) && Has(words, YouOrExpect) && YouWillHavePattern.IsMatch(text);
        if (!meeting && !youWillHave && !tags.HasFlag(Tag.Cue) && !RecapTo().IsMatch(text) && !(inRecap && text.Contains(':')) && !accepting && !(dates.Count > 0 && Has(words, WriterDelivers) && TopicalisedCue.IsMatch(text))
            && !(dates.Count > 0 && Has(words, IWe) && ProgressivePromise.IsMatch(text)))
            return found;
        var hedgeWords = Has(words, Hedge);
        var clauses = new List<(int Start, int End, Commitment Commitment)>();
        var hedgedElsewhere = false;
        foreach (var (start, end) in Clauses(text))
        {
            var commitment = (Has(words, YouOrExpect) ? Named(YouWillHave(text, start, end, dates), Rules.YouWillHave, text, start, end) : null)
                ?? (Has(words, Passive) ? Named(ThingWillLand(text, start, end, dates), Rules.PassivePromise, text, start, end) : null)
                ?? (Has(words, WriterDelivers) ? Named(Topicalised(text, start, end, dates), Rules.Topicalised, text, start, end) : null)
                ?? Named(MeetingAccept(text, start, end, dates), Rules.MeetingAcceptance, text, start, end)
                ?? (Has(words, SignUps) ? Named(SignUp(text, start, end, dates), Rules.MeetingAcceptance, text, start, end) : null)
                ?? SubjectModal(text, start, end, dates, accepting)
                ?? (accepting ? Named(Verbless(text, start, end, dates), Rules.VerblessAfterYes, text, start, end) : null)
                ?? Named(Implicit(text, start, end, dates), Rules.Subjectless, text, start, end)
                ?? (Has(words, IWe) ? Named(PresentPromise(text, start, end, dates), Rules.PresentPromise, text, start, end) : null)
                ?? (inRecap && start == 0 ? Named(RecapItem(text, end, dates), Rules.RecapLine, text, start, end) : null);
            // "our team will handle the migration, we should have it wrapped up by Friday": "it" is the task just named.
            if (commitment is not null && PronounObject.IsMatch(commitment.What)
                && clauses.Any(o => o.Commitment.Owner == commitment.Owner && o.Commitment.Name == commitment.Name && !o.Commitment.IsVague))
            {
                // "…, but I might not finish it": a doubt about the task named just before still hedges it.
                hedgedElsewhere |= commitment.Stance is Stance.Hedged or Stance.Declined
                    || hedgeWords && HedgeWords.Matches(text[start..end]).Any(h => !h.Value.Equals("should be able", StringComparison.OrdinalIgnoreCase));
                continue;
            }
            if (commitment is not null)
                clauses.Add((start, end, commitment));
            else if (hedgeWords && HedgeWords.Match(text, start) is { Success: true } elsewhere && elsewhere.Index < end)
                hedgedElsewhere = true; // "No promises, but…", "…, but no guarantees": the hedge covers the whole sentence
        }

        foreach (var (start, end, commitment) in clauses)
        {
            var clause = text[start..end];
            // "The main paper is due on 12/11, but I can add the table as a late appendix": after a contrast, an offer's
            // clause does not take the day the clause before gave something else.
            var ownDate = dates.Any(d => d.Index < end && d.End > start);
            var hasDate = ownDate || dates.Count > 0 && !OwnTiming.IsMatch(clause) && !(commitment.Stance == Stance.Offer && ContrastOpener().IsMatch(clause));
            // A hedge inside another commitment's clause ("…, we should be able to have it by Friday") binds only that clause.
            var hedged = hedgedElsewhere || hedgeWords && HedgeWords.Matches(clause).Any(h => !(commitment.OnlyWithDate && h.Value.Equals("should be able", StringComparison.OrdinalIgnoreCase)));
            var stance = commitment.Stance;
            if (commitment.OnlyWithDate && !hasDate)
                stance = Stance.Hedged;
            if (stance == Stance.Offer && (hasDate || accepting))
                stance = Stance.Firm;
            if (stance == Stance.Firm && hedged)
                stance = Stance.Hedged;
            string? condition = null;
            var awaited = false;
            var contingent = false; // "if anything is stuck": a fallback for what may never happen
            if (stance is Stance.Firm or Stance.Offer)
            {
                // "Let me know today if you agree and I'll…": the ask to answer holds the "if" too; "if you need me I'll be
                // there, if not then I won't" keeps its own condition.
                if (AskedFirst(text, start, end) is { } answer)
                    (condition, awaited) = (answer, true);
                else if (Condition(text, start, end) is { } c)
                    (condition, contingent) = (c, Contingency.IsMatch(c) || ContingencyEvent.IsMatch(c) || NotInCondition.IsMatch(c) || OpenConditionAlone.IsMatch(c));
                else if (OpenBefore(text, start, end) is { } open)
                    (condition, awaited) = (open, true);
                // "If the hotel approves the PO we will do the cleaning", "Provided there are no excursions, I'll have the CoA
                // over by Thursday": a firm promise with a condition is made, and its condition goes with it; an offer
                // on one ("if you need, I can also do the visuals") waits until the condition is met.
                if (condition is not null && (commitment.Stance == Stance.Offer || awaited || contingent))
                    stance = Stance.Conditional;
            }
            // "Please let me know today if you agree and I will schedule it": the day is the answer's, not the promise's; "I'll
            // confirm the pallets if the numbers hold up, should know more once ops close the month": a promise on a
            // condition takes only a day of its own.
            found.Add(commitment with { Stance = stance, Condition = condition, HasOwnTiming = OwnTiming.IsMatch(clause) || (awaited || condition is not null) && !ownDate });
        }
        // "In this e-mail I will explain: (1)…, and I will make some suggestions": with no day, the sentence announces
        // what the message goes on to say, and every undated promise of it with it. A day already past dates what it speaks
        // of, not the promise ("I will summarize the discussions from the meeting this morning").
        if (dates.All(d => PastMarker.IsMatch(text, d.Index) || PastDay.IsMatch(d.Text)) && found.Any(c => c.Stance is Stance.Firm or Stance.Offer && MessageDescribing.IsMatch(c.What)))
            for (var k = 0; k < found.Count; k++)
                if (found[k].Stance is Stance.Firm or Stance.Offer or Stance.Conditional)
                    found[k] = found[k] with { Stance = Stance.NotAPromise, Why = "describes what the message itself goes on to say ('I will explain…'), with no day ahead" };
        return found;
    }

    // What the shapes' patterns cannot match without (a WordGate is never wrong when it says "cannot"): a passive promise
    // needs a passive-sent or passive-done entry; a topicalised or present-tense promise "I"/"we" and a delivering verb;
    // a sign-up its sign-up words; "you'll have…"/"expect…" "you" or an expect opener; a hedge one of the hedges.
    const int Passive = 1, Delivering = 2, IWe = 4, SignUps = 8, YouOrExpect = 16, Hedge = 32, WriterDelivers = IWe | Delivering;

    static readonly WordGate ShapeWords = new WordGate.Builder()
        .KeyWords(Passive, "passive-sent", "passive-done")
        .KeyWords(Delivering, "delivering-verbs")
        .Word(IWe, "I", "we")
        .KeyWords(SignUps, "sign-ups")
        .Word(YouOrExpect, "you").KeyWords(YouOrExpect, "expect-openers")
        .KeyWords(Hedge, "hedges")
        .Build();

    static bool Has(int words, int needs) => (words & needs) == needs;

    // The rule's id and, unless it said more precisely, the clause it read as the words it fired on.
    static Commitment? Named(Commitment? c, string rule, string text, int start, int end) =>
        c is null ? null : c with { Rule = rule, Words = c.Words.Length > 0 ? c.Words : text[start..end].Trim() };

    /// <summary>A sentence that only says yes ("Will do", "+1", "Confirmed", "Yes, we can").</summary>
    public static bool IsAcceptance(string sentence)
    {
        var m = AcceptancePrefix.Match(sentence.Trim());
        if (!m.Success)
            return false;
        var rest = sentence.Trim()[m.Length..].Trim(' ', '.', '!', ',');
        return rest.Length == 0 || ThanksOnly.IsMatch(rest) || YesWeCan().IsMatch(rest);
    }

    /// <summary>
    /// A reply that opens with a yes and says nothing against it ("Yes - the unit will be on the bench by Thursday"): what
    /// it answers holds. "Ok, but not before Friday" and "Yes, unfortunately we can't" do not.
    /// </summary>
    public static bool OpensWithYes(IReadOnlyList<string> sentences)
    {
        // "Hi Priya" on a line of its own greets; the yes, if any, is what comes after it.
        var first = sentences.FirstOrDefault(s => !GreetingLine.IsMatch(s));
        if (first is null)
            return false;
        var text = first.Trim();
        var m = AcceptancePrefix.Match(text);
        return m.Success && m.Length > 0 && (Tagger.Tags(text[m.Length..]) & (Tag.Negation | Tag.Hedge | Tag.Question)) == 0;
    }

    /// <summary>
    /// A short yes, also with an emoji or a day after it ("Will do 👍", "Confirmed, Friday", "Yes - by the 9th"): the date,
    /// when there is one, is the one the yes promises.
    /// </summary>
    public static bool IsAcceptance(string sentence, IReadOnlyList<DueDate> dates, out DueDate? date)
    {
        date = null;
        var text = sentence.Trim();
        // "Wednesday works.", "Thursday's fine", "January 15th is great for me": the day asked for, accepted.
        if (dates.Count > 0 && DayAccepted(sentence, dates[0]))
        {
            date = dates[0];
            return true;
        }
        var m = AcceptancePrefix.Match(text);
        if (!m.Success || m.Length == 0)
            return false;
        var rest = text[m.Length..].Trim(' ', '.', '!', ',');
        if (rest.Contains('?'))
            return false; // "Ok?" asks back
        if (rest.Length == 0 || ThanksOnly.IsMatch(rest) || YesWeCan().IsMatch(rest) || !rest.Any(char.IsLetterOrDigit))
            return true;
        var offset = sentence.IndexOf(text, StringComparison.Ordinal) + m.Length;
        if (dates.FirstOrDefault(d => d.Index >= offset) is not { } day)
            return false;
        // What is left besides the day is only a lead word and punctuation ("by", "on", "-"), or thanks.
        var left = (sentence[offset..day.Index] + " " + sentence[day.End..]).Trim(' ', '.', '!', ',', '-', ':');
        left = LeadWord.Replace(left, "").Trim(' ', '.', '!', ',', '-');
        if (left.Length > 0 && left.Any(char.IsLetterOrDigit) && !ThanksOnly.IsMatch(left) && !LeadWord.IsMatch(left + " ") && !Lex.Has("date-lead-words", left))
            return false;
        date = day;
        return true;
    }

    static bool DayAccepted(string sentence, DueDate day) =>
        sentence.AsSpan(0, day.Index).Trim().Length == 0 && DayThenAcceptance.IsMatch(sentence, day.End);

    static readonly Regex DayThenAcceptance = Lex.Rule(@"\G(?:'s|\u2019s)?\s*(?:" + Lex.Of("meeting-acceptances") + @")(?:\s+(?:for|with|by)\s+(?:me|us))?[\s.!]*$", RegexOptions.IgnoreCase);

    // "Tuesday at 3 works for me", "Thursday 2pm is fine": the writer accepts a time, so will meet then.
    static Commitment? MeetingAccept(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        if (start != 0 || dates.Count == 0 || dates[0].Index > 12 || dates[0].End > end)
            return null;
        var m = MeetingAcceptance.Match(text, dates[0].End, end - dates[0].End);
        if (!m.Success)
            return null;
        // A time of day makes it a meeting: "Monday works" alone may accept a moved deadline.
        var between = m.Groups["between"];
        var time = TimeOfDay().Match(text, dates[0].Index, between.Index + between.Length - dates[0].Index);
        if (!time.Success)
            return null;
        var rest = TimeOfDay().Replace(between.Value, "").Trim(' ', ',', '-');
        if (rest.Length > 0 && !rest.Equals("then", StringComparison.OrdinalIgnoreCase))
            return null;
        var when = LeadWord.Replace(dates[0].Text, "");
        var what = "meet " + when + " " + (time.Value.Trim().StartsWith("at", StringComparison.OrdinalIgnoreCase) ? time.Value.Trim() : "at " + time.Value.Trim());
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, true, false, start, end) { Words = m.Value.Trim() };
    }

    // "Count me in for the workshop on Thursday": the writer will attend it.
    static Commitment? SignUp(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = SignUpPattern.Match(text, start, end - start);
        if (!m.Success)
            return null;
        var (what, _) = Phrase(text, m.Groups["what"].Index, end, dates);
        return what.Length == 0 ? null : new Commitment(CommitmentOwner.Sender, null, "attend " + what, Stance.Firm, null, false, true, false, start, end) { Words = m.Groups["cue"].Value };
    }

    static readonly Regex MeetingAcceptance = Lex.Rule(@"\G(?<between>[\s\w:,.-]{0,12}?)\s*" + Lex.Of("meeting-acceptances"));
    static readonly Regex SignUpPattern = Lex.Rule(@"\G\W*(?:" + Lex.Of("acceptances") + @"[\s,.!-]+)?(?<cue>" + Lex.Of("sign-ups") + @")\s+(?:for\s+)?(?<what>(?:the|a|an|this|that|your|our)\s+\w.*)$", RegexOptions.IgnoreCase);

    /// <summary>A sentence that takes back an earlier commitment ("I have to pull out", "can't do it after all").</summary>
    public static bool IsWithdrawal(string sentence) => IsWithdrawal(sentence, Tagger.Tags(sentence));

    /// <summary><see cref="IsWithdrawal(string)"/> for a sentence already tagged.</summary>
    internal static bool IsWithdrawal(string sentence, Tag tags) =>
        tags.HasFlag(Tag.Withdrawal) && WithdrawalWords.Scan(sentence) is var words
        && ((words & 1) != 0 || (words & 2) != 0 && (words & 4) != 0 || (words & 8) != 0)
        && Withdrawal.IsMatch(sentence);

    // Tag.Withdrawal has every word of every withdrawal list ("that", "my", "out"…), so most sentences carry it. What the
    // pattern below cannot match without: (1) every word of a withdrawal or a withdrawing verb, or (2) a negative modal
    // with (4) an attendance verb or "after all"/"anymore", or (8) "date"/"deadline".
    static readonly WordGate WithdrawalWords = new WordGate.Builder()
        .AllWords(1, "withdrawals", "withdrawal-verbs")
        .AllWords(2, "modals-negative")
        .AllWords(4, "attendance-verbs", "after-all")
        .Prefix(8, "date").Prefix(8, "deadline")
        .Build();


    // Clause spans: split at ";", " - ", ", and/but/so …", "and I'll …", ", I …".
    static IEnumerable<(int Start, int End)> Clauses(string text)
    {
        var start = 0;
        foreach (Match m in ClauseBreak.Matches(text))
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
        for (var s = Subject.Match(clause); s.Success; s = s.NextMatch())
        {
            var modal = Modal.Match(clause, s.Index + s.Length);
            // "Cecilia is asking for the term paperwork and will set up an exit interview": the named subject's second verb.
            if (!modal.Success && s.Groups["name"].Success && clause[..s.Index].Trim().Length == 0
                && AndThenModal().Match(clause, s.Index + s.Length) is { Success: true } and)
                modal = Modal.Match(clause, and.Index + and.Length);
            if (!modal.Success)
                continue;
            // "Please send me the numbers so (that) I can consolidate them": the asker's reason, not the asker's promise;
            // "Ideally I'd have it by Wednesday so I can take it to our VP": with "can", a reason whatever came before.
            // (After a comma, "so" says what follows from it: "The data is in, so I can send the report by Friday" commits.)
            if (PurposeBefore.IsMatch(text, start + s.Index)
                && (modal.Groups["modal"].Value.ToLowerInvariant() is "can" or "could" && !ConsequenceBefore.IsMatch(text, start + s.Index)
                    || Requests.Find(text[..(start + s.Index)], []).Count > 0))
                continue;
            var named = s.Groups["alias"].Success ? s.Groups["alias"].Value : s.Groups["name"].Success ? s.Groups["name"].Value : null;
            var word = modal.Groups["modal"].Value.ToLowerInvariant().Replace("\u2019", "'");
            // "X to share the list" is a recap's way of saying X will: only for a named owner opening the clause.
            if (word == "to" && (named is null || clause[..s.Index].Trim(' ', '-', '*', ',').Length > 0))
                continue;
            if (named is not null && NotAName.IsMatch(named))
                continue;

            var verbStart = start + modal.Groups["vp"].Index;
            var verb = modal.Groups["verb"].Value.ToLowerInvariant();
            var stance = Stance.Firm;
            if (modal.Groups["neg"].Success || modal.Groups["negm"].Success || DecidedAgainst.IsMatch(modal.Groups["vp"].Value))
                stance = Stance.Declined;
            else if (word == "should" && !modal.Groups["soft"].Success && ShouldBeAble().IsMatch(modal.Value))
                stance = Stance.Offer; // "should be able to … by Friday": a plan with a date; OnlyWithDate below
            else if (modal.Groups["hedge"].Success || modal.Groups["soft"].Success)
                stance = Stance.Hedged;
            else if (modal.Groups["offer"].Success)
                stance = Stance.Offer;
            else if (AbleTo().IsMatch(clause[(s.Index + s.Length)..modal.Groups["vp"].Index]))
                stance = Stance.Offer; // "I will be able to focus on it after that": an ability, firm with a date or as a yes

            // "I will unfortunately be out of town", "I'll especially enjoy it": the verb is the word after the adverb.
            if (verb.EndsWith("ly") && LyAdverb().Match(modal.Groups["vp"].Value) is { Success: true } ly)
                verb = ly.Groups["verb"].Value.ToLowerInvariant();
            if (verb == "have" && HaveTo().IsMatch(clause, modal.Groups["vp"].Index))
                continue; // "I'll have to check": an obligation, not a promise
            if (Lex.Has("non-action-verbs", verb) && stance != Stance.Declined)
            {
                // "I'll be sending", "we'll be in touch": be + delivering is a commitment; "I will be out", "I'll be working
                // days Monday", "we will be conducting a review" report a plan or an availability, promised to no one.
                if (verb != "be" || !IsBeDelivering(LyAdverb().Replace(clause[(modal.Groups["vp"].Index)..], "${verb}", 1)))
                    continue;
            }

            var (what, meeting) = Phrase(text, verbStart, end, dates);
            if (what.Length == 0)
                continue;
            // "The warranty papers I will send to Marisol the same day": the object put first, the verb left without one.
            if (named is null && s.Index > 0 && Lex.Has("delivering-verbs", verb) && FrontedObject.Match(clause[..s.Index]) is { Success: true } fronted
                && NoObjectAfterVerb().IsMatch(text, start + modal.Groups["verb"].Index + modal.Groups["verb"].Length))
                what = Tidy(verb + " " + fronted.Groups["np"].Value);
            // "John said that Adams will seek guidance": someone else's words, reported; "the latest I can work with is
            // the 25th": a relative clause, whose sentence's own verb ("is") comes after it.
            string? why = ReportedBefore.IsMatch(text, start + s.Index) ? "reported speech: someone else's words, not a promise made here"
                : Believed(text, start + s.Index) ? "a belief or a wish about what will happen ('I believe we are going to…'): not a promise"
                : StartsWith(Pleasantry, modal.Groups["vp"].Value) ? "a wish or a pleasantry ('I'll look forward to…'): no work promised"
                : KeepDoing().IsMatch(what) ? "an effort kept up ('we'll keep trying'), no deliverable"
                : StartsWith(HandOver, modal.Groups["vp"].Value) ? "hands the choice to someone else ('I'll let you decide'): no work promised"
                : !accepting && StartsWith(Itinerary, modal.Groups["vp"].Value) ? "a journey or the writer's whereabouts ('we'll arrive Tuesday'): promised to no one"
                : EmbeddedBefore.IsMatch(text, start + s.Index) ? "inside a question word's clause ('how we plan to…'): not said as a promise"
                : RelativeClause().IsMatch(what) ? "a relative clause ('the latest I can work with is…'): the sentence's verb comes after it"
                : null;
            if (why is not null)
                stance = Stance.NotAPromise;
            return new Commitment(named is null ? CommitmentOwner.Sender : CommitmentOwner.Named, named, what, stance, null,
                !meeting && IsVague(what), meeting, false, start, end)
            {
                AlsoSender = named is not null && s.Groups["andme"].Success,
                WritersOwn = named is not null && (IsDepartment(named) || OwnSideBefore.Match(clause, 0, s.Index) is { Success: true } side
                    && side.Groups["role"].Captures.All(w => !Lex.Has("not-content-words", w.Value.TrimEnd('.')))),
                OnlyWithDate = word == "should" && stance == Stance.Offer,
                Rule = word == "to" ? Rules.RecapTo : named is null ? Rules.SubjectModal : Rules.NamedOwner,
                Words = clause[s.Index..(modal.Groups["modal"].Index + modal.Groups["modal"].Length)].Trim(),
                Why = why,
            };
        }
        return null;
    }

    // "You'll have the numbers by Friday": the writer commits to sending them.
    static Commitment? YouWillHave(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        // "You will receive this message each time you are selected": a habit of a system, not a delivery.
        if (Habit.IsMatch(text[start..end]))
            return null;
        // "Price file you will get from me first thing tomorrow": the thing put first, then a day.
        var t = TopicalisedYouWillHave.Match(text, start, end - start);
        if (t.Success && dates.Any(d => d.Index >= t.Index + t.Length && d.Index < end))
            return new Commitment(CommitmentOwner.Sender, null, "send " + Tidy(t.Groups["np"].Value), Stance.Firm, null, false, false, false, start, end) { Words = t.Value.Trim() };
        var m = YouWillHavePattern.Match(text[start..end]);
        // "I am sure you will have a very interesting conversation": a wish, nothing sent.
        if (!m.Success || Believed(text, start + m.Index))
            return null;
        var (np, _) = Phrase(text, start + m.Groups["np"].Index, end, dates);
        return np.Length == 0 ? null : new Commitment(CommitmentOwner.Sender, null, "send " + np, Stance.Firm, null, IsVague("send " + np), false, false, start, end);
    }

    // "Will send it over tomorrow.", "Happy to do that by Thursday.", "Can do Thursday at 3.": the writer, unsaid.
    static Commitment? Implicit(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = ImplicitSubject.Match(text[start..end]);
        if (!m.Success)
            return null;
        // "Susie is still working on the SEC VAR, and will start 12/31 as soon as…": a clause without a subject goes on
        // with the sentence's own, here someone else.
        if (start > 0 && OthersSubjectFirst().IsMatch(text))
            return null;
        var (what, meeting) = Phrase(text, start + m.Groups["vp"].Index, end, dates);
        var verb = what.Split(' ')[0];
        if (what.Length == 0 || Lex.Has("non-action-verbs", verb) || Lex.Has("not-verbs", verb) || verb == "have" && HaveTo().IsMatch(what))
            return null;
        // "(Richard is on vacation) will call me next week": whoever calls the writer, it is not the writer.
        if (ToTheWriter().IsMatch(what))
            return null;
        var stance = m.Groups["can"].Success ? Stance.Offer : Stance.Firm;
        return new Commitment(CommitmentOwner.Sender, null, what, stance, null, !meeting && IsVague(what), meeting, false, start, end);
    }

    // "and I send you a first draft on Thursday": the simple present with a day ahead is a promise in many writers' English;
    // without a day, or with "every"/"usually", it is a habit.
    static Commitment? PresentPromise(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = PresentPromisePattern.Match(text[start..end]);
        // "We are deploying the 4 machines to the 31st floor today", "I'm sending the contract tomorrow": an arrangement
        // said in the present progressive, of a delivering verb, with a day ahead.
        var progressive = m.Success ? null : ProgressivePromise.Match(text[start..end]) is { Success: true } p && DeliveringStem(p.Groups["ing"].Value) is { } stem
            && !Lex.Has("progressive-events", stem) ? (p, stem) : ((Match, string)?)null;
        if (!m.Success && progressive is null || Habit.IsMatch(text[start..end]))
            return null;
        var from = start + (progressive is var (pm, _) ? pm.Groups["rest"].Index : m.Groups["vp"].Index);
        // "I share with you the Quality Report of week 46 (Nov 9 - Nov 13)": a day in brackets says which report, not when.
        if (!dates.Any(d => d.Index >= from && d.Index < end && !PastMarker.IsMatch(text, d.Index) && !InClosedBrackets(text, d.Index)))
            return null;
        var (what, meeting) = Phrase(text, from, end, dates);
        if (progressive is var (_, verb))
        {
            // "I am writing to you this afternoon because…": the message itself, not a promise.
            if (MessageDescribing.IsMatch(verb + " " + what))
                return null;
            what = (verb + " " + what).Trim();
        }
        // "I include it in the Week 47 report this Friday": "it" is what was asked.
        return what.Length == 0 ? null : new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, !meeting && IsVague(what), meeting, false, start, end);
    }

    // Unlike the date reader's own test (DueDates.InBrackets), a bracket left open before the day does not hold it:
    // "We are deploying the 4 machines (EB3114A / 3114 … to the 31st floor today" promises today.
    static bool InClosedBrackets(string text, int index)
    {
        var open = text.LastIndexOf('(', Math.Max(0, index - 1));
        return open >= 0 && text.LastIndexOf(')', Math.Max(0, index - 1)) < open && text.IndexOf(')', index) > index;
    }

    static readonly Regex ProgressivePromise = Lex.Rule(@"^\W*(?:(?i:and|so|then|also)\s+)?(?:I|[Ww]e)(?:\s+(?:am|are)|['\u2019](?:m|re))\s+(?:" + Lex.Of("modal-fillers") + @"\s+)?(?<ing>[a-z]+)ing\b(?<rest>.*)$");

    static readonly Regex PresentPromisePattern = Lex.Rule(@"^\W*(?:(?i:and|so|then|also)\s+)?(?:I|[Ww]e)\s+(?:" + Lex.Of("modal-fillers") + @"\s+)?(?<vp>" + Lex.Of("delivering-verbs") + @".*)$");

    static readonly Regex Habit = Lex.Rule(Lex.Of("habit-words"));


    // "The price list I send you tomorrow", "and the fix we deploy within two weeks": the object put first, as many
    // non-native writers do; read as "send the price list". Only with a delivering verb right before a date.
    static Commitment? Topicalised(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = TopicalisedPattern.Match(text, start, end - start);
        if (!m.Success || Habit.IsMatch(text[start..end]))
            return null;
        var after = m.Index + m.Length;
        // The day follows the verb, maybe after an adverb or two ("I will send you therefore already until Thursday").
        if (!dates.Any(d => d.Index >= after && d.Index < end && FewWords.IsMatch(text[after..d.Index])))
            return null;
        var np = m.Groups["np"].Value;
        var what = Tidy(m.Groups["verb"].Value.ToLowerInvariant() + " " + char.ToLowerInvariant(np[0]) + np[1..]);
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, false, false, start, end);
    }

    // "On it - badges ready first thing Monday", "Sure, slides over by Friday": after a yes, a thing and its state say the promise.
    static Commitment? Verbless(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var from = start == 0 ? AcceptancePrefix.Match(text).Length : start;
        if (from >= end || !dates.Any(d => d.Index >= from && d.Index < end))
            return null;
        var m = VerblessPattern.Match(text, from, end - from);
        // "invoices done last Monday" reports the past; only a date ahead promises.
        if (!m.Success || !dates.Any(d => d.Index >= m.Index + m.Length && d.Index < end && !PastMarker.IsMatch(text, d.Index)))
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
        if (!m.Success || NotAName.IsMatch(m.Groups["name"].Value))
            return null;
        var (what, meeting) = Phrase(text, m.Groups["vp"].Index, end, dates);
        // "Me: book the demo" in the writer's own list: the writer is the owner.
        var self = Lex.Has("self-labels", m.Groups["name"].Value);
        // "PayNest (Tunde): submit…", "Crestline (Musa, IT Security): confirm…": the name in brackets may be the person.
        var name = m.Groups["alias"].Success ? $"{m.Groups["name"].Value} ({m.Groups["alias"].Value})" : m.Groups["name"].Value;
        return what.Length == 0 ? null : new Commitment(self ? CommitmentOwner.Sender : CommitmentOwner.Named, self ? null : name, what, Stance.Firm, null, false, meeting, false, 0, end);
    }

    // "The draft will land on Monday instead": a thing the writer delivers, promised with a date.
    static Commitment? ThingWillLand(string text, int start, int end, IReadOnlyList<DueDate> dates)
    {
        var m = ThingPattern.Match(text[start..end]);
        // The thing's own date: one said before it belongs to what came first ("50 on 20/11 works, PO will be updated today").
        // Without one, only a promise tied to the date already agreed stands ("Payroll records will be sent as per plan").
        start += m.Index;
        if (!m.Success || !dates.Any(d => d.Index >= start && d.Index < end) && !AsAgreed.IsMatch(text, start))
            return null;
        var thing = m.Groups["det"].Success ? Possessive(m.Groups["det"].Value) + " " + m.Groups["np"].Value : LowerFirst(m.Groups["np"].Value);
        var pred = m.Groups["pred"].Value.ToLowerInvariant();
        var what = Lex.Has("passive-sent", Spaces().Replace(pred, " "))
            ? "send " + thing
            : "have " + thing + " " + pred.Replace("be ", "").Replace("go ", "");
        return new Commitment(CommitmentOwner.Sender, null, what, Stance.Firm, null, false, false, false, start, end);
    }

    /// <summary>The verb phrase from <paramref name="from"/> to the clause end, without its date, time and filler.</summary>
    internal static (string What, bool Meeting) Phrase(string text, int from, int end, IReadOnlyList<DueDate> dates)
    {
        // The date goes in its own column: take it out of the phrase, wherever it sits.
        DueDate? date = null;
        var sb = new System.Text.StringBuilder();
        var at = from;
        foreach (var d in dates)
        {
            if (d.Index < from || d.Index >= end)
                continue;
            date ??= d;
            if (d.Index > at)
                sb.Append(text, at, d.Index - at);
            at = Math.Min(end, Math.Max(at, d.End));
        }
        if (at < end)
            sb.Append(text, at, end - at);
        var vp = sb.ToString();
        var stop = PhraseStop.Match(vp);
        if (stop.Success)
            vp = vp[..stop.Index];
        var time = TimeOfDay().Match(vp);
        var timeText = time.Success ? time.Value.Trim().TrimEnd('.') : null;
        if (time.Success)
            vp = vp.Remove(time.Index, time.Length);
        if (timeText is null && date is not null && TimeOfDay().Match(text, date.End, Math.Max(0, end - date.End)) is { Success: true } after && after.Index - date.End <= 2)
            timeText = after.Value.Trim().TrimEnd('.');

        vp = Tidy(vp);
        if (date is not null && MeetingVerb.IsMatch(vp))
        {
            var when = LeadWord.Replace(date.Text, "");
            return ("meet " + when + (timeText is null ? "" : " " + (timeText.StartsWith("at", StringComparison.OrdinalIgnoreCase) ? timeText : "at " + timeText)), true);
        }
        return (vp, false);
    }

    static string Tidy(string vp)
    {
        vp = vp.Trim().TrimEnd(PhraseTail);
        vp = Filler.Replace(vp, "");
        vp = BeDoingPrefix().Replace(vp, "");
        vp = HaveItToYou().Replace(vp, "send ${np}");
        vp = GetYouIt.Replace(vp, m => (m.Groups["verb"].Value.Equals("get", StringComparison.OrdinalIgnoreCase) ? "send" : m.Groups["verb"].Value) + " ");
        vp = TrailingToYou.Replace(vp, "");
        vp = OurMy().Replace(vp, "the");
        vp = Spaces().Replace(vp, " ").Trim().TrimEnd(PunctuationTail);
        // "send it (your Wednesday night", "circulate the tier matrix (Tier 1-3 limits": a bracket the phrase's end cut open
        // is an aside, not part of the task.
        if (vp.LastIndexOf('(') is > 0 and var open && vp.IndexOf(')', open) < 0)
            vp = vp[..open].TrimEnd().TrimEnd(PunctuationTail);
        return LowerFirst(WithoutTrailingSymbols(vp));
    }

    // "ping you with the first batch 🙏", "send it Friday ✅": an emoji or a mark after the task is no word of it.
    static string WithoutTrailingSymbols(string vp)
    {
        var end = vp.Length;
        while (end > 0 && (char.IsSurrogate(vp[end - 1]) || char.IsWhiteSpace(vp[end - 1]) || char.GetUnicodeCategory(vp[end - 1]) is
            System.Globalization.UnicodeCategory.OtherSymbol or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
            end--;
        return end == vp.Length ? vp : vp[..end].TrimEnd(PunctuationTail);
    }

    /// <summary>A task's first word lower-cased when it is a capitalised word ("Send the file" → "send the file"), not an acronym ("QBR deck").</summary>
    internal static string LowerFirst(string what) =>
        what.Length > 1 && char.IsUpper(what[0]) && char.IsLower(what[1]) ? char.ToLowerInvariant(what[0]) + what[1..] : what;

    static string Possessive(string det) => det.ToLowerInvariant() is "our" or "my" ? "the" : det.ToLowerInvariant();

    /// <summary>
    /// What is only a pronoun ("take it", "do that", "help", "send them to you latest"): the request it accepts, or a topic
    /// named before it, says what it is.
    /// </summary>
    public static bool IsVague(string what) => IsBare(what) || PronounThing.IsMatch(what);

    /// <summary>"checking my email as well as voice messages": how the writer stays reachable, not a task.</summary>
    public static bool IsAvailabilityNote(string what) => AvailabilityNote.IsMatch(what);

    static readonly Regex AvailabilityNote = Lex.Rule(@"^(?:" + Lex.Of("availability-notes") + @")\b", RegexOptions.IgnoreCase);

    /// <summary>"let you know", "get back to you", "keep you posted": a promise of an answer later, with nothing it is about.</summary>
    public static bool IsStatusOnly(string what) => StatusPromise.Match(what) is { Success: true } status && NothingOfItsOwn(what[status.Length..]);

    // What follows a status promise: nothing it is about (no words, or only its own timing: "soon", "shortly"), or a
    // message told now ("let y'all know that you probably got that one right").
    static bool NothingOfItsOwn(string rest) => Words.Content(rest).All(word => Lex.Has("own-timing", word)) || ToldNow().IsMatch(rest);

    [GeneratedRegex(@"^\s*that\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToldNow();

    /// <summary>"will let u know", "I'll get back to you": a sentence that only promises an answer later.</summary>
    public static bool PromisesOnlyAnAnswer(string sentence) =>
        ModalFirst.Match(sentence) is { Success: true } m && IsStatusOnly(sentence[m.Length..].Trim().TrimEnd(PunctuationTail));

    static readonly Regex ModalFirst = Lex.Rule(@"^\W*(?:(?:I|[Ww]e)(?:\s+|(?=['\u2019])))?(?:" + Lex.Of("modals-firm") + @")\s+", RegexOptions.IgnoreCase);

    /// <summary>What has no word of its own past its verb ("take it", "help", "keep you posted"): nothing to keep if no ask names it.</summary>
    public static bool IsBare(string what)
    {
        // "keep you posted", "get back to you": a promise to talk, not a task, unless a date makes it one, or words of its
        // own say what the word will be about ("let you know our decision", "keep you posted with progress").
        if (StatusPromise.Match(what) is { Success: true } status)
            return NothingOfItsOwn(what[status.Length..]);
        var space = what.IndexOf(' ');
        return space < 0 || Words.Content(what[(space + 1)..]).Count == 0;
    }

    // "send them to you latest", "send it signed to us", "revert on the same": a pronoun as the object, then only where,
    // when or how; "send them the file" and "finish this report" name their thing.
    // "send you the new one": the one the topic names, after an indirect object.
    static readonly Regex PronounThing = Lex.Rule(@"^[\w'-]+(?:\s+(?:on|to|with))?(?:\s+(?:you|us))?\s+(?<pronoun>" + Lex.Of("object-pronouns") + @")(?:\s+" + Lex.Of("after-object-pronouns") + @"\b.*)?$", RegexOptions.IgnoreCase);

    // "For the revised price I will send you after our finance meeting": a delivering verb with no object at all, only
    // when; the topic named first is what is sent.
    static readonly Regex MissingThing = Lex.Rule(@"^" + Lex.Of("delivering-verbs") + @"(?:\s+(?:you|us))?(?<pronoun>)\s+(?=" + Lex.Of("after-object-pronouns") + @"\b)", RegexOptions.IgnoreCase);

    // "For the vault logs I will send them…", "As for the BMR scans, we'll share them…", "On the PPM schedule - could you
    // get it to me by Friday?": the topic named first is "them".
    static readonly Regex TopicFirst = Lex.Rule(@"^\W*(?:" + Lex.Of("topic-lead-ins") + @")\s+(?<np>(?:" + Lex.Of("determiners") + @")\s+[^,;:.]{2,60}?)\s*[,–—-]?\s+(?:I|we|he|she|they|(?:(?:could|can|would|will)\s+)?you)\b", RegexOptions.IgnoreCase);

    /// <summary>The task with the topic the sentence opened with in place of its pronoun, when it opened with one.</summary>
    public static string WithTopic(string sentence, string what)
    {
        var thing = PronounThing.Match(what);
        if (!thing.Success)
            thing = MissingThing.Match(what);
        if (!thing.Success || TopicFirst.Match(sentence) is not { Success: true } topic)
            return what;
        var pronoun = thing.Groups["pronoun"];
        var np = topic.Groups["np"].Value;
        var det = np.Split(' ', 2);
        np = Possessive(det[0]) + " " + det[1];
        // A missing object is an empty group: the topic goes in with a space of its own.
        return pronoun.Length == 0 ? what[..pronoun.Index] + " " + np + what[pronoun.Index..]
            : what[..pronoun.Index] + np + what[(pronoun.Index + pronoun.Length)..];
    }

    static string? Condition(string text, int clauseStart, int clauseEnd)
    {
        foreach (Match m in ConditionWord.Matches(text[..clauseEnd]))
            if (!PoliteCondition.IsMatch(text, m.Index))
            {
                // "If the hotel approve the PO we will do the cleaning": the condition ends where the promise's clause starts.
                var condition = text[m.Index..].Split([',', ';'], 2)[0];
                if (m.Index < clauseStart && clauseStart - m.Index < condition.Length)
                    condition = condition[..(clauseStart - m.Index)];
                else if (PromiseAfterCondition.Match(condition, m.Length) is { Success: true } promise)
                    condition = condition[..promise.Index];
                return condition.Trim();
            }
        return null;
    }

    // "if the colour is not matching", "if they dont comply", "if it doesn't work": a fallback ("there are no excursions" is not).
    static readonly Regex NotInCondition = Lex.Rule(Lex.Of("condition-negations"));

    // A sentence whose subject is a named person or "he"/"she"/"they", before a verb.
    [GeneratedRegex(@"^\W*(?:(?!(?:I|We)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?|[Hh]e|[Ss]he|[Tt]hey)\s+(?:is|was|has|had|are|were|will|would|can|could)\b")]
    private static partial Regex OthersSubjectFirst();

    // "If the hotel approve the PO we will do…": with no comma, the promise's subject and modal end the condition.
    static readonly Regex PromiseAfterCondition = Lex.Rule(@"\s(?:I|[Ww]e)(?:'ll|\s+(?:" + Lex.Of("modals-firm", "modals-offer") + @"))\b");

    // After a named subject and its own verb ("is asking for the term paperwork"), "and" before a firm modal: the modal is
    // the same subject's. No other subject, and no stop, in between.
    [GeneratedRegex(@"\G\s+(?:is|was|has|had)\s+(?:(?!\b(?:I|we|he|she|they|and)\b)[^,;.!?]){1,60}?\s+and(?=\s+(?:will|shall)\b|'ll\b)")]
    private static partial Regex AndThenModal();

    // "If anything is stuck, I'll chase it myself", "if it does I'll send you a PO request": a fallback for what may not happen
    // (as is one on a "not": "if the colour is not matching in first shot we will make a second shot").
    static readonly Regex ContingencyEvent = Lex.Rule(Lex.Of("contingency-events"));

    // "If yes, I will revise that letter": the condition is the reader's answer still to come.
    static readonly Regex OpenConditionAlone = Lex.Rule(@"^\W*" + Lex.Of("open-conditions") + @"\W*$");

    static readonly Regex Contingency = Lex.Rule(@"^\W*" + Lex.Of("condition-words") + @"\s+" + Lex.Of("contingency-conditions"));

    // "Let me know who it goes to and I'll draft the letter", "If not, I'll sign it tomorrow", "Otherwise we will book it":
    // the promise waits on the reader's answer (or on its not coming), so it holds only once the thread gives one.
    static string? AskedFirst(string text, int start, int end) =>
        AskThenPromise.Match(text) is { Success: true } ask && ask.Index + ask.Length >= start && ask.Index + ask.Length < end
            ? text[..ask.Groups["join"].Index].Trim()
            : null;

    // The open condition stands right before the clause's first subject, not before a later one ("I'll be there if not
    // then I won't").
    static string? OpenBefore(string text, int start, int end)
    {
        for (var m = OpenCondition.Match(text); m.Success && m.Index < end; m = m.NextMatch())
            if (m.Index + m.Length >= start && m.Index + m.Length < end && !AnySubject().IsMatch(text.AsSpan(start, Math.Max(0, m.Index - start))))
                return m.Groups["cue"].Value;
        return null;
    }

    [GeneratedRegex(@"\b(?:I|[Ww]e)\b")]
    private static partial Regex AnySubject();

    /// <summary>Whether a condition waits only on an answer ("let me know who it goes to", "if not"): any reply meets it.</summary>
    public static bool AwaitsAnswer(string condition) => AnswerCue.IsMatch(condition);

    static readonly Regex OpenCondition = Lex.Rule(@"(?<cue>" + Lex.Of("open-conditions") + @")(?:\s*,)?(?:\s+then)?\s*(?=(?:I|[Ww]e)\b)");

    // An ask to answer opening the sentence, maybe after a name and a please: "Sean, please let me know…".
    static readonly string ReplyAskOpener = @"^\W*(?:\p{Lu}[\w'-]+\s*[,:-]\s*)?(?:" + Lex.Of("request-please") + @"\s+)?(?:just\s+)?";

    static readonly Regex AskThenPromise = Lex.Rule(ReplyAskOpener + Lex.Of("reply-asks") + @"\b[^;]*?\s(?<join>and|or|&)(?:\s+then)?,?\s+(?=(?:I|[Ww]e)\b)");

    static readonly Regex AnswerCue = Lex.Rule(ReplyAskOpener + "(?:" + Lex.Of("reply-asks", "open-conditions") + ")");

    // The question a statement ends on after a comma (", is the below the final document?", ", does that work for you?").
    static readonly Regex SplicedQuestion = Lex.Rule(@",\s+" + Lex.Of("question-openers") + @"[^,?]*\?\W*$", RegexOptions.IgnoreCase);
    static readonly Regex QuestionFirst = Lex.Rule(@"^\W*" + Lex.Of("question-openers"), RegexOptions.IgnoreCase);

    // ", Evelyn will be out til Monday": another person's clause, with its own subject and its own date. "I'll handle it
    // Monday, shouldn't cost extra but if it does I'll send a PO": a condition after "but"/"and" binds what follows it.
    static readonly Regex ClauseBreak = Lex.Rule(@"\s*;\s*|\s+-+\s+|\s*,\s+(?!and\s+\p{Lu}[\p{Ll}'-]+\s+(?:to|on|for|in)\s)(?=" + Lex.Of("clause-conjunctions") + @")|(?<!^\W*\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+(?=(?:and|but|so|plus)\s+(?:I|we|I'll|we'll|I'm|we're|our team|my team)\b)|,\s+(?=(?:I|[Ww]e)\b)|\s+(?=(?:but|and)\s+" + Lex.Of("condition-words") + @")|,\s+(?=\p{Lu}[\p{Ll}'-]*[\p{Ll}']\s+(?:will|would|can|could|is|was|has|had)\b)|:\s+(?=[A-Z])");

    /// <summary>A department's name ("Engineering", "IT"): an initialism only in capitals ("It will…" is no department).</summary>
    internal static bool IsDepartment(string name) =>
        Lex.Has("department-names", name) && (name.Length > 3 || name.All(char.IsUpper) || !Lexicon.Of("department-names").Entries.Contains(name.ToUpperInvariant()));

    // "Our technician Mr. ", "my shift supervisor Khun ": a person of the writer's own side, by role, just before the name.
    // ("It is my understanding that Craig…", "Rene Broussard our VP over East Trading": words of a role only, no "that", "over".)
    static readonly Regex OwnSideBefore = Lex.Rule(@"\b(?i:our|my)\s+(?:(?<role>[\w-]+\.?)\s+){1,3}$");

    // A name ends in a letter: "Holden- We will…" is a greeting, then the subject. "Pooja (in cc) will revert…": the
    // bracket says she is copied.
    static readonly Regex Subject = Lex.Rule(@"(?<![\w'])(?:(?<i>[Ii])|(?<we>[Ww]e)|(?<team>(?i:our|my)\s+" + Lex.Of("team-nouns") + @")|(?:\p{Lu}[\w&/-]*(?:\s+\p{Lu}[\w&/-]*){0,2}\s*)?\((?<alias>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?)\)|(?<name>\p{Lu}[\p{Ll}'-]*[\p{Ll}'](?:\s+\p{Lu}[\p{Ll}'-]*[\p{Ll}'])?)(?:\s+" + Lex.Of("name-prepositions") + @"\s+(?i:the\s+)?[\w&/-]+(?:\s+" + Lex.Of("team-nouns") + @")?)?(?:\s*\(" + Lex.Of("copied-marks") + @"\))?)(?<andme>\s+(?i:and|&)\s+(?:I|me|myself|my team))?(?=\s|')");

    // "I will now, with my tail between my legs, have a look at…": an aside between commas after the modal.
    static readonly Regex Modal = Lex.Rule(@"\G(?:\s+|(?='))(?:(?:(?<soft>" + Lex.Of("modal-softeners") + @")|" + Lex.Of("modal-fillers") + @")\s+)*(?<modal>(?<negm>" + Lex.Of("modals-negative") + @")|(?<firm>" + Lex.Of("modals-firm") + @")|(?<offer>" + Lex.Of("modals-offer") + @")|(?<hedge>" + Lex.Of("modals-hedge") + @")|(?<to>to))(?<neg>\s+(?:not|never)\b)?(?:\s+(?:(?<soft>" + Lex.Of("modal-softeners") + @")|" + Lex.Of("modal-fillers") + @"))*(?:\s*,(?<aside>(?-i:(?=[^,;.]*\b[a-z]))[^,;.]{1,40}),(?-i:(?=\s+[a-z])))?\s+(?<vp>(?<verb>[A-Za-z][\w'-]*)\b.*)$", RegexOptions.IgnoreCase);



    // "We'll hold off on a notice for now", "we'll park that": a decision not to act, said with a future.
    static readonly Regex DecidedAgainst = Lex.Rule("^" + Lex.Of("decided-against"));



    // Verbs that after "I will" do not promise work to someone (I'll see, I'll need, I'll be out).


    static readonly Regex BeDoing = Lex.Rule(@"^be\s+" + Lex.Of("be-doing"), RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^be\s+(?<ing>[a-z]+)ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex BeIng();

    /// <summary>"be sending", "be shipping", "be preparing" (an -ing form of a delivering verb), or a be-doing entry ("be in touch").</summary>
    static bool IsBeDelivering(string vp)
    {
        if (BeDoing.IsMatch(vp))
            return true;
        var m = BeIng().Match(vp);
        return m.Success && DeliveringStem(m.Groups["ing"].Value) is not null;
    }

    // The delivering verb an -ing form is made of: sending → send, preparing → prepare, shipping → ship; else null.
    static string? DeliveringStem(string beforeIng)
    {
        var stem = beforeIng.ToLowerInvariant();
        return Lex.Has("delivering-verbs", stem) ? stem
            : Lex.Has("delivering-verbs", stem + "e") ? stem + "e"
            : stem.Length > 2 && stem[^1] == stem[^2] && Lex.Has("delivering-verbs", stem[..^1]) ? stem[..^1]
            : null;
    }

    static readonly Regex YouWillHavePattern = Lex.Rule(@"(?:\byou(?:'ll|\s+will|\s+shall|\s+should|\s+can)\s+" + Lex.Of("receiving-verbs") + "|^(?:(?:and|so)\\s+)?" + Lex.Of("expect-openers") + @")\s+(?!" + Lex.Of("not-deliveries") + @")(?<np>\w.*)$", RegexOptions.IgnoreCase);

    static readonly Regex TopicalisedYouWillHave = Lex.Rule(@"\G\W*(?:(?i:and|so|then|but|also)\s+)?(?<np>(?!" + Lex.Of("pronouns", "not-topics", "weekdays") + @"\b)(?:" + Lex.Of("determiners") + @"\s+)?[A-Za-z][\w-]*(?:\s+[\w-]+){0,4}?)\s+you(?:'ll|\s+will|\s+shall)\s+" + Lex.Of("receiving-verbs") + @"(?:\s+(?:it|them))?(?:\s+from\s+(?:me|us))?\s+");

    // The thing opens with a determiner ("the draft will land Monday"), or, at the clause's start, is a plural or mass noun
    // phrase of two words or more whose second is lower case ("Stability data for all 3 batches will be shared by 20/11",
    // "BMR copies of B2211 will be scanned"), or one initialism ("…works for us, PO will be updated today"), which a
    // person's name ("Kim Lee will be available", ", Evelyn will be out til Monday") and an imperative ("Note the lunch
    // will be delivered at 11:30") are not.
    static readonly Regex AsAgreed = Lex.Rule(Lex.Of("as-agreed"));

    static readonly Regex ThingPattern = Lex.Rule(@"(?:^|[:,]\s*|\b(?i:and|but|so|then|ok|okay|also)\s+)(?:(?<det>" + Lex.Of("determiners") + @")\s+(?<np>[\w/-]+(?:\s+[\w/-]+){0,4}?)|(?<=^\W*|,\s*|^\W*(?i:also)\s+)(?<np>(?!(?:" + Lex.Of("pronouns", "not-topics", "weekdays", "determiners") + @")\b)(?:[A-Za-z][\w-]*\s+(?!(?:" + Lex.Of("determiners") + @")\b)[a-z][\w-]*(?:\s+[\w-]+){0,5}?|[A-Z]{2,}[\w-]*|(?<=,\s*)[a-z][\w-]*)))\s+(?:will|'ll|is going to|are going to)\s+(?:" + Lex.Of("modal-fillers") + @"\s+)?(?<pred>" + Lex.Of("passive-sent", "passive-done") + ")");



    static readonly Regex HedgeWords = Lex.Rule(Lex.Of("hedges"));

    static readonly Regex OwnTiming = Lex.Rule(Lex.Of("own-timing"));

    static readonly Regex ConditionWord = Lex.Rule(@"(?<!" + Lex.Of("whether-before-if") + @"\s)" + Lex.Of("condition-words"));

    static readonly Regex PoliteCondition = Lex.Rule(@"\G" + Lex.Of("condition-words") + @"\s+" + Lex.Of("polite-conditions"));

    static readonly Regex GreetingLine = Lex.Rule(@"^\W*" + Lex.Of("greetings") + @"(?:[\s,]+\p{L}[\p{L}.'-]*){0,3}[\s,!.:]*$");

    static readonly Regex AcceptancePrefix = Lex.Rule(@"^" + Lex.Of("acceptances") + @"(?:[\s,.!;:-]+" + Lex.Of("acceptances") + @")*[\s,.!;:-]*");

    static readonly Regex ThanksOnly = Lex.Rule(@"^" + Lex.Of("thanks-after-yes") + @"(?:\s+\p{Lu}\p{Ll}+)?[.!]?$");

    [GeneratedRegex(@"^(?:we|I)\s+(?:can|will|shall)(?:\s+do\s+(?:it|that|this))?[.!]?$", RegexOptions.IgnoreCase)]
    private static partial Regex YesWeCan();

    static readonly Regex Withdrawal = Lex.Rule(@"^(?:" + Lex.Of("apologies") + @"[,!.]?\s+)?(?:I\s+|we\s+)?" + Lex.Of("modals-negative") + @"(?:\s+be\s+able\s+to)?\s+" + Lex.Of("attendance-verbs")
        + "|" + Lex.Of("obligation-lead-ins") + @"\s+" + Lex.Of("withdrawal-verbs")
        + "|" + Lex.Of("withdrawals")
        + "|" + Lex.Of("modals-negative") + @".*" + Lex.Of("after-all")
        + "|" + Lex.Of("date-refusers", "modals-negative") + @"\s+" + Lex.Of("date-commit-verbs") + @"\s+(?:a|that|the|any)\s+(?:firm\s+)?(?:date|deadline)", RegexOptions.IgnoreCase);

    static readonly Regex NotAName = Lex.Rule("^" + Lex.Of("not-names", "weekdays", "months"));

    static readonly Regex MeetingVerb = Lex.Rule("^(?:" + Lex.Of("meeting-verbs") + ")?$");

    // A comma ends the task, but not inside a list of names ("work with Barry, Laura, Frank, and Fred to come up with…").
    static readonly Regex PhraseStop = Lex.Rule(@"(?:,(?!\s+(?:and\s+)?\p{Lu}[\p{Ll}'-]+(?:,|\s+and\s|\s+(?:to|on|for|in)\s))|\s+-\s|;|\s+" + Lex.Of("phrase-stops") + @"|\s+so (?:you|we|they|he|she)\s+(?:can|could|have|may)\b|\s+(?:though|then)\s*$)", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"(?:\bat\s+)?\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?)|\bat\s+\d{1,2}(?::\d{2})?\b|\bat\s+noon\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOfDay();

    static readonly Regex LeadWord = Lex.Rule("^" + Lex.Of("date-lead-words") + @"\s+");

    static readonly Regex Filler = Lex.Rule(Lex.Of("filler-adverbs") + @"\s+");

    [GeneratedRegex(@"^[a-z]+\s+(?:me|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToTheWriter();

    // "have the numbers over to you", "get it to you": a delivery; "get back to you" is an answer, not a thing sent.
    [GeneratedRegex(@"^(?:have|get)\s+(?<np>(?!back\b).+?)\s+(?:over\s+)?to you\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveItToYou();

    static readonly Regex GetYouIt = Lex.Rule("^(?<verb>" + Lex.Of("give-you-verbs") + @")\s+" + Lex.Of("you-forms") + @"\s+");

    static readonly Regex TrailingToYou = Lex.Rule(@"\s+(?:over\s+)?(?:to|with|for)\s+" + Lex.Of("you-forms") + @"\s*$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\b(?:[Oo]ur|[Mm]y)\b")]
    private static partial Regex OurMy();

    // "Noted po Ms. Melissa, will chase and revert by Wed.": a short word or two before a comma (an acknowledgement, the
    // reader's name) may open it.
    static readonly Regex ImplicitSubject = Lex.Rule(@"^(?:(?:and|so|then|ok|okay)\s+|(?!" + Lex.Of("greetings") + @")[^,!?]{1,30},\s+)?(?:(?<can>" + Lex.Of("modals-offer") + ")|" + Lex.Of("subjectless-modals") + @")\s+(?:" + Lex.Of("modal-fillers") + @"\s+)?(?<vp>[a-z][\w'-]*\b.*)$");

    // "PayNest (Tunde): …": an organisation's name may have capitals inside; an unknown name drops the line anyway.
    [GeneratedRegex(@"^(?<name>I|\p{Lu}\p{Ll}[\p{L}'-]*(?:\s+\p{Lu}[\p{Ll}'-]+)?)\s*(?:\((?<alias>[^)]*)\)\s*)?(?::|\s-)\s+(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RecapLine();

    // Read leftwards from the subject (\G is where the scan starts), so no substring is cut for every subject.
    static readonly Regex PurposeBefore = Lex.Rule(Lex.Of("purpose-words") + @"\s*\G", RegexOptions.RightToLeft);
    static readonly Regex ConsequenceBefore = Lex.Rule(@"[,;]\s*" + Lex.Of("purpose-words") + @"\s*\G", RegexOptions.RightToLeft);

    [GeneratedRegex(@"^\W*should\s+be\s+able\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShouldBeAble();

    static readonly Regex PronounObject = Lex.Rule(@"^[\w'-]+\s+" + Lex.Of("object-pronouns"));

    static readonly Regex TopicalisedPattern = Lex.Rule(@"\G\W*(?:(?i:and|so|then|but|also)\s+)?(?<np>(?:" + Lex.Of("determiners") + @"\s+[\w-]+|(?<=^\W*)(?!" + Lex.Of("not-topics", "weekdays", "condition-words") + @")\p{Lu}\p{Ll}[\w-]*)(?:\s+[\w-]+){0,6}?)\s+(?:I|[Ww]e)(?:\s+|(?='))(?:" + Lex.Of("modals-firm", "modals-offer", "modal-fillers") + @"\s+)?(?<verb>" + Lex.Of("delivering-verbs") + @")(?:\s+(?:you|it|them|to\s+you|over|out|to\s+production|live))*\s+");

    static readonly Regex TopicalisedCue = Lex.Rule(@"\b(?:I|[Ww]e)(?:\s+|(?='))(?:" + Lex.Of("modals-firm", "modals-offer", "modal-fillers") + @"\s+)?" + Lex.Of("delivering-verbs"));

    static readonly Regex VerblessPattern = Lex.Rule(@"\G\W*(?<np>(?!" + Lex.Of("pronouns") + @")(?:" + Lex.Of("determiners") + @"\s+)?[a-z][\w-]*(?:\s+[\w-]+){0,3}?)\s+(?:will\s+be\s+|are\s+|is\s+)?(?<state>" + Lex.Of("ready-states") + ")", RegexOptions.IgnoreCase);

    static readonly Regex FrontedObject = Lex.Rule(@"^\W*(?:(?i:and|so|then|but|also)\s+)?(?<np>" + Lex.Of("determiners") + @"\s+[\w-]+(?:\s+[\w-]+){0,6}?)\s*$");

    // Right after the verb: no object of its own ("send to Marisol", "send you on Friday", "send over", the clause's end).
    [GeneratedRegex(@"\G(?:\s+(?:you|over|across|back|out))*(?:\s+(?:to|on|by|at|in|until|before|after|the same|tomorrow|today|tonight|first|this|next|end)\b|\s*[,.;!]|\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex NoObjectAfterVerb();

    [GeneratedRegex(@"^\s*(?:[a-z]+ly\s+){1,2}(?<verb>[a-z][\w'-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex LyAdverb();

    // "keep trying", "keep studying this": an effort kept up; "keep you posted" is a status promise (status-promises).
    [GeneratedRegex(@"^keep\s+[a-z]+ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeepDoing();

    // "Below are the instructions as to how we plan to update…", "what we will do": the subject opens an embedded clause.
    static readonly Regex EmbeddedBefore = Lex.Rule(Lex.Of("embedded-clause-openers") + @"\s+\G", RegexOptions.RightToLeft);

    static readonly Regex Pleasantry = Lex.Rule("^" + Lex.Of("pleasantries"));

    // The verb phrase opens with the list's entry, also after an adverb or two ("will actually leave it up to you"); "fly"
    // looks like an adverb, so the phrase is tried as written first.
    static bool StartsWith(Regex list, string vp) => list.IsMatch(vp) || list.IsMatch(LyAdverb().Replace(vp, "${verb}", 1));

    // "I believe (that) we are going to…", "I pray that you will be at peace … and that you will have…": a belief's clause
    // (read leftwards from the subject), or one joined to it by "and that".
    static bool Believed(string text, int subject) =>
        BeliefBefore.IsMatch(text, subject) || AndThatBefore.IsMatch(text, subject) && BeliefLead.IsMatch(text.AsSpan(0, subject));

    static readonly Regex BeliefBefore = Lex.Rule(Lex.Of("belief-leads") + @"\s+(?:that\s+)?\G", RegexOptions.RightToLeft);

    static readonly Regex AndThatBefore = Lex.Rule(@"\band\s+that\s+\G", RegexOptions.RightToLeft);

    static readonly Regex BeliefLead = Lex.Rule(Lex.Of("belief-leads"));

    [GeneratedRegex(@"\bbe\s+able\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex AbleTo();

    static readonly Regex PastDay = Lex.Rule(Lex.Of("past-days"));

    static readonly Regex HandOver = Lex.Rule("^" + Lex.Of("hand-over"));

    static readonly Regex Itinerary = Lex.Rule("^" + Lex.Of("itinerary-verbs"));

    static readonly Regex MessageDescribing = Lex.Rule("^" + Lex.Of("message-describing"));

    // Read leftwards from the subject: "X said (that) Y will…", but not "I said I'd…" (the writer restating a promise).
    static readonly Regex ReportedBefore = Lex.Rule(@"(?<!\bI\s+)" + Lex.Of("reported-speech") + @"\s+(?:that\s+)?\G", RegexOptions.RightToLeft);

    // The verb phrase runs into a copula: "work with is 25/11", "do is wait", "need from you are the figures".
    [GeneratedRegex(@"^[\w'-]+(?:\s+(?:with|to|for|on|about|in|at|by|from|of|out|up|back))?(?:\s+(?:from|to)\s+(?:you|me|us|them))?\s+(?:is|are|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeClause();

    static readonly Regex PastMarker = Lex.Rule(Lex.Of("past-markers") + @"\s*\G", RegexOptions.RightToLeft);







    [GeneratedRegex(@"\Ghave\s+(?:to|got to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HaveTo();

    // "I'll follow up with Evelyn", "touch base with Carol", "reach out to the vendor": talking to someone else is a task;
    // "keep you posted with progress" still only talks to the reader.
    static readonly Regex StatusPromise = Lex.Rule("^(?:" + Lex.Of("status-promises") + @")(?:(?<=\b(?:" + Lex.Of("you-forms") + @"|everyone|all|both)\b.*)|(?!\s+(?:with|to)\s+(?!(?:" + Lex.Of("you-forms") + @")\b|everyone\b|all\b|both\b)\w))");

    // "be sending the invoice" reads as "sending the invoice" in a list of who does what.
    [GeneratedRegex(@"^be\s+(?=\w+ing\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BeDoingPrefix();

    // "Sales (Omar) to share the list": a recap's named owner before "to".
    [GeneratedRegex(@"^\p{Lu}[\w&/-]*(?:\s+\p{Lu}[\w&/-]*){0,2}\s*(?:\([^)]*\)\s*)?\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex RecapTo();

    [GeneratedRegex(@"^\W*(?:but|though|although|however|yet)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContrastOpener();

    // Between a fronted object's verb and its day only adverbs may stand ("send you therefore already until Thursday").
    static readonly Regex FewWords = Lex.Rule(@"^(?:(?:[a-z]+ly|" + Lex.Of("filler-adverbs") + @")\s+){0,2}$");

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
