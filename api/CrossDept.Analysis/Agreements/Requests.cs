using System.Text.RegularExpressions;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>Something a sentence asks its reader to do.</summary>
/// <param name="What">The verb phrase asked for ("build a nightly feed of support tickets into the warehouse").</param>
/// <param name="Addressee">The name the ask is addressed to when the sentence names one ("Raj, could you…", "Raj: the export").</param>
public sealed record Request(string What, string? Addressee);

/// <summary>What an owner's sentence does to its reader (contract: recipients).</summary>
public enum Speech
{
    /// <summary>Says something and asks nothing.</summary>
    Statement,
    /// <summary>Asks the reader to act, answer or meet: a request.</summary>
    Ask,
    /// <summary>A nudge on an earlier ask ("following up on this"): asks it again.</summary>
    FollowUp,
    /// <summary>Thanks or an acknowledgement ("Thanks Carlos, that unblocks the build").</summary>
    Thanks,
    /// <summary>A notice ("FYI, we are scheduled to meet on the 8th").</summary>
    Notice,
    /// <summary>A courtesy line that offers help ("if you have any questions, let me know").</summary>
    Courtesy,
    /// <summary>The opening of a recap that confirms what was agreed ("Recap of what we agreed:").</summary>
    Recap,
}

/// <summary>
/// Reads requests the way people write them in mail: "Could you…", "Would your team be able to…", "Please…",
/// "I need you to…", "I'd appreciate it if you…", an imperative ("Send me…"), "Raj: the Q3 export" in a list;
/// and, for the sentence-level detector, the softer asks: "let me know", "are you free Thursday?", "let's meet".
/// Thanks, notices, courtesy lines and recaps are told apart from asks, because the contract says they ask no one.
/// Every word these rules use is a lexicon list (Lexicon/en/request-*.txt, thanks, fyi, courtesy, recap, follow-ups…).
/// </summary>
public static class Requests
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    static string L(string name) => Lexicon.Of(name).Pattern;

    /// <summary>Whether the sentence asks the reader to do something (act, answer, meet): the sentence-level detector.</summary>
    public static bool IsRequest(string sentence) => Classify(sentence) is Speech.Ask or Speech.FollowUp;

    /// <summary>
    /// Whether an owner's message asks its readers for anything: one of its sentences is an ask or a follow-up. Inside a
    /// recap ("Recap of what we agreed:" and the points after it) a point addressed by name ("Sofia: update the forecast")
    /// confirms what was agreed rather than asks; an explicit ask there ("please shout if I missed anything") still asks.
    /// </summary>
    public static bool AsksAnything(IEnumerable<string> sentences)
    {
        var inRecap = false;
        foreach (var sentence in sentences)
        {
            var kind = Classify(sentence, inRecap);
            if (kind == Speech.Recap)
                inRecap = true;
            else if (kind is Speech.Ask or Speech.FollowUp)
                return true;
        }
        return false;
    }

    /// <summary>What the sentence does to its reader; <paramref name="inRecap"/> when it follows a recap's opening.</summary>
    public static Speech Classify(string sentence, bool inRecap = false)
    {
        var text = Sentences.Normalize(sentence).Trim();
        if (text.Length == 0)
            return Speech.Statement;
        // One look-up of the sentence's words says which of the patterns below could match at all: most sentences hold
        // none of their words, and each pattern would otherwise scan the whole sentence (Recipients.Track reads every
        // sentence of the owner's messages this way).
        var words = AskWords.Scan(text);
        // The phrase's date does not matter for whether it asks, so no dates are read here.
        var concrete = Find(text, [], namedListItems: !inRecap, words);
        var question = text.EndsWith('?') && (QuestionToReader.IsMatch(text) || AddressedQuestion.IsMatch(text) || TopicQuestion.IsMatch(text)
            || DirectQuestion.IsMatch(text)) && !SmallTalk.IsMatch(text);
        // "Please find below the action items as discussed:" opens a recap before it is boilerplate.
        // (RecapOpening ends with ":$" and the text is trimmed: only a sentence ending with a colon can open a recap.)
        if (text.EndsWith(':') && (words & Recaps) != 0 && RecapOpening.IsMatch(text) && concrete.Count == 0)
            return Speech.Recap;
        if (Boilerplate.IsMatch(text))
            return Speech.Statement;
        if ((words & FollowUps) != 0 && FollowUp.IsMatch(text))
            return Speech.FollowUp;
        if ((words & Courtesies) != 0 && IsCourtesy(text))
            return Speech.Courtesy;
        if (concrete.Count > 0 || question)
            return Speech.Ask;
        // A notice or a thank-you may hold soft words ("just so you know, let's meet on the 8th" is still a notice).
        if ((words & Notices) != 0 && Notice.IsMatch(text))
            return Speech.Notice;
        if ((words & Thank) != 0 && Thanks.IsMatch(text) && !IsSoftAsk(ThanksOpening.Replace(text, "")))
            return Speech.Thanks;
        return IsSoftAsk(text, words) || text.EndsWith('?') && AvailableQuestion.IsMatch(text) ? Speech.Ask : Speech.Statement;
    }

    /// <summary>The concrete asks of a sentence, with what is asked and to whom when it names someone.</summary>
    public static IReadOnlyList<Request> Find(string sentence, IReadOnlyList<DueDate> dates) => Find(sentence, dates, namedListItems: true);

    static List<Request> Find(string sentence, IReadOnlyList<DueDate> dates, bool namedListItems)
    {
        var text = sentence.Trim();
        return Find(text, dates, namedListItems, AskWords.Scan(text));
    }

    // words: AskWords.Scan of the text, which is trimmed.
    static List<Request> Find(string text, IReadOnlyList<DueDate> dates, bool namedListItems, int words)
    {
        var found = new List<Request>();
        if (Boilerplate.IsMatch(text))
            return found;
        var addressee = Vocative.Match(text) is { Success: true } v ? v.Groups["name"].Value : null;

        foreach (var ask in Asks)
        {
            if ((words & ask.Needs) == 0)
                continue; // none of the words the pattern needs
            // A pattern that shares its gate with commoner ones ("would", "can") looks for its own word first.
            if (ask.Cues is { } cues && !cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase)))
                continue;
            var m = ask.Pattern.Match(text);
            if (!m.Success)
                continue;
            var (what, _) = Commitments.Phrase(text, m.Groups["vp"].Index, text.Length, dates);
            // "On the PPM schedule - could you get it to me by Friday?": "it" is the schedule.
            what = Commitments.WithTopic(text, what.TrimEnd('?'));
            if (ask.Task is { } task)
                what = task(what);
            if (what.Length == 0 || NotAnAction.IsMatch(what))
                continue;
            var who = m.Groups["who"].Success && char.IsUpper(m.Groups["who"].Value[0]) && m.Groups["who"].Value is not ("IT" or "I") ? m.Groups["who"].Value : addressee;
            found.Add(new Request(what, who));
            break;
        }
        if (found.Count == 0 && namedListItems && ListAsk.Match(text) is { Success: true } item)
        {
            var (what, _) = Commitments.Phrase(text, item.Groups["np"].Index, text.Length, dates);
            if (what.Length > 0)
                found.Add(new Request(StartsWithVerb.IsMatch(what) ? what : "send " + what, item.Groups["name"].Value));
        }
        return found;
    }

    // A courtesy line offers help and asks nothing: what is left once its courtesy words and its "let me know" are taken
    // out asks nothing concrete either ("If you have any questions, please call me" is courtesy; "… send me the file" not).
    static bool IsCourtesy(string text)
    {
        if (!Courtesy.IsMatch(text))
            return false;
        var rest = ReplyInvite.Replace(Courtesy.Replace(text, " "), " ");
        return !rest.Contains('?') && Find(rest.Trim(' ', ',', '.', ';', '-', '!'), [], true).All(r => r.What.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 2);
    }

    static readonly string Addressee =
        $@"(?<who>(?i:{L("request-addressees")}|your\s+(?:{L("team-nouns")}))|(?i:the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?i:{L("team-nouns")})|[A-Z][A-Za-z]+)";

    static readonly Regex CanYou = new(
        $@"\b(?i:can|could|would|will)\s+{Addressee}\s+(?:(?i:{L("request-softeners")})\s+)*(?<vp>[a-z][\w'-]*\b.*)$", Options);

    static readonly Regex PleaseDo = new(
        $@"(?:^|[,;:.]\s*|\s)(?i:{L("request-please")})[,]?\s+(?<vp>(?!(?i:{L("request-not-after-please")}|{L("request-boilerplate")}|{L("courtesy")})\b)[a-z][\w'-]*\b.*)$", Options);

    static readonly Regex NeedYouTo = new(
        $@"\b(?:I|[Ww]e)(?:\s+|(?='))(?i:{L("request-need-verbs")})\s+(?<who>you|your\s+(?i:{L("team-nouns")}))\s+to\s+(?<vp>[a-z][\w'-]*\b.*)$", Options);

    static readonly Regex AppreciateIfYou = new(
        $@"\b(?i:I|we)(?:'d|\s+would)\s+(?i:{L("request-gratitude")})\s+(?i:it\s+)?(?i:if)\s+(?<who>you|your\s+(?i:{L("team-nouns")}))\s+(?i:could\s+|would\s+|can\s+)?(?<vp>[a-z][\w'-]*\b.*)$", Options);

    // "Also need your incident response runbook.", "We still need your signed W-9": the reader's thing is asked for.
    static readonly Regex NeedYour = new(
        @"(?:^(?:\p{Lu}\p{Ll}+,\s+)?(?i:also\s+|still\s+)?|\b(?:I|[Ww]e)\s+(?i:also\s+|still\s+)?)(?i:need|require)\s+(?<vp>(?i:your)\s+[^?]+)\??$", Options);

    // "can we get the final renders by Fri?", "could I get the signed copy back today?": the thing is asked to be sent.
    static readonly Regex CanWeGet = new(
        $@"\b(?i:can|could)\s+(?:I|we|(?i:i))\s+(?:(?i:{L("request-softeners")})\s+)*(?i:get)\s+(?<vp>(?!(?i:together|back\s+to|started|going|on\b|in\b))[\w(].*)$", Options);

    // "Are you available tomorrow at 12:30 for a conference call?", "…inquire if you are available Friday for a call": the
    // meeting is asked to be attended.
    static readonly Regex AvailableFor = new(
        @"\b(?i:(?:are|would)\s+you(?:\s+be)?|you\s+(?:are|would\s+be)|you're)\s+(?i:available|free)\b[^?]{0,60}?\s(?i:for)\s+(?<vp>(?i:a|an|the)\s+[^?]+)\??$", Options);

    static readonly Regex WouldYouMind = new(@"\b(?i:would|do)\s+you\s+mind\s+(?<vp>[a-z]+ing\b.*)$", Options);

    // An order opening the sentence (after "Raj," or "Also,"): "Send me the code", "Let me know by Friday".
    static readonly Regex Imperative = new(
        $@"^(?:(?:\p{{Lu}}\p{{Ll}}+|(?i:{L("request-openers")})),\s+|(?:{L("request-openers")})\s+)?(?<vp>(?i:{L("request-verbs")})\b.*)$", Options);

    // "1. Raj: the Q3 churn export by account", "Yuki - the support ticket export" in a list of asks.
    static readonly Regex ListAsk = new(
        $@"^(?<name>\p{{Lu}}\p{{Ll}}+(?:\s+\p{{Lu}}\p{{Ll}}+)?)\s*(?::|\s-)\s+(?<np>(?i:{L("determiners")}|\w+ing|{L("request-verbs")})\b.*)$", Options);

    static readonly Regex Vocative = new(@"^(?:Hi|Hello|Hey|Dear)?\s*(?<name>\p{Lu}\p{Ll}+),\s+(?!(?:I|we|thanks|thank)\b)", Options);

    static readonly Regex NotAnAction = new($@"^(?:{L("request-not-actions")})\b", Options | RegexOptions.IgnoreCase);

    /// <summary>Whether a task opens with a verb an ask uses ("confirm…", "send…"), not with the thing ("bridge letter…").</summary>
    public static bool StartsWithRequestVerb(string what) => StartsWithVerb.IsMatch(what);

    static readonly Regex StartsWithVerb = new($@"^(?i:{L("request-verbs")})\b", Options);

    static readonly Regex Boilerplate = new($@"^(?:(?:{L("request-please")})\s+)?(?:{L("request-boilerplate")})\b", Options | RegexOptions.IgnoreCase);

    // The soft phrases alone: a hundred of them in one alternation are tried at every word of a sentence, which made this
    // the costliest pattern of a sentence that asks nothing (a third of Recipients.Track). Split from SoftAsk (a match of
    // either is a match of the two joined) so that it runs only when the sentence holds every word of one of its phrases.
    static readonly Regex SoftPhrase = new($@"\b(?:{L("request-soft")})\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex SoftAsk = new(
        $@"\b(?:{L("request-please")}" +
        $@"|(?:I|we)\s+(?:{L("request-need-verbs")})\b.*\b(?:from\s+you|from\s+your|your\s+(?:{L("request-your-things")}))" +
        $@"|(?:{L("request-need-verbs")})\s+your\s+(?:{L("request-your-things")})" +
        $@"|(?:I|we)(?:\s+would|'d)\s+like\s+to\s+(?:{L("request-meeting-verbs")})" +
        $@"|would\s+(?:\w+\s+)?like\s+you\s+to)\b", Options | RegexOptions.IgnoreCase);

    static bool IsSoftAsk(string text) => IsSoftAsk(text, AskWords.Scan(text));

    static bool IsSoftAsk(string text, int words) =>
        (words & SoftPhrases) != 0 && SoftPhrase.IsMatch(text) || (words & Soft) != 0 && SoftAsk.IsMatch(text);

    // What each ask pattern cannot match without (a WordGate is never wrong when it says "cannot"): one of its lexicon
    // entries' key words, or the fixed words it spells ("can … you", "would you mind"). Most sentences have none of them.
    // Classify's own patterns are gated the same way on their lists' key words.
    const int CanWill = 1, Please = 2, Need = 4, Gratitude = 8, Mind = 16, Verb = 32, Soft = 64, Free = 8192;
    const int Recaps = 128, FollowUps = 256, Courtesies = 512, Notices = 1024, Thank = 2048, SoftPhrases = 4096;

    static readonly WordGate AskWords = new WordGate.Builder()
        .Word(CanWill, "can", "could", "would", "will")
        .KeyWords(Please | Soft, "request-please")
        .KeyWords(Need | Soft, "request-need-verbs")
        .KeyWords(Gratitude, "request-gratitude")
        .Word(Mind, "mind")
        .Word(Free, "available", "free")
        .KeyWords(Verb, "request-verbs")
        .AllWords(SoftPhrases, "request-soft")
        .Word(Soft, "like")
        .KeyWords(Recaps, "recap-cues")
        .KeyWords(FollowUps, "follow-ups")
        .KeyWords(Courtesies, "courtesy")
        .KeyWords(Notices, "fyi")
        .KeyWords(Thank, "thanks")
        .Build();

    /// <summary>An ask pattern, the gate words it needs, the words of its own it cannot match without when its gate is a
    /// common word, and how what it reads is worded as a task when its phrase names a thing, not a deed.</summary>
    sealed record AskPattern(Regex Pattern, int Needs, string[]? Cues = null, Func<string, string>? Task = null);

    static readonly AskPattern[] Asks =
    [
        new(CanYou, CanWill),
        new(CanWeGet, CanWill, [" get "], what => "send " + what),
        new(AvailableFor, Free, Task: what => "attend " + what),
        // Whoever says yes sends "the" runbook, not "your" runbook.
        new(NeedYour, Need, ["need", "require"], what => "send the " + what[(what.IndexOf(' ') + 1)..]),
        new(PleaseDo, Please), new(NeedYouTo, Need), new(AppreciateIfYou, Gratitude), new(WouldYouMind, Mind), new(Imperative, Verb),
    ];

    // "Is Thursday available?": only as a question; "the report is available on SharePoint" asks nothing.
    static readonly Regex AvailableQuestion = new(@"\bis\s+(?:\w+\s+)?available\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex QuestionToReader = new(
        $@"^(?:(?:\p{{L}}\p{{L}}+|Also|And|So),\s+)?(?:{L("question-openers")})\b.*\b(?:{L("reader-pronouns")})\b", Options | RegexOptions.IgnoreCase);

    // "On the second tranche: is 20/11 realistic?": a topic named, then a question put to the reader, "you" or not.
    static readonly Regex TopicQuestion = new(
        $@"^[^?:]{{1,80}}:\s+(?:{L("question-openers")})\b", Options | RegexOptions.IgnoreCase);

    // "Kim, what is the budget code?": a question put to someone by name asks them, with or without a "you".
    static readonly Regex AddressedQuestion = new(
        $@"^(?:(?:Hi|Hello|Hey|Dear)\s+)?\p{{Lu}}\p{{Ll}}+\s*(?:,|:|\s-)\s*(?i:{L("question-openers")})\b", Options);

    // "Who was this passed on to for handling?", "Does this fall under the freeze, and if yes, what is the process?",
    // "It should be zero, but where is Alberta?": a question the writer puts to the reader asks for an answer whether or
    // not it says "you" (contract: a question is a request). Its last clause opens with a question word; a question
    // quoted inside a statement ("she asked what the process is") does not end the sentence with "?".
    static readonly Regex DirectQuestion = new(
        $@"(?:^|[,;:(]\s*|\s(?:but|and|so|also|then)\s+)(?:{L("question-openers")})\b[^?]*\?$", Options | RegexOptions.IgnoreCase);

    static readonly Regex SmallTalk = new($@"\b(?:{L("question-small-talk")})\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex FollowUp = new($@"\b(?:{L("follow-ups")})\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex Courtesy = new($@"\b(?:{L("courtesy")})\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex ReplyInvite = new($@"\b(?:(?:{L("request-please")}|just|do)\s+)?(?:{L("reply-invites")})\b", Options | RegexOptions.IgnoreCase);

    // A notice says so at its start ("FYI, …", "Just a heads-up: …") or states a plan already set ("we are scheduled to").
    static readonly Regex Notice = new($@"(?:^(?:\p{{L}}\p{{L}}+,\s+)?(?:{L("fyi")})\b|\b(?:{L("fyi")})\b)", Options | RegexOptions.IgnoreCase);

    static readonly Regex Thanks = new($@"^(?:\w+,?\s+)?(?:{L("thanks")})\b", Options | RegexOptions.IgnoreCase);

    static readonly Regex ThanksOpening = new($@"^(?:\w+,?\s+)?(?:{L("thanks")})\b(?:\s+(?:for|to)\b[^,.;!]*)?", Options | RegexOptions.IgnoreCase);

    // A recap announces its points with its words and a colon ("Recap of what we agreed:", "Action items as discussed:");
    // "as agreed with the leadership team, the office moves…" or "we need 30 minutes" in passing opens nothing.
    static readonly Regex RecapOpening = new($@"\b(?:{L("recap-cues")})\b[^.!?]*:$", Options | RegexOptions.IgnoreCase);
}
