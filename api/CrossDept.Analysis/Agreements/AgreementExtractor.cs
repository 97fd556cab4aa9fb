using System.Text.RegularExpressions;
using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>
/// Finds the agreements of a conversation in each message's own words (never quotes, signatures or disclaimers):
/// commitments people made, requests they accepted with a short reply, and named owners in a recap; then drops
/// what was hedged, declined, left on an unmet condition or withdrawn, and merges restated or moved commitments.
/// </summary>
public static partial class AgreementExtractor
{
    public static IReadOnlyList<Agreement> Extract(IReadOnlyList<ReadMessage> messages, IReadOnlyList<Person> participants, string me) =>
        Read(messages, participants, me).Agreements;

    /// <summary>
    /// The conversation's ledger: every commitment and what later messages did to it (accepted, restated, moved,
    /// withdrawn, delegated, declined with a referral). With <paramref name="explain"/>, also why each agreement stands
    /// (the rule and the words it fired on) and why each sentence that looked like one was dropped.
    /// </summary>
    // ct: the API's client left; the work stops at the next message.
    public static Ledger Read(IReadOnlyList<ReadMessage> messages, IReadOnlyList<Person> participants, string me, bool explain = false,
        CancellationToken ct = default)
    {
        var names = new ParticipantNames(participants);
        var ordered = messages.Where(m => !m.IsAutoReply).OrderBy(m => m.Source.SentAt).ToArray();
        var open = new List<Found>();
        var pending = new List<Found>();
        var referrals = new List<Referral>();
        var log = explain ? new List<Explanation>() : null;
        // Each message's sentences and their dates, read once: a short yes looks back at earlier ones.
        var parsed = ordered.Select(m => m.Sentences.Select(s => Parsed.Read(s, m.Source.SentAt, DateOrders.For(m.Source))).ToArray()).ToArray();
        var requestsOf = new IReadOnlyList<Request>?[parsed.Length][];
        // The items of each message's list of asks that name someone else ("2. Sigrid - order dry ice by 27/11"): what a
        // yes from that person later takes on.
        var askedOf = new IReadOnlyList<ActionItem>[parsed.Length];
        // The numbered rows of each message's tables, recap or asks ("34.5"): what a reply item by item answers.
        var numberedOf = new ActionItem[parsed.Length][];
        var anyNumbered = false; // whether an earlier message had such a row
        OpenIndex? index = null; // the open agreements by owner and words, kept while nothing else changes the list

        for (var i = 0; i < ordered.Length; i++)
        {
            ct.ThrowIfCancellationRequested();
            var message = ordered[i];
            var sender = names.Canonical(message.Source.From);
            var recap = RecapCue.IsMatch(message.Body) && !AsksList.IsMatch(message.Body) && !ConfirmAsk.IsMatch(message.Body);
            var fromThis = new List<Found>();
            Parsed? acceptance = null;
            DueDate? acceptanceDate = null;
            string? acceptanceTopic = null;
            var declined = false;
            bool? notOurs = null; // whether the message says the ask is not theirs: asked once, when a sentence needs it
            if (log is not null)
                ExplainSignature(message, log);
            // A message read for nothing below (a broadcast) asked no one a line: a later yes looks past it.
            askedOf[i] = [];
            numberedOf[i] = [];
            // A newsletter, a list's mail or an announcement to a crowd promises no one: none of its sentences is read.
            if (Broadcasts.Why(message.Source, message.Body) is { } broadcast)
            {
                Note(log, "dropped", null, null, broadcast, message.Source.Subject ?? "", message, null, null, null);
                continue;
            }
            // Minutes and recaps list who does what, one item a line, whoever sends them.
            var items = recap ? ActionItems.Find(message.Body, names, message.Source.SentAt, addressed: message.Source.To).Where(item => !AttendeeList(item.Line)).ToArray() : [];
            fromThis.AddRange(items.Select(item => Listed(item, message)));
            // A list of asks, each line naming who ("Owner / Action / Due", "1. Paolo - confirm the inventory by 20/11"): a line
            // naming the writer is the writer's own commitment (nobody asks themselves); the others wait for their yes.
            if (!recap && ListLine.IsMatch(message.Body))
            {
                // An ask's line has its day ("Zofia Wiśniewska | Producer, Lantern Tides" in a signature the reader missed has none).
                var listed = ActionItems.Find(message.Body, names, message.Source.SentAt, colonItems: true, message.Source.To).Where(item => item.Due is not null).ToArray();
                askedOf[i] = listed.Where(item => !item.Owner.Is(sender.Address)).ToArray();
                fromThis.AddRange(listed.Where(item => item.Owner.Is(sender.Address)).Select(item => Listed(item, message)));
            }

            var itemsAsked = anyNumbered;
            numberedOf[i] = [.. items.Concat(askedOf[i]).Where(item => item.Number is not null)];
            anyNumbered |= numberedOf[i].Length > 0;
            var itemsAnswered = false;
            for (var k = 0; k < parsed[i].Length; k++)
            {
                var (sentence, dates) = parsed[i][k];
                if (items.Length > 0 && items.Any(item => sentence.Contains(item.Line, StringComparison.Ordinal) || item.Line.Contains(sentence, StringComparison.Ordinal)))
                    continue; // read as an action item above
                var tags = parsed[i][k].Tags;
                // "Items 1, 3 and 5 fine", "Item 34.5 - Noted, we will submit on 18-Nov-2026": a reply line by line to a
                // numbered table of asks takes on the items it names.
                if (itemsAsked && ItemReference.Match(sentence) is { Success: true } itemRef
                    && AnsweredItems(itemRef, sentence, dates, numberedOf, i, sender, message) is { Count: > 0 } answered)
                {
                    fromThis.AddRange(answered);
                    itemsAnswered = true;
                    continue;
                }
                if (Commitments.IsWithdrawal(sentence, tags))
                    Withdraw(open, pending, sender, sentence, dates, everythingIfUnspecific: true, log);
                // "will let u know", "I'll get back to you": an answer promised for later takes on no ask (it stands alone below).
                var answersLater = acceptance is null && Commitments.PromisesOnlyAnAnswer(sentence);
                if (acceptance is null && !answersLater && Commitments.IsAcceptance(sentence, dates, out var acceptedDate))
                {
                    acceptance = parsed[i][k];
                    acceptanceDate = acceptedDate;
                }
                else if (acceptance is null && k == 0 && dates.Count == 1 && BareDay(sentence, dates[0]) && DayAskedOf(ordered, parsed, i, sender, dates[0].Date))
                {
                    // "Also need your incident response runbook. Thursday?" - "Thursday.": the day asked, given back, is a yes.
                    acceptance = parsed[i][k];
                    acceptanceDate = dates[0];
                }
                else if (acceptance is null && !answersLater && !message.Source.From.Is(me) && TopicalYes(sentence, dates, message.Source.SentAt) is { } topic)
                {
                    // "Yes, Thu ok 👍", "Confirmed from our side - GSE list by 20.11", "Cut sheets by EOD tmrw 👍": a yes that
                    // names its day, and maybe the thing it says yes to (which must then be what was asked).
                    acceptance = parsed[i][k];
                    acceptanceDate = dates.FirstOrDefault(d => d.Date >= DateOnly.FromDateTime(message.Source.SentAt.Date));
                    acceptanceTopic = topic.Length > 0 ? topic : null;
                }
                if (tags.HasFlag(Tag.Question) && tags.HasFlag(Tag.Cue))
                    Note(log, "dropped", null, null, "a question asks, it does not promise", sentence, message, null, null, null);
                if (!message.Source.From.Is(me) && (notOurs ??= Referrals.SaysNotOurs(parsed[i])) && Referrals.Find(sentence, parsed[i], names) is { } referral)
                {
                    referrals.Add(referral with { From = sender, SourceMessageId = message.Source.Id });
                    // "Not my team anymore - ask Sandrine": a line of an earlier list that named them is not theirs either.
                    Withdraw(open, pending, sender, message.Body, [], everythingIfUnspecific: false, log);
                    Note(log, "referral", Rules.Referral, referral.ToName, "declined and sent the ask on: no agreement", sentence, message, referral.ToAddress ?? referral.ToName, null, null);
                    declined = true;
                    continue;
                }
                if (Delegations.Find(sentence, parsed[i], k, names, sender) is { } delegation)
                {
                    Delegate(open, fromThis, delegation, sender, message, sentence, log);
                    continue;
                }

                var commitments = Commitments.Find(sentence, dates, recap, tags);
                // "Étienne, could you issue the MEP comments by 02/12 instead?" asks someone else to move theirs: no move of the writer's.
                var movesADay = dates.Count > 0 && !sentence.TrimEnd().EndsWith('?') && (MovedCue.IsMatch(sentence) || parsed[i][k].SetsADateAside);
                // "…, the draft will reach you on Monday 11/23 rather than Friday 11/20": a promise that moves a day is the
                // writer's earlier one moved, not a second one.
                if (movesADay && commitments.Count > 0 && commitments.All(c => c.Owner == CommitmentOwner.Sender && c.Stance == Stance.Firm)
                    && MoveDate(open, sender, sentence, dates, message.Source.Id, log, parsed[i][k].SetAside))
                    continue;
                if (movesADay && commitments.Count == 0)
                    MoveDate(open, sender, sentence, dates, message.Source.Id, log, parsed[i][k].SetAside);
                else if (commitments.Count == 0 && Corrected(sentence, dates) is var (right, wrong))
                    Correct(open, sender, sentence, right, wrong, message.Source.Id, log);
                if (commitments.Count == 0 && tags.HasFlag(Tag.Cue) && (tags & (Tag.FirstPerson | Tag.Team)) != 0 && !tags.HasFlag(Tag.Question))
                    Note(log, "dropped", null, null, "no commitment shape fired", sentence, message, null, null, null);
                foreach (var read in commitments)
                {
                    var c = read;
                    var owner = c.Owner == CommitmentOwner.Sender ? sender : names.Resolve(c.Name);
                    if (owner is null && c.WritersOwn && !tags.HasFlag(Tag.Referral))
                    {
                        // "Our technician Mr. Anan will go to site on Thursday": not in the conversation, so the writer
                        // answers for their own person's visit.
                        owner = sender;
                        c = c with { Owner = CommitmentOwner.Sender, What = Commitments.IsDepartment(c.Name!) ? c.What : "have " + c.Name + " " + c.What, Words = c.Words + " (not a participant: the writer answers)" };
                    }
                    if (owner is null)
                    {
                        Note(log, "dropped", c.Rule, c.Words, $"'{c.Name}' is not a participant", sentence, message, c.Name, c.What, null);
                        continue;
                    }
                    if (c.Stance == Stance.Declined)
                    {
                        declined |= owner.Is(sender.Address);
                        Note(log, "dropped", c.Rule, c.Words, "declined", sentence, message, owner.Address, c.What, null);
                        Withdraw(open, pending, owner, c.What, dates.Where(d => d.Index < c.End && d.End > c.Start).ToArray(), everythingIfUnspecific: false, log);
                        continue;
                    }
                    if (Commitments.IsAvailabilityNote(c.What))
                    {
                        Note(log, "dropped", c.Rule, c.Words, "says how the writer can be reached, no task", sentence, message, owner.Address, c.What, null);
                        continue;
                    }
                    if (c.Stance is not (Stance.Firm or Stance.Conditional))
                    {
                        Note(log, "dropped", c.Rule, c.Words, c.Why ?? (c.Stance == Stance.Hedged ? "hedged" : "an offer with no date and no ask it answers"), sentence, message, owner.Address, c.What, null);
                        continue;
                    }
                    // "If Hakan Bey sends them by Wednesday, you will have the cost per cover on Thursday": the condition's day is
                    // not the promise's; "I will phone Samuel the same day if it is approved": the same day as the condition.
                    // ("Let me know by Thursday or I will mark them down myself": the answer's day is the promise's too.)
                    var conditionAt = c.Condition is null || Commitments.AwaitsAnswer(c.Condition) ? -1 : sentence.IndexOf(c.Condition, StringComparison.Ordinal);
                    var promiseDates = conditionAt < 0 ? dates
                        : dates.Where(d => d.End <= conditionAt || d.Index >= conditionAt + c.Condition!.Length).ToArray();
                    var due = promiseDates.Where(d => d.Index < c.End && d.End > c.Start).OrderByDescending(d => d.IsDeadline).FirstOrDefault()
                        ?? (c.HasOwnTiming ? null : promiseDates.OrderByDescending(d => d.IsDeadline).FirstOrDefault())
                        ?? (i > 0 && ThenAtEnd().Match(sentence, c.Start, c.End - c.Start).Success ? parsed[i - 1].SelectMany(p => p.Dates).FirstOrDefault() : null)
                        ?? (c.Condition is null && SameDay.IsMatch(sentence) ? DaySaidBefore(parsed, i, k) : null)
                        ?? (c.Owner == CommitmentOwner.Sender && !c.HasOwnTiming && c.Condition is null && !c.IsVague
                            ? AskedDay(ordered, parsed, requestsOf, i, sender, c.What) : null);
                    // "We are going to implement the new rubric starting next month": a way of working from a period on, no delivery.
                    // A day named by its number stays a promise from that day ("we will lock in 8 agents for weekends starting Dec 5").
                    if (due is not null && dates.Contains(due) && !due.Text.Any(char.IsAsciiDigit) && PracticeStart.IsMatch(sentence, due.Index))
                    {
                        Note(log, "dropped", c.Rule, c.Words, $"a way of working from a day ('{due.Text}'), not a delivery by it", sentence, message, owner.Address, c.What, due.Date);
                        continue;
                    }
                    // "For the vault logs I will send them latest Thursday": the topic it opened with is what "them" is.
                    var what = Commitments.WithTopic(sentence, c.What);
                    var found = new Found(owner, what, due?.Date, due?.Text, message.Source.Id, sentence, c.IsVague && what == c.What, c.Condition) { Rule = c.Rule, Words = c.Words };
                    var target = c.Stance == Stance.Conditional ? pending : fromThis;
                    target.Add(found);
                    if (c.AlsoSender && !owner.Is(sender.Address))
                        target.Add(found with { Owner = sender });
                }
            }

            // Beside a specific promise of the same writer: "Yes, we'll take it. I'll get you the first draft by Thursday." — the
            // bare yes is said by the specific one and goes; "Thermal is ok, but I will confirm it after I see the numbers" —
            // the pronoun's thing is in their own words, not the ask's, and it stays as they said it.
            for (var v = fromThis.Count - 1; v >= 0; v--)
                if (fromThis[v] is { Vague: true } f && fromThis.Any(o => !o.Vague && o.Owner.Is(f.Owner.Address)))
                {
                    if (Commitments.IsBare(f.What))
                        fromThis.RemoveAt(v);
                    else
                        fromThis[v] = f with { Vague = false };
                }
            var vague = fromThis.Where(f => f.Vague).ToList();
            fromThis.RemoveAll(f => f.Vague);
            // "Acknowledged. Items 1, 3 and 5 fine.": the items named are what the yes takes on, not every line of theirs.
            if (itemsAnswered)
                acceptance = null;
            // "Do you want me to go ahead and place the orders?" - "Yes, please.": the yes makes the offer its writer's agreement.
            var offerYes = acceptance?.Sentence ?? (parsed[i].Length > 0 && OfferYes.IsMatch(parsed[i][0].Sentence) ? parsed[i][0].Sentence : null);
            if (offerYes is not null && !declined && vague.Count == 0 && !fromThis.Any(f => f.Owner.Is(sender.Address))
                && OfferAnswered(ordered, parsed, i, sender, names) is { } offer)
            {
                fromThis.Add(offer with { SourceMessageId = message.Source.Id, Words = offerYes });
                acceptance = null;
            }
            if (acceptance is not null && !declined && vague.Count == 0 && !fromThis.Any(f => f.Owner.Is(sender.Address)))
                vague.Add(new Found(sender, "", acceptanceDate?.Date, acceptanceDate?.Text, message.Source.Id, acceptance.Sentence, true, null) { Rule = Rules.ShortAcceptance, Words = acceptance.Sentence, Topic = acceptanceTopic });
            // "3. Auditor issues it in December. Will send when I have it." under a numbered list of asks: the yes is to the
            // asker's line 3, not to every ask of theirs.
            for (var v = vague.Count - 1; v >= 0; v--)
                if (NumberedLineOf(message.Body, vague[v].Quote) is { } number)
                {
                    if (AskedLineNumbered(ordered, i, sender, number) is { } asked)
                        fromThis.Add(vague[v] with { What = asked, Vague = false });
                    vague.RemoveAt(v);
                }
            foreach (var accepted in vague)
            {
                // "Can you do it again next year?" - "will let u know": a promise of an answer later defers the ask, it
                // does not take it on.
                if (Commitments.IsStatusOnly(accepted.What) || Commitments.PromisesOnlyAnAnswer(accepted.Quote))
                {
                    // With a day it is a promise of its own ("I'll get back to you by Friday"); without, no task at all.
                    if (accepted.Due is not null && accepted.What.Length > 0)
                        fromThis.Add(accepted with { Vague = false });
                    else
                        Note(log, "dropped", accepted.Rule, accepted.Words, "promises an answer later, not the ask itself", accepted.Quote, message, accepted.Owner.Address, accepted.What, null);
                    continue;
                }
                var taken = Accept(accepted, ordered, parsed, requestsOf, askedOf, i, names, open).ToArray();
                if (taken.Length == 0)
                    Note(log, "dropped", accepted.Rule, accepted.Words, "a yes or an 'I'll do it' with no ask before it to say what", accepted.Quote, message, accepted.Owner.Address, null, null);
                fromThis.AddRange(taken);
            }

            Promote(pending, fromThis, message, sender);
            if (fromThis.Count > 0)
            {
                if (index is null || !index.Follows(open))
                    index = new OpenIndex(open);
                foreach (var f in fromThis)
                    Merge(open, index, f, log);
            }
        }
        foreach (var p in pending)
            Note(log, "dropped", p.Rule, p.Words, $"waits on a condition never met ('{p.Condition}')", p.Quote, null, p.Owner.Address, p.What, p.Due);
        for (var n = 0; n < open.Count; n++)
            if (open[n].Due is null && ordered.FirstOrDefault(m => m.Source.Id == open[n].SourceMessageId) is { } said
                && EventDates.For(open[n].Quote, parsed, j => ordered[j].Source.From.Is(open[n].Owner.Address), DateOnly.FromDateTime(said.Source.SentAt.DateTime)) is { } day)
            {
                open[n] = open[n] with { Due = day.Date, DueText = day.Text };
                Note(log, "moved", open[n].Rule, open[n].Words, $"timed by an event the thread dates ('{day.Text}')", open[n].Quote, null, open[n].Owner.Address, open[n].What, day.Date, open[n].SourceMessageId);
            }
            else if (open[n].Due is null && Array.FindIndex(ordered, m => m.Source.Id == open[n].SourceMessageId) is var at and > 0
                && AskedLine(askedOf, at, open[n]) is { Due: { } asked })
            {
                // "Payroll records will be sent as per plan" to a plan that gave them a line with a date: the line's date.
                open[n] = open[n] with { Due = asked.Date, DueText = asked.Text };
                Note(log, "moved", open[n].Rule, open[n].Words, $"the date of the line asked of them ('{asked.Text}')", open[n].Quote, null, open[n].Owner.Address, open[n].What, asked.Date, open[n].SourceMessageId);
            }
        // "Linh will send them next Thursday 26/11" and Linh's own "I will courier the lab dips on 26/11": one thing, said
        // with its name once.
        for (var n = open.Count - 1; n >= 0; n--)
            if (open[n].Due is not null && Commitments.IsVague(open[n].What) && open.FirstOrDefault(o => o.Owner.Is(open[n].Owner.Address) && o.Due == open[n].Due && !Commitments.IsVague(o.What)) is { } named)
            {
                Note(log, "moved", open[n].Rule, open[n].Words, "restated: one agreement remains", open[n].Quote, null, open[n].Owner.Address, named.What, named.Due, open[n].SourceMessageId);
                open.RemoveAt(n);
            }
        foreach (var f in open)
            Note(log, "agreement", f.Rule, f.Words, null, f.Quote, null, f.Owner.Address, f.What, f.Due, f.SourceMessageId);
        return new Ledger(
            open.Select(f => new Agreement(f.Owner, f.What, f.Due, f.DueText, f.SourceMessageId, f.Quote)).ToArray(),
            referrals,
            (IReadOnlyList<Explanation>?)log ?? []);
    }

    static void Note(List<Explanation>? log, string verdict, string? rule, string? words, string? reason, string sentence, ReadMessage? message,
        string? owner, string? what, DateOnly? due, string? messageId = null)
    {
        log?.Add(new Explanation(verdict, rule, words, reason, sentence, messageId ?? message?.Source.Id, owner, what, due));
    }

    // A promise inside a signature or a legal disclaimer ("every ticket will be answered within 24 hours") binds no one.
    static void ExplainSignature(ReadMessage message, List<Explanation> log)
    {
        if (message.Signature is not { Length: > 0 } signature)
            return;
        foreach (var sentence in Sentences.Split(signature))
            if (Tagger.Tags(sentence).HasFlag(Tag.Cue))
                Note(log, "dropped", null, null, "inside a signature or disclaimer", sentence, message, null, null, null);
    }

    // "PRESENT: Rick Alvarez (RA), Dana Whitaker (DW), … Brenda Kowalski (BK, notes)": who was there, each with the initials
    // the items below use, is no item.
    static bool AttendeeList(string line) => InitialsInBrackets.Count(line) >= 2;

    static readonly Regex InitialsInBrackets = new(@"\([A-Z]{2,3}[),]", RegexOptions.CultureInvariant);

    // "Item 2", "Items 1, 3 and 5", "item 34.5": the numbers of a table's rows.
    static readonly Regex ItemReference = Lex.Rule(@"\b[Ii]tems?\s+(?:(?:no\.?|#)\s*)?(?<n>\d{1,3}(?:\.\d{1,3})?)(?:\s*(?:,|and|&)\s*(?<n>\d{1,3}(?:\.\d{1,3})?))*\b");

    // The rows of the latest table with those numbers (an ask, or minutes already read): the writer takes on their own,
    // and a colleague's of the same organisation (a supervisor answers for the crew; two strangers on a free mail service
    // are not one). A day said after the number moves it ("Item 2 - … Wednesday 25/11"); a decline ("Item 4 - we can't")
    // takes on nothing.
    static List<Found> AnsweredItems(Match reference, string sentence, IReadOnlyList<DueDate> dates, ActionItem[][] numberedOf,
        int index, Person sender, ReadMessage message)
    {
        var found = new List<Found>();
        if (sentence.TrimEnd().EndsWith('?') || NegativeModal.IsMatch(sentence))
            return found;
        foreach (Capture number in reference.Groups["n"].Captures)
            for (var j = index - 1; j >= 0; j--)
            {
                if (numberedOf[j]?.FirstOrDefault(item => item.Number == number.Value) is not { } item)
                    continue;
                if (item.Owner.Is(sender.Address) || ParticipantNames.DomainOf(item.Owner.Address) is var domain && !Lex.Has("free-mail-domains", domain)
                    && domain.Equals(ParticipantNames.DomainOf(sender.Address), StringComparison.OrdinalIgnoreCase))
                {
                    var day = dates.LastOrDefault(d => d.Index > number.Index);
                    found.Add(new Found(item.Owner, item.What, day?.Date ?? item.Due?.Date, day?.Text ?? item.Due?.Text, message.Source.Id, sentence, false, null)
                        { Rule = Rules.ShortAcceptance, Words = reference.Value + " → " + item.Line });
                }
                break;
            }
        return found;
    }

    // "…on 24-Nov-2026 instead of 19-Nov-2026": the day named after these is the one given up (read leftwards from it).
    static readonly Regex WithdrawnTopic = new(@"\b(?:regarding|about|concerning|on)\s+(?<topic>[^.,;]{3,60})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    static readonly Regex PracticeStart = Lex.Rule(@"\b(?:" + Lex.Of("practice-starts") + @")\s*\G", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
    static readonly Regex ReplacesNext = Lex.Rule(@"\G\s*,?\s*(?:" + Lex.Of("date-replaced") + @")\s", RegexOptions.IgnoreCase);
    static readonly Regex ReplacedDay = Lex.Rule(@"\b(?:" + Lex.Of("date-replaced") + @")\s*\G", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);

    static readonly Regex NegativeModal = Lex.Rule(Lex.Of("modals-negative"), RegexOptions.IgnoreCase);

    /// <summary>An item of a list or a table as the agreement its line states.</summary>
    static Found Listed(ActionItem item, ReadMessage message) =>
        new(item.Owner, item.What, item.Due?.Date, item.Due?.Text, message.Source.Id, item.Line, false, null) { Rule = Rules.ActionItem, Words = item.Line };

    static bool BareDay(string sentence, DueDate day) =>
        sentence.AsSpan(0, day.Index).Trim().Length == 0 && sentence.AsSpan(day.End).Trim().Trim(".!").Length == 0;

    /// <summary>The message a reply of the writer's answers: the last one before it from someone else, when it was addressed to the writer; -1 if none.</summary>
    static int Answered(ReadMessage[] ordered, int i, Person sender)
    {
        for (var j = i - 1; j >= 0; j--)
            if (!ordered[j].Source.From.Is(sender.Address))
                return ordered[j].Source.To.Any(p => p.Is(sender.Address)) ? j : -1;
        return -1;
    }

    /// <summary>
    /// The day of the ask a dateless promise answers, when it names the same thing: "How about a call today at 2?" - "Works
    /// for me - I'll arrange a call" is the call today; "Could you send the P and L columns by Wednesday?" - "I will send those
    /// columns" is by Wednesday ("I will follow up with Tracy" names no thing of the ask). A day already past when the answer
    /// was written is none.
    /// </summary>
    static DueDate? AskedDay(ReadMessage[] ordered, Parsed[][] parsed, IReadOnlyList<Request>?[][] requestsOf, int i, Person sender, string what)
    {
        if (Answered(ordered, i, sender) is not (var j and >= 0))
            return null;
        var thing = Words.Object(what);
        if (thing.Count == 0)
            return null;
        var written = DateOnly.FromDateTime(ordered[i].Source.SentAt.DateTime);
        // (The cheap tests first: most sentences have no date or share no word; the ask is read last.)
        for (var k = 0; k < parsed[j].Length; k++)
            if (parsed[j][k] is var p && p.Dates.Count > 0 && thing.Overlaps(p.Content)
                && p.Dates.OrderByDescending(d => d.IsDeadline).First() is { } day && day.Date >= written
                && (p.Sentence.TrimEnd().EndsWith('?') || RequestsOf(requestsOf, parsed, j, k).Count > 0))
                return day;
        return null;
    }

    /// <summary>The requests of sentence <paramref name="k"/> of message <paramref name="j"/>, read once however many
    /// yeses and promises look back at them.</summary>
    static IReadOnlyList<Request> RequestsOf(IReadOnlyList<Request>?[][] requestsOf, Parsed[][] parsed, int j, int k) =>
        (requestsOf[j] ??= new IReadOnlyList<Request>?[parsed[j].Length])[k] ??= Requests.Find(parsed[j][k].Sentence, parsed[j][k].Dates);

    /// <summary>Whether the message the writer answers asked about that day ("Thursday?").</summary>
    static bool DayAskedOf(ReadMessage[] ordered, Parsed[][] parsed, int i, Person sender, DateOnly day) =>
        Answered(ordered, i, sender) is var j and >= 0 && parsed[j].Any(p => p.Sentence.TrimEnd().EndsWith('?') && p.Dates.Any(d => d.Date == day));

    // "3. Auditor issues it in December." / "1) Attached": a reply's line answering the asker's line of the same number.
    static readonly Regex NumberedLine = new(@"^\s*(?<n>\d{1,2})[.)]\s+(?<text>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.Multiline);

    /// <summary>The number of the reply's numbered line that holds the sentence, when the reply answers line by line (two numbered lines or more).</summary>
    static string? NumberedLineOf(string body, string sentence)
    {
        var lines = NumberedLine.Matches(body);
        if (lines.Count < 2)
            return null;
        var probe = sentence.Length > 30 ? sentence[..30] : sentence;
        foreach (Match line in lines)
            if (line.Groups["text"].Value.Contains(probe, StringComparison.Ordinal))
                return line.Groups["n"].Value;
        return null;
    }

    /// <summary>The asker's line of that number (the last message to the one answering, from someone else), worded as a task.</summary>
    static string? AskedLineNumbered(ReadMessage[] ordered, int i, Person sender, string number)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (ordered[j].Source.From.Is(sender.Address) || !ordered[j].Source.To.Any(p => p.Is(sender.Address)))
                continue;
            foreach (Match line in NumberedLine.Matches(ordered[j].Body))
                if (line.Groups["n"].Value == number)
                {
                    var text = Commitments.LowerFirst(line.Groups["text"].Value.Trim().TrimEnd('.', ';', ','));
                    return Requests.StartsWithRequestVerb(text) ? text : "send " + text;
                }
            return null;
        }
        return null;
    }

    // "Do you want me to go ahead and place the orders?", "Shall I book the room for Friday?": the writer offers the task.
    static readonly Regex OfferQuestion = Lex.Rule(@"\b(?:" + Lex.Of("offer-questions") + @")\s+(?:go\s+ahead\s+and\s+)?(?<vp>[a-z][\w'-]*\b[^?]*)\?\W*$", RegexOptions.IgnoreCase);

    static readonly Regex OfferYes = Lex.Rule(@"^\W*(?:" + Lex.Of("offer-acceptances") + @")\b[\s,.!]*(?:thanks|thank you|thx)?[\s,.!]*$", RegexOptions.IgnoreCase);

    /// <summary>The offer of the message a yes answers (the last one before it from someone else, addressed to the one saying yes).</summary>
    static Found? OfferAnswered(ReadMessage[] ordered, Parsed[][] parsed, int i, Person sender, ParticipantNames names)
    {
        if (Answered(ordered, i, sender) is not (var j and >= 0))
            return null;
        for (var k = parsed[j].Length - 1; k >= 0; k--)
            if (parsed[j][k].Sentence.Contains('?') && OfferQuestion.Match(parsed[j][k].Sentence) is { Success: true } m)
            {
                var dates = parsed[j][k].Dates;
                var (what, _) = Commitments.Phrase(parsed[j][k].Sentence, m.Groups["vp"].Index, m.Groups["vp"].Index + m.Groups["vp"].Length, dates);
                if (what.Length == 0)
                    return null;
                var due = dates.FirstOrDefault();
                return new Found(names.Canonical(ordered[j].Source.From), what, due?.Date, due?.Text, null, parsed[j][k].Sentence, false, null) { Rule = Rules.ShortAcceptance };
            }
        return null;
    }

    /// <summary>The latest line of an earlier list of asks that gave the owner this task, by its words.</summary>
    static ActionItem? AskedLine(IReadOnlyList<ActionItem>[] askedOf, int before, Found f)
    {
        for (var j = before - 1; j >= 0; j--)
            if (askedOf[j]?.LastOrDefault(item => item.Owner.Is(f.Owner.Address) && Words.Overlap(item.What, f.What)) is { } line)
                return line;
        return null;
    }

    /// <summary>A short yes ("Will do", "Yes, we can", "I'll take care of it") takes on what the last ask to its sender said.</summary>
    static IEnumerable<Found> Accept(Found accepted, ReadMessage[] ordered, Parsed[][] parsed, IReadOnlyList<Request>?[][] requestsOf, IReadOnlyList<ActionItem>[] askedOf,
        int index, ParticipantNames names, List<Found> open)
    {
        var sender = accepted.Owner;
        // "I'll send them to you latest Thursday" has words of its own past the pronoun; "Will do" and "take it" have none.
        var ownWords = accepted.What.Length > 0 && !Commitments.IsBare(accepted.What);
        // Past their own earlier message, a dated "I'll have it then" still names its task: it only borrows the words.
        var topicOnly = false;
        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = ordered[j];
            // Their own earlier message closes the search for something to accept: a yes answers what came after it.
            if (earlier.Source.From.Is(sender.Address))
            {
                if (accepted.Due is null || accepted.What.Length == 0)
                    break;
                // "it" is first their own commitment from back then, else the ask that started it.
                if (open.FirstOrDefault(o => o.Owner.Is(sender.Address) && o.SourceMessageId == earlier.Source.Id) is { } own)
                    return [accepted with { What = own.What, Vague = false }];
                topicOnly = true;
                continue;
            }
            // Their line in a list of asks: the yes takes it on (the one it names by its words, when it names one), with the
            // day the yes gives, else the line's.
            var lines = askedOf[j].Where(item => item.Owner.Is(sender.Address)).ToArray();
            if (lines.Length == 0 && askedOf[j].Count > 0)
                return []; // a list of asks with no line for them: their yes takes on nobody else's line
            if (lines.Length > 0)
            {
                var named = lines.Where(item => Words.Overlap(item.What, accepted.Topic ?? accepted.Quote)).ToArray();
                if (accepted.Topic is not null && named.Length == 0)
                    return [];
                return (named.Length > 0 ? named : lines).Select(item => accepted with
                {
                    What = item.What,
                    Due = accepted.Due ?? item.Due?.Date,
                    DueText = accepted.DueText ?? item.Due?.Text,
                    Vague = false,
                    Rule = Rules.ShortAcceptance,
                    Words = accepted.Words + " → " + item.Line,
                });
            }
            var addressed = earlier.Source.To.Concat(earlier.Source.Cc).Any(p => p.Is(sender.Address));
            if (!addressed)
                continue;
            // A recap that already names them: the yes confirms it, nothing new.
            if (!topicOnly && open.Any(o => o.Owner.Is(sender.Address) && o.SourceMessageId == earlier.Source.Id))
                return [];
            var asks = new List<Found>();
            for (var k = 0; k < parsed[j].Length; k++)
            {
                var (sentence, dates) = parsed[j][k];
                foreach (var request in RequestsOf(requestsOf, parsed, j, k))
                {
                    if (IsReplyAsk(request.What))
                        continue; // "Can you each confirm?": the yes is the answer, not a task
                    if (request.Addressee is { } name && names.Resolve(name) is { } person && !person.Is(sender.Address))
                        continue;
                    if (request.Addressee is null && !earlier.Source.To.Any(p => p.Is(sender.Address)))
                        continue; // an ask to the To line does not bind someone only copied
                    if (accepted.Topic is not null && !Words.Overlap(request.What, accepted.Topic))
                        continue; // "Cut sheets by EOD tomorrow" says yes to the cut sheets, not to the rest
                    var due = accepted.Due is not null ? null : dates.OrderByDescending(d => d.IsDeadline).FirstOrDefault();
                    asks.Add(accepted with
                    {
                        What = request.What,
                        Due = accepted.Due ?? due?.Date,
                        DueText = accepted.DueText ?? due?.Text,
                        Vague = false,
                        Rule = Rules.ShortAcceptance,
                        Words = accepted.Words + " → " + sentence,
                    });
                }
            }
            // "Bea - the final floral quote … Could you get these over to me this week?": "these" are the asks already read.
            if (asks.Count > 1 && asks.Any(a => !Commitments.IsVague(a.What)))
                asks.RemoveAll(a => Commitments.IsVague(a.What));
            // "Kindly forward these" answered by "I will send the logs to you latest Thursday": its own words say more.
            if (asks.Count > 0 && asks.All(a => Commitments.IsVague(a.What)) && ownWords)
                asks = [asks[0] with { What = accepted.What }];
            // "I'll forward it to her today" after two asks: which one "it" is, only the writer knows; their words stay.
            if (asks.Count > 1 && ownWords)
                return [accepted with { Vague = false }];
            if (asks.Count > 0)
                return topicOnly ? asks.Take(1).Select(a => a with { Due = accepted.Due, DueText = accepted.DueText }) : asks;
        }
        // Nothing asked to take on: a dated "I'll take care of it by Friday" still stands, and so does "I'll send them to the
        // printer"; a bare yes does not.
        return accepted.What.Length > 0 && (accepted.Due is not null || ownWords) ? [accepted with { Vague = false }] : [];
    }

    static void Withdraw(List<Found> open, List<Found> pending, Person owner, string said, IReadOnlyList<DueDate> dates, bool everythingIfUnspecific, List<Explanation>? log)
    {
        foreach (var list in new[] { open, pending })
        {
            var theirs = list.Where(f => f.Owner.Is(owner.Address)).ToList();
            // "I can't make Tuesday after all" names the meeting by its day; "I can't send the export" by its words;
            // "Kindly disregard my earlier message regarding the 2nd Engineer" by what the promise was said about.
            var topic = WithdrawnTopic.Match(said) is { Success: true } t ? t.Groups["topic"].Value : null;
            var specific = theirs.Where(f => Words.Overlap(f.What, said) || f.Due is { } due && dates.Any(d => d.Date == due)
                || topic is not null && Words.Overlap(f.Quote, topic)).ToList();
            foreach (var f in specific.Count > 0 ? specific : everythingIfUnspecific ? theirs : [])
            {
                list.Remove(f);
                Note(log, "dropped", f.Rule, f.Words, $"withdrawn later: '{said}'", f.Quote, null, f.Owner.Address, f.What, f.Due, f.SourceMessageId);
            }
        }
    }

    /// <summary>
    /// "I've asked Sam in payroll to run it; he'll have it to you by the 9th": the named participant now owns the task
    /// (the writer's own commitment to it, or the ask the writer was given, moves to them with the date said last).
    /// </summary>
    static void Delegate(List<Found> open, List<Found> fromThis, Delegation d, Person sender, ReadMessage message, string sentence, List<Explanation>? log)
    {
        var mine = open.LastOrDefault(o => o.Owner.Is(sender.Address) && (Commitments.IsVague(d.What) || Words.Overlap(o.What, d.What)));
        // "For the attrition report, I've endorsed this to Jomar, he will send it…": "it" is the topic the sentence opened with.
        var what = (Commitments.IsVague(d.What) || d.ThingOnly) && mine is not null ? mine.What : Commitments.WithTopic(sentence, d.What);
        if (what.Length == 0)
        {
            // "Carl is on it." with nothing of the writer's to hand on: what it is, only the ask knew.
            Note(log, "dropped", Rules.Delegation, d.Words, "hands on nothing the writer had taken on", sentence, message, d.Owner?.Address ?? d.Name, null, d.Due?.Date);
            return;
        }
        if (d.Owner is null)
        {
            // Someone outside the thread: the writer still answers for it, with the day they now give.
            if (mine is not null && d.Due is not null)
                open[open.IndexOf(mine)] = mine with { Due = d.Due.Date, DueText = d.Due.Text, SourceMessageId = message.Source.Id, Quote = sentence };
            Note(log, "dropped", Rules.Delegation, d.Words, $"'{d.Name}' is not a participant: the writer keeps it", sentence, message, d.Name, what, d.Due?.Date);
            return;
        }
        if (mine is not null)
            open.Remove(mine);
        fromThis.Add(new Found(d.Owner, what, d.Due?.Date ?? mine?.Due, d.Due?.Text ?? mine?.DueText, message.Source.Id, sentence, false, null)
            { Rule = Rules.Delegation, Words = d.Words });
    }

    /// <summary>A conditional commitment stands once someone else says the condition is met ("if you send me access" → "access granted").</summary>
    static void Promote(List<Found> pending, List<Found> fromThis, ReadMessage message, Person sender)
    {
        if (pending.Count == 0)
            return;
        // "…provided your workshop can have the final drive on the bench by then. Can you confirm?" - "Yes - the unit will be
        // on the bench by Thursday": a reply opening with a yes, about the condition, meets it.
        var met = ConditionMet.IsMatch(message.Body) || Commitments.OpensWithYes(message.Sentences);
        // "Let me know who it goes to and I'll draft it", "If not, I'll sign it": any reply (not an automatic one) answers.
        foreach (var p in pending.ToArray())
            if (!p.Owner.Is(sender.Address) && p.Condition is { } condition
                && (met && Words.Overlap(condition, message.Body) || !message.IsAutoReply && Commitments.AwaitsAnswer(condition)))
            {
                pending.Remove(p);
                fromThis.Add(p with { Condition = null, Words = p.Words + " (condition met: " + message.Source.Id + ")" });
            }
    }

    /// <summary>One agreement per task: a restatement in a later message moves its date; an identical repeat is dropped.</summary>
    // "… so desks will be reconnected by Tuesday 5th instead": the sender restates their own commitment with a new day,
    // in whatever voice; the latest day said is the one that stands.
    // "We propose to submit the drawing on 24-Nov-2026 instead of 19-Nov-2026": the day given up says which of the
    // writer's agreements moves (the one due then), and the other day is where it goes.
    static bool MoveDate(List<Found> open, Person sender, string sentence, IReadOnlyList<DueDate> dates, string? messageId, List<Explanation>? log,
        IReadOnlyList<DueDate> setAside)
    {
        // "will come on 20/11 instead of 18/11, … on leave until the 17th": the day named against the one given up, else
        // the day said last.
        // (The day given up may be read as set aside and be no date of the list: the day right before the cue is the new one.)
        var date = dates.FirstOrDefault(d => ReplacesNext.IsMatch(sentence, d.End))
            ?? dates.LastOrDefault(d => !ReplacedDay.IsMatch(sentence, d.Index)) ?? dates[^1];
        var givenUp = dates.Where(d => d != date && ReplacedDay.IsMatch(sentence, d.Index)).Select(d => d.Date).ToHashSet();
        var same = open.LastOrDefault(o => o.Owner.Is(sender.Address) && o.Due is { } due && givenUp.Contains(due) && Words.Overlap(o.What, sentence))
            // "the draft will reach you on Monday rather than Friday 11/20": the writer's one agreement due on the day set
            // aside is the one that moves, whatever it is called.
            ?? (setAside.Select(d => d.Date).ToHashSet() is { Count: > 0 } asideDays
                && open.Where(o => o.Owner.Is(sender.Address) && o.Due is { } due && asideDays.Contains(due)).ToArray() is [var only] ? only : null)
            ?? open.LastOrDefault(o => o.Owner.Is(sender.Address) && Words.Overlap(o.What, sentence));
        if (same is null || same.Due == date.Date)
            return false;
        open[open.IndexOf(same)] = same with { Due = date.Date, DueText = date.Text, SourceMessageId = messageId, Quote = sentence };
        Note(log, "moved", same.Rule, same.Words, $"date moved to {date.Date:yyyy-MM-dd}", sentence, null, same.Owner.Address, same.What, date.Date, messageId);
        return true;
    }

    // "I said the 20th, not the 18th": the first day is right, the day after "not" is the one to replace.
    static (DueDate Right, DueDate Wrong)? Corrected(string sentence, IReadOnlyList<DueDate> dates)
    {
        for (var k = 0; k + 1 < dates.Count; k++)
            if (dates[k].End <= dates[k + 1].Index && NotBetween().IsMatch(sentence[dates[k].End..dates[k + 1].Index]))
                return (dates[k], dates[k + 1]);
        return null;
    }

    // The writer's own open agreement with the wrong day takes the right one.
    static void Correct(List<Found> open, Person sender, string sentence, DueDate right, DueDate wrong, string? messageId, List<Explanation>? log)
    {
        var same = open.LastOrDefault(o => o.Owner.Is(sender.Address) && o.Due == wrong.Date);
        if (same is null)
            return;
        open[open.IndexOf(same)] = same with { Due = right.Date, DueText = right.Text, SourceMessageId = messageId, Quote = sentence };
        Note(log, "moved", same.Rule, same.Words, $"corrected to {right.Date:yyyy-MM-dd} ('…, not {wrong.Text}')", sentence, null, same.Owner.Address, same.What, right.Date, messageId);
    }

    [GeneratedRegex(@"^\s*,?\s*(?:and\s+)?not\s+(?:the\s+|on\s+|by\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotBetween();

    // The same agreement is the first open one of the same owner with the same words, or sharing a content word with it
    // when said in another message.
    static void Merge(List<Found> open, OpenIndex index, Found found, List<Explanation>? log)
    {
        var content = Words.Content(found.What);
        var at = index.FirstSame(found, content);
        if (at < 0)
        {
            index.Add(found with { Content = content });
            return;
        }
        var same = open[at];
        Note(log, "moved", found.Rule, found.Words, found.Due is not null && found.Due != same.Due ? "restated with a new date: the date said last stands" : "restated: one agreement remains",
            found.Quote, null, found.Owner.Address, same.What, found.Due, found.SourceMessageId);
        if (found.Due is not null && found.Due != same.Due)
            index.Replace(at, same with { Due = found.Due, DueText = found.DueText, SourceMessageId = found.SourceMessageId, Quote = found.Quote });
    }

    /// <summary>
    /// The open agreements by owner and words, for the merges: scanning every open agreement for each new one was
    /// quadratic in a long message (a 5 MB report makes 14,000 of them). The merges only grow the list at its end and
    /// replace dates and sources in place, which the index follows; the rest of the ledger (withdrawals, moves,
    /// delegations) changes the list between messages without it, so a message's merges build it afresh only when the
    /// list is no longer the one it indexed (<see cref="Follows"/>): rebuilding it for every message cost more than
    /// the merges.
    /// </summary>
    sealed class OpenIndex
    {
        static readonly PairComparer WhatComparer = new(StringComparer.OrdinalIgnoreCase);
        static readonly PairComparer WordComparer = new(StringComparer.Ordinal);

        readonly List<Found> open;
        // The agreements as the index last saw them, position by position.
        readonly List<Found> indexed = [];
        // The first position of each owner's wording (ignoring case); wordings and owners never change in place.
        readonly Dictionary<(string Owner, string What), int> byWhat = new(WhatComparer);
        // Every position of each owner's content word, in list order.
        readonly Dictionary<(string Owner, string Word), Positions> byWord = new(WordComparer);

        public OpenIndex(List<Found> open)
        {
            this.open = open;
            for (var k = 0; k < open.Count; k++)
                Index(open[k], k);
        }

        /// <summary>Whether <paramref name="list"/> still holds exactly the agreements indexed, in the same places.</summary>
        public bool Follows(List<Found> list)
        {
            if (!ReferenceEquals(list, open) || list.Count != indexed.Count)
                return false;
            for (var k = 0; k < list.Count; k++)
                if (!ReferenceEquals(list[k], indexed[k]))
                    return false;
            return true;
        }

        /// <summary>The position of the first open agreement <paramref name="found"/> restates, or -1.</summary>
        public int FirstSame(Found found, HashSet<string> content)
        {
            var best = byWhat.TryGetValue((found.Owner.Address, found.What), out var exact) ? exact : int.MaxValue;
            HashSet<string>? thing = null; // the thing the new agreement is about, read when a candidate first needs it
            if (content.Count > 0)
                foreach (var word in content)
                    if (byWord.TryGetValue((found.Owner.Address, word), out var positions)
                        && positions.FirstNotFrom(found.SourceMessageId, open) is var at and >= 0 && at < best
                        && (found.Due is null || Shares(content, open[at].Content)) && SameThing(thing ??= Words.Object(found.What), open[at].What))
                        best = at;
            return best == int.MaxValue ? -1 : best;
        }

        // One task said twice with a day shares at least half the words of the shorter saying ("the draft" / "the first draft");
        // one word of several in common ("send me the cut sheets for the switchgear" / "confirm switchgear delivery date") is two
        // tasks, and merging them would move one's day onto the other. Without a day, one shared word still merges: a
        // dateless repeat can only be dropped, not move anything.
        static bool Shares(HashSet<string> a, HashSet<string> b)
        {
            var shared = a.Count(b.Contains);
            return shared * 2 >= Math.Min(a.Count, b.Count);
        }

        // "do the cleaning" and "send the quotation for tube cleaning" share a word but not the thing they are about: a
        // quotation is not a cleaning, and merging them would move one's day onto the other. Either saying the thing
        // (or no thing, "send it") is the same task.
        static bool SameThing(HashSet<string> thing, string other)
        {
            var right = Words.Object(other);
            return thing.Count == 0 || right.Count == 0 || thing.Overlaps(right);
        }

        public void Add(Found found)
        {
            open.Add(found);
            Index(found, open.Count - 1);
        }

        /// <summary>The agreement at <paramref name="at"/> with a new date, source and quote (same owner, same words).</summary>
        public void Replace(int at, Found replacement)
        {
            open[at] = replacement;
            indexed[at] = replacement;
            foreach (var word in replacement.Content)
                byWord[(replacement.Owner.Address, word)].SourceChanged(at, replacement.SourceMessageId);
        }

        void Index(Found f, int at)
        {
            indexed.Add(f);
            byWhat.TryAdd((f.Owner.Address, f.What), at);
            foreach (var word in f.Content)
            {
                if (!byWord.TryGetValue((f.Owner.Address, word), out var positions))
                    byWord[(f.Owner.Address, word)] = positions = new Positions();
                positions.List.Add(at);
            }
        }

        /// <summary>
        /// Positions in list order, and how many at the start are known to come from one message (<c>cursor</c>,
        /// <c>cursorSource</c>): a message's own new agreements are skipped once, not once per agreement after them.
        /// </summary>
        sealed class Positions
        {
            public readonly List<int> List = [];
            int cursor;
            string? cursorSource;

            /// <summary>The first position whose agreement came from a message other than <paramref name="source"/>, or -1.</summary>
            public int FirstNotFrom(string? source, List<Found> open)
            {
                if (cursor > 0 && !string.Equals(cursorSource, source, StringComparison.Ordinal))
                    return List[0]; // it came from cursorSource, not from source
                if (cursor == 0)
                    cursorSource = source;
                while (cursor < List.Count && string.Equals(open[List[cursor]].SourceMessageId, source, StringComparison.Ordinal))
                    cursor++;
                return cursor < List.Count ? List[cursor] : -1;
            }

            public void SourceChanged(int at, string? source)
            {
                var k = List.BinarySearch(at);
                if (k >= 0 && k < cursor && !string.Equals(source, cursorSource, StringComparison.Ordinal))
                    cursor = k; // the ones before it still share cursorSource
            }
        }

        sealed class PairComparer(StringComparer second) : IEqualityComparer<(string Owner, string Key)>
        {
            public bool Equals((string Owner, string Key) x, (string Owner, string Key) y) =>
                StringComparer.OrdinalIgnoreCase.Equals(x.Owner, y.Owner) && second.Equals(x.Key, y.Key);

            public int GetHashCode((string Owner, string Key) pair) =>
                HashCode.Combine(StringComparer.OrdinalIgnoreCase.GetHashCode(pair.Owner), second.GetHashCode(pair.Key));
        }
    }

    sealed record Found(Person Owner, string What, DateOnly? Due, string? DueText, string? SourceMessageId, string Quote, bool Vague, string? Condition)
    {
        public string Rule { get; init; } = "";
        public string Words { get; init; } = "";
        public HashSet<string> Content { get; init; } = [];
        /// <summary>What a yes names besides its day ("GSE list and staffing plan"): it takes on only an ask about that.</summary>
        public string? Topic { get; init; }
    }

    // "Inspection is booked for Monday 16.11. The papers I will send the same day": the day said last before it, in this
    // message, else in the one before.
    static readonly Regex SameDay = Lex.Rule(Lex.Of("date-same-day"));

    static DueDate? DaySaidBefore(Parsed[][] parsed, int message, int sentence)
    {
        for (var k = sentence - 1; k >= 0; k--)
            if (parsed[message][k].Dates.Count > 0)
                return parsed[message][k].Dates[^1];
        return message > 0 ? parsed[message - 1].SelectMany(p => p.Dates).LastOrDefault() : null;
    }

    // "I'll have it then" with no date of its own: "then" is the day the message it answers just named.
    [GeneratedRegex(@"\bthen\s*[.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThenAtEnd();

    // "For that I need:", "Could you each:", "Please:" before a list: the writer's asks of the people named, not what they agreed.
    static readonly Regex AsksList = Lex.Rule(Lex.Of("ask-list-lead-ins") + @"[^.\n:?]{0,80}:\s*$", RegexOptions.Multiline);

    static readonly Regex MovedCue = Lex.Rule(Lex.Of("moved-cues"));

    // "Please reply to confirm your line": the list's lines are asks until each one named confirms.
    static readonly Regex ConfirmAsk = Lex.Rule(Lex.Of("list-confirm-asks"));

    // A line that may be a list's item or a table's row: a tab between cells, a dash, a bar or a colon between parts, or
    // "(Name," in brackets.
    static readonly Regex ListLine = Lex.Rule(@"\t|\s[-|\u2013\u2014]+\s|:\s|\(\p{Lu}[\w'-]*(?:\s\p{Lu}[\w'-]*)?\s*,");

    /// <summary>
    /// A yes that gives a day, and perhaps names what it says yes to, with nothing else in it: "Yes, Thu ok 👍",
    /// "Confirmed from our side - GSE list and staffing plan by 20.11.", "k. title + dividers fri ✔️", "Cut sheets by EOD
    /// tmrw 👍". The topic it names (null when none), or null when the sentence is not such a yes. No question, no
    /// negation, at most a dozen words, and a yes word at its start or an approving emoji in it.
    /// </summary>
    static string? TopicalYes(string sentence, IReadOnlyList<DueDate> dates, DateTimeOffset sentAt)
    {
        // A day ahead: "Sent the cut sheets yesterday 👍" reports, it does not say yes.
        if (!dates.Any(d => d.Date >= DateOnly.FromDateTime(sentAt.Date)) || sentence.Contains('?') || sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12 || Negated.IsMatch(sentence))
            return null;
        var yes = YesFirst.Match(sentence);
        if (!yes.Success && !Approving.IsMatch(sentence))
            return null;
        var after = yes.Success ? yes.Length : 0;
        var rest = sentence[after..];
        foreach (var d in dates.OrderByDescending(d => d.Index))
            if (d.Index >= after)
                rest = rest[..(d.Index - after)] + " " + rest[(d.End - after)..];
        rest = YesAnywhere.Replace(rest, " ");
        // "Sure, will revert on the same by Wednesday": a yes whose thing is a pronoun names nothing but the ask.
        return Words.Content(rest).Count == 0 || PronounWord.IsMatch(rest) ? "" : rest.Trim();
    }

    static readonly Regex PronounWord = Lex.Rule(Lex.Of("object-pronouns") + @"\b");

    static readonly Regex YesFirst = Lex.Rule(@"^(?:" + Lex.Of("acceptances") + @")(?:[\s,.!;:-]+" + Lex.Of("acceptances") + @")*[\s,.!;:-]*");

    static readonly Regex YesAnywhere = Lex.Rule(Lex.Of("acceptances", "date-lead-words", "thanks-after-yes"));

    static readonly Regex Approving = Lex.Rule(Lex.Of("approving-marks"));

    static readonly Regex Negated = Lex.Rule(Lex.Of("modals-negative", "yes-negations"));

    // "each confirm your item", "reply to confirm your line", "confirm": an ask to answer, with nothing to do but answer.
    static readonly Regex ReplyAsk = Lex.Rule(@"^(?:(?:each|all|both|please|kindly|just|also)\s+)*(?:" + Lex.Of("reply-asks") + @")(?:\s+(?:to|and)\s+" + Lex.Of("reply-asks") + ")?");

    static bool IsReplyAsk(string what)
    {
        var m = ReplyAsk.Match(what);
        // What is left names no thing of its own: "your item", "your line", "receipt", "if a date doesn't work".
        // Only up to the first comma or "or": "reply to confirm your line, or tell me if a date doesn't work".
        var rest = what[m.Length..].Split([',', ';'], 2)[0];
        var or = rest.IndexOf(" or ", StringComparison.OrdinalIgnoreCase);
        return m.Success && Words.Content(or >= 0 ? rest[..or] : rest).All(w => Lex.Has("reply-ask-objects", w));
    }

    static readonly Regex RecapCue = Lex.Rule(Lex.Of("recap-cues"));

    static readonly Regex ConditionMet = Lex.Rule(Lex.Of("condition-met"));
}

/// <summary>Resolves "Lena", "Omar Haddad" or "Haddad" to the participant of that name.</summary>
public sealed class ParticipantNames
{
    readonly IReadOnlyList<Person> participants;
    readonly Dictionary<string, List<Person>> byName = new(StringComparer.OrdinalIgnoreCase);
    // "TJ - Re-route Bus 22 - by 11/20" in minutes: initials, upper case as written, of first and last name.
    readonly Dictionary<string, List<Person>> byInitials = new(StringComparer.Ordinal);

    public ParticipantNames(IReadOnlyList<Person> participants)
    {
        this.participants = participants;
        foreach (var p in participants)
        {
            var name = DisplayName(p);
            var parts = name.Split([' ', '.', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
            var words = Ordered(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToArray();
            if (words.Length >= 2)
                foreach (var initials in new[] { $"{char.ToUpperInvariant(words[0][0])}{char.ToUpperInvariant(words[^1][0])}",
                    string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))) }.Distinct())
                {
                    if (!byInitials.TryGetValue(initials, out var known))
                        byInitials[initials] = known = [];
                    if (!known.Any(x => x.Is(p.Address)))
                        known.Add(p);
                }
            // "Mrs. Vogt will organize this" of "katrin.vogt@…" shown only as "Katrin": the address's first.last names her too.
            var fromAddress = p.Address.Split('@')[0].Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3 && w.All(char.IsLetter) && !Lex.Has("not-names", w) && !Lex.Has("team-nouns", w));
            foreach (var key in parts.Append(name).Concat(fromAddress).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!byName.TryGetValue(key, out var list))
                    byName[key] = list = [];
                if (!list.Any(x => x.Is(p.Address)))
                    list.Add(p);
            }
        }
    }

    /// <summary>The participant the name means, when exactly one has it; null otherwise.</summary>
    public Person? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return null;
        // "Crestline (Musa, IT Security)", "PMC (Eng. Khalid)", "Lena (Marketing)": the person in brackets (or the last word
        // there), else the name before them.
        name = name.Trim();
        if (name.IndexOf('(') is >= 0 and var open && name.IndexOf(')', open + 1) is > 0 and var close)
        {
            var inner = name[(open + 1)..close].Split(',')[0].Trim();
            return Resolve(inner) ?? (inner.LastIndexOf(' ') is var last and > 0 ? Resolve(inner[(last + 1)..]) : null) ?? Resolve(name[..open]);
        }
        // "Ms Thao", "Mrs. Vogt": the title is not the name.
        if (name.IndexOf(' ') is > 0 and var space && Lex.Has("name-titles", name[..space].TrimEnd('.')))
            name = name[(space + 1)..].TrimStart();
        // "M. Hassan", "É. Moreau": an initial before the surname.
        if (name.Length > 3 && char.IsUpper(name[0]) && name[1] == '.' && name[2] == ' ')
            name = name[3..].TrimStart();
        if (byName.TryGetValue(name.Trim(), out var list) && list.Count == 1)
            return list[0];
        if (name.Trim() is { Length: 2 or 3 } caps && caps.All(char.IsAsciiLetterUpper))
            return byInitials.TryGetValue(caps, out list) && list.Count == 1 ? list[0] : null;
        var first = name.Trim().Split(' ')[0];
        return byName.TryGetValue(first, out list) && list.Count == 1 ? list[0] : null;
    }

    /// <summary>
    /// "Gulfstar MEP" in the owner column of minutes sent to suresh.nair@gulfstar-mep.ae: the one person the message was
    /// addressed to whose mail domain spells the organisation (its letters, or their start); null if none or several.
    /// </summary>
    public Person? ResolveOrganisation(string name, IReadOnlyList<Person> addressed)
    {
        var key = Letters(name);
        if (key.Length < 4)
            return null;
        Person? found = null;
        foreach (var p in addressed)
        {
            var domain = DomainOf(p.Address);
            var label = Letters(domain.Split('.')[0]);
            if (label.Length < 4 || !label.StartsWith(key, StringComparison.Ordinal) || Lex.Has("free-mail-domains", domain))
                continue;
            if (found is not null && !found.Is(p.Address))
                return null; // two people of it: the table does not say which
            found = participants.FirstOrDefault(x => x.Is(p.Address)) ?? p;
        }
        return found;
    }

    /// <summary>The mail domain of an address ("gulfstar-mep.ae").</summary>
    internal static string DomainOf(string address) => address[(address.LastIndexOf('@') + 1)..];

    // "Gulfstar MEP" and "gulfstar-mep" alike: the letters and digits, lower case.
    static string Letters(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    // "Kowalski, Brenda" as Outlook writes a directory name: "Brenda Kowalski".
    static string Ordered(string name) =>
        name.Split(',', 2) is [var last, var first] && first.Trim().Length > 0 ? first.Trim() + " " + last.Trim() : name;

    /// <summary>The participant record for a sender (with the name given anywhere in the conversation).</summary>
    public Person Canonical(Person sender) => participants.FirstOrDefault(p => p.Is(sender.Address)) ?? sender;

    /// <summary>A person's display name, or one made from the address ("raj.patel@…" → "Raj Patel").</summary>
    public static string DisplayName(Person p)
    {
        if (!string.IsNullOrWhiteSpace(p.Name))
            return p.Name.Trim();
        var local = p.Address.Split('@')[0];
        return string.Join(' ', local.Split(['.', '_', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
