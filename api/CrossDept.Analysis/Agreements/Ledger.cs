using System.Text.RegularExpressions;
using CrossDept.Language;
using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>What the reader made of a conversation: the agreements that stand, the referrals, and (when asked) why.</summary>
public sealed record Ledger(IReadOnlyList<Agreement> Agreements, IReadOnlyList<Referral> Referrals, IReadOnlyList<Explanation> Explanations);

/// <summary>
/// One line of <c>--explain</c>: an agreement and the rule that read it on which words, a sentence that looked like one
/// and was dropped and why (hedged, question, declined, withdrawn, signature…), a date moved, or a referral.
/// </summary>
/// <param name="Verdict">agreement, dropped, moved or referral.</param>
/// <param name="Rule">The rule id (<see cref="Rules"/>) that read it, when one did.</param>
/// <param name="Words">The words the rule fired on.</param>
/// <param name="Reason">Why it was dropped or moved; null for an agreement.</param>
/// <param name="Sentence">The sentence as written.</param>
/// <param name="SourceMessageId">The message that said it.</param>
/// <param name="Owner">Whose it is (an address, or the name as written).</param>
/// <param name="What">The task, as the confirmation would say it.</param>
/// <param name="Due">Its date.</param>
public sealed record Explanation(string Verdict, string? Rule, string? Words, string? Reason, string Sentence, string? SourceMessageId,
    string? Owner, string? What, DateOnly? Due);

/// <summary>
/// A sentence of a message and what every pass reads of it, read once: its dates, its tags, and whether it sets a day
/// aside ("Tuesday, not Monday"). Each pass used to split, tag and date-scan the same sentence again.
/// </summary>
internal sealed record Parsed(string Sentence, IReadOnlyList<DueDate> Dates)
{
    /// <summary>The union of the tags of its words (<see cref="Tagger.Tags"/>).</summary>
    public Tag Tags { get; init; } = Tagger.Tags(Sentence);

    /// <summary>The days it names only to set them aside ("Tuesday, not Monday": Monday; <see cref="DueDates.SetsADateAside"/>).</summary>
    public IReadOnlyList<DueDate> SetAside { get; init; } = [];

    /// <summary>Whether it names a day only to set it aside.</summary>
    public bool SetsADateAside => SetAside.Count > 0;

    /// <summary>Its content words (<see cref="Words.Content"/>), read the first time a pass asks: each undated promise's
    /// event is looked for in every dated sentence of the thread.</summary>
    public HashSet<string> Content => content ??= Words.Content(Sentence);

    HashSet<string>? content;

    /// <summary>The sentence with its dates, tags and set-aside day read in one pass over it.</summary>
    public static Parsed Read(string sentence, DateTimeOffset sentAt, DateOrder order) =>
        new(sentence, DueDates.FindAll(sentence, sentAt, order, out var aside)) { SetAside = aside };
}

/// <summary>A task the writer handed to someone named ("I've asked Sam in payroll to run it; he'll have it to you by the 9th").</summary>
public sealed record Delegation(string Name, Person? Owner, string What, DueDate? Due, string Words)
{
    /// <summary>"is taking the scaffold tag off my list" names the task by a thing, not a verb: the writer's own wording of it stands.</summary>
    public bool ThingOnly { get; init; }
}

/// <summary>Reads "I've asked Sam to run it" and the date said of it in the same or the next sentence.</summary>
public static class Delegations
{
    // "I've asked Sam in payroll to run it", "I have asked Jana from our dispatch (in copy) to send you the plates", "I've
    // handed this to Priya (cc'd), she will send it Friday", "I already
    // endorsed this to our WFM analyst Jomar, he will send it by EOD Wednesday", "passed it on to Carl who will…".
    static readonly Regex Pattern = Lex.Rule(Lex.Of("delegation") + @"\s+(?:(?:our|my|the)\s+(?:[\w-]+\s+){0,3}?)?(?<name>\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)(?:\s+" + Lex.Of("name-prepositions")
        + @"\s+(?:(?:the|our|my)\s+)?[\w&/-]+(?:\s+[\w&/-]+)?)?(?:\s*\([^()]{0,20}\))?(?:\s+to\s+(?<vp>[a-z][\w'-]*\b[^;.]*)|,?\s+(?:who|he|she|they)(?:\s+|(?='))"
        + Lex.Of("modals-firm") + @"\s+(?:" + Lex.Of("modal-fillers") + @"\s+)*(?<vp>[a-z][\w'-]*\b[^;.]*))");

    // "Luis (cc'd) is taking the scaffold tag off my list", "Priya will take over the vendor review": the name first, and a
    // thing taken over ("takes over as head of finance" is a new role, not the writer's task).
    static readonly Regex TakeOver = Lex.Rule(@"(?<name>\b\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)(?:\s*\([^()]{0,20}\))?\s+(?:"
        + Lex.Of("delegation-takes") + @"\s+(?<vp>[^,.;()]{1,60}?)\s+" + Lex.Of("delegation-off-me")
        + "|" + Lex.Of("delegation-takeovers") + @"\s+(?<vp>(?:" + Lex.Of("determiners", "object-pronouns") + @")\s[^,.;()]{1,60}))");

    // "icons - Dmytro is on it, he'll ping you wed with the first batch": the name, then a phrase that hands it to them,
    // then maybe what they will do.
    static readonly Regex OnIt = Lex.Rule(@"(?<name>\b\p{Lu}[\p{Ll}'-]+(?:\s+\p{Lu}[\p{Ll}'-]+)?)(?:\s*\([^()]{0,20}\))?\s+" + Lex.Of("delegation-on-it")
        + @"(?:\s*[,;-]\s*(?:and\s+)?(?:he|she|they)(?:'ll|\s+will)\s+(?:" + Lex.Of("modal-fillers") + @"\s+)*(?<vp>[a-z][\w'-]*\b[^;.]*))?");

    // What each pattern cannot match without (a WordGate is never wrong when it says "cannot"): a delegation entry's key
    // word ("asked", "handed"), or a taking or taking-over entry's ("taking", "cover").
    const int Asked = 1, Takes = 2, OnItWords = 4;

    static readonly WordGate DelegationWords = new WordGate.Builder()
        .KeyWords(Asked, "delegation")
        .KeyWords(Takes, "delegation-takes", "delegation-takeovers")
        .AllWords(OnItWords, "delegation-on-it")
        .Build();

    // What follows "is"/"has" in each delegation-on-it entry ("on it", "handling this", "it in hand"): most sentences hold
    // none, and "is" alone would let nearly every one through to the scans below.
    static readonly string[] OnItCues = Lexicon.Of("delegation-on-it").Entries.Select(e => e[(e.IndexOf(' ') + 1)..]).Distinct().ToArray();

    static bool MayHandOn(string sentence)
    {
        foreach (var cue in OnItCues)
            if (sentence.Contains(cue, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    internal static Delegation? Find(string sentence, IReadOnlyList<Parsed> message, int index, ParticipantNames names, Person sender)
    {
        if (!sentence.Contains("ask", StringComparison.OrdinalIgnoreCase) && !sentence.Contains(" to ", StringComparison.Ordinal) && !sentence.Contains(" tak", StringComparison.Ordinal)
            && !sentence.Contains(" cover", StringComparison.Ordinal) && !MayHandOn(sentence))
            return null;
        // Most sentences with " to " hand nothing on: one look at their words spares both patterns' scans.
        var words = DelegationWords.Scan(sentence);
        var asked = (words & Asked) != 0 ? Pattern.Match(sentence) : Match.Empty;
        var m = asked.Success ? asked : (words & Takes) != 0 ? TakeOver.Match(sentence) : Match.Empty;
        var onIt = !m.Success && (words & OnItWords) != 0;
        if (onIt)
            m = OnIt.Match(sentence);
        if (!m.Success)
            return null;
        // "From Monday Priya will take over…": a capitalised word before the name is not part of it.
        var name = m.Groups["name"].Value;
        if (name.Contains(' ') && names.Resolve(name) is null && names.Resolve(name[(name.LastIndexOf(' ') + 1)..]) is not null)
            name = name[(name.LastIndexOf(' ') + 1)..];
        if (Lex.Has("not-names", name.Split(' ')[0]))
            return null;
        var dates = message[index].Dates;
        var (what, _) = m.Groups["vp"].Success ? Commitments.Phrase(sentence, m.Groups["vp"].Index, m.Groups["vp"].Index + m.Groups["vp"].Length, dates) : ("", false);
        // The date is the one said of it: after the name in this sentence ("…; he'll have it to you by the 9th"), else in the next.
        var due = dates.LastOrDefault(d => d.Index > m.Groups["name"].Index)
            ?? (index + 1 < message.Count ? message[index + 1].Dates.LastOrDefault() : null);
        var person = names.Resolve(name);
        if (person is not null && person.Is(sender.Address))
            person = null;
        return new Delegation(name, person, what, due, m.Value.Length > 80 ? m.Value[..80] : m.Value) { ThingOnly = onIt ? what.Length == 0 : m != asked };
    }
}

/// <summary>Reads "that's not us — ask Facilities", "not me; try Marcus in IT", "Omar is better placed".</summary>
public static class Referrals
{
    const string Target = @"(?<to>[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:the\s+)?(?:\p{Lu}[\w&'-]*(?:\s+\p{Lu}[\w&'-]*){0,2}|[a-z][\w&-]*\s+" + "TEAM" + @")(?:\s+(?:in|from|on|at)\s+(?:the\s+)?[\w&-]+(?:\s+TEAM)?)?)";
    static readonly Regex After = Lex.Rule(Lex.Of("referrals") + @"\s+" + Target.Replace("TEAM", Lex.Of("team-nouns")));
    static readonly Regex Before = Lex.Rule(Target.Replace("TEAM", Lex.Of("team-nouns")) + @"\s+(?:(?:is|are|would be)\s+)?" + Lex.Of("referrals-after-name"));
    static readonly Regex NotOurs = Lex.Rule(Lex.Of("not-ours"));

    /// <summary>
    /// Whether a sentence of the message says the ask is not theirs: without one, <see cref="Find"/> finds nothing in any
    /// of its sentences, so a message can be asked once instead of once per sentence.
    /// </summary>
    internal static bool SaysNotOurs(IReadOnlyList<Parsed> message) => message.Any(p => SaysNotOurs(p.Sentence));

    // Most sentences have no key word of a not-ours entry ("us", "team", "handle", "remit"…): the pattern's scan is spared.
    static bool SaysNotOurs(string sentence) => NotOursWords.Scan(sentence) != 0 && NotOurs.IsMatch(sentence);

    static readonly WordGate NotOursWords = new WordGate.Builder().KeyWords(1, "not-ours").Build();

    internal static Referral? Find(string sentence, IReadOnlyList<Parsed> message, ParticipantNames names)
    {
        var m = After.Match(sentence) is { Success: true } a ? a : Before.Match(sentence);
        if (!m.Success)
            return null;
        var to = m.Groups["to"].Value.Trim();
        if (Lex.Has("not-names", to.Split(' ')[0]) && !to.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            return null;
        // Only a reply that says the ask is not theirs sends it on: "ask Raj if you need more" after a yes is advice.
        if (!SaysNotOurs(sentence) && !SaysNotOurs(message))
            return null;
        var person = to.Contains('@') ? new Person(null, to) : names.Resolve(to.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? to[4..] : to);
        // A participant is named as the thread knows them ("Marcus on the platform team" is Marcus Reed); anyone else as written.
        return new Referral(new Person(null, ""), person?.Name ?? to, person?.Address, null, sentence);
    }
}
