using System.Collections.Frozen;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>What a word (or a sentence, the union of its words) is to the reading rules.</summary>
[Flags]
public enum Tag
{
    None = 0,
    /// <summary>I, we, me, my, our.</summary>
    FirstPerson = 1 << 0,
    /// <summary>team, group, department…: "our team will".</summary>
    Team = 1 << 1,
    ModalFirm = 1 << 2,
    ModalOffer = 1 << 3,
    ModalHedge = 1 << 4,
    ModalNegative = 1 << 5,
    DeliveringVerb = 1 << 6,
    Hedge = 1 << 7,
    Negation = 1 << 8,
    Question = 1 << 9,
    Condition = 1 << 10,
    Acceptance = 1 << 11,
    Withdrawal = 1 << 12,
    Referral = 1 << 13,
    /// <summary>A word every commitment shape needs one of (the key word of a firm or offer modal, "expect"…).</summary>
    Cue = 1 << 14,
    /// <summary>A capitalised word that is not a sentence opener from not-names: maybe a participant's name.</summary>
    Name = 1 << 15,
    /// <summary>you, you all…: "you'll have the numbers".</summary>
    Reader = 1 << 16,
}

/// <summary>A word of a sentence: where it is and what the lexicon says it is.</summary>
public readonly record struct Token(int Start, int Length, Tag Tags);

/// <summary>
/// Splits a sentence into words (a contraction's tail is a word of its own: "I'll" is "I" and "'ll", as \b splits it)
/// and tags each from the lexicon. Rules read the tags first: a sentence without the tag a rule needs is never scanned by
/// that rule's pattern, which keeps reading linear in the length of the mail.
/// </summary>
public static class Tagger
{
    static readonly FrozenDictionary<string, Tag> Words = Build();

    /// <summary>The union of the tags of the sentence's words (and <see cref="Tag.Question"/> when it ends with "?").</summary>
    public static Tag Tags(string sentence)
    {
        var tags = Tag.None;
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in Tokenize(sentence))
            if (lookup.TryGetValue(sentence.AsSpan(t.Start, t.Length), out var tag))
                tags |= tag;
        if (sentence.AsSpan().TrimEnd("\"') ").EndsWith("?"))
            tags |= Tag.Question;
        return tags;
    }

    /// <summary>The words of a sentence with their tags.</summary>
    public static IReadOnlyList<Token> Read(string sentence)
    {
        var lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<Token>();
        foreach (var t in Tokenize(sentence))
        {
            var tags = lookup.TryGetValue(sentence.AsSpan(t.Start, t.Length), out var tag) ? tag : Tag.None;
            if (char.IsUpper(sentence[t.Start]) && t.Start > 0 && !Lex.Has("not-names", sentence.Substring(t.Start, t.Length)))
                tags |= Tag.Name;
            tokens.Add(t with { Tags = tags });
        }
        return tokens;
    }

    /// <summary>The words of a sentence: runs of letters and digits; an apostrophe starts a word of its own ("'ll", "'t").</summary>
    public static IEnumerable<Token> Tokenize(string sentence)
    {
        var i = 0;
        while (i < sentence.Length)
        {
            var c = sentence[i];
            if (char.IsLetterOrDigit(c) || (c == '\'' && i + 1 < sentence.Length && char.IsLetter(sentence[i + 1]) && i > 0 && char.IsLetter(sentence[i - 1])))
            {
                var start = i++;
                while (i < sentence.Length && char.IsLetterOrDigit(sentence[i]))
                    i++;
                yield return new Token(start, i - start, Tag.None);
            }
            else
            {
                i++;
            }
        }
    }

    // Each list's words, and the key word of each multi-word entry ("going" of "{be} going to"), with the list's tag.
    static FrozenDictionary<string, Tag> Build()
    {
        var words = new Dictionary<string, Tag>(StringComparer.OrdinalIgnoreCase);
        void Add(string list, Tag tag, bool keyWordOnly = false)
        {
            foreach (var entry in Lexicon.Of(list).Entries)
            {
                var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Where(p => p is not ("{be}" or "{you}" or "…" or "be" or "would" or "'d")).ToArray();
                foreach (var part in keyWordOnly ? parts.Take(1) : parts)
                    foreach (var w in part.StartsWith('\'') ? [part] : Tokenize(part).Select(t => part.Substring(t.Start, t.Length)))
                        words[w] = words.GetValueOrDefault(w) | tag;
            }
        }
        Add("modals-firm", Tag.ModalFirm | Tag.Cue, keyWordOnly: true);
        Add("modals-offer", Tag.ModalOffer | Tag.Cue, keyWordOnly: true);
        Add("subjectless-modals", Tag.Cue, keyWordOnly: true);
        Add("expect-openers", Tag.Cue, keyWordOnly: true);
        Add("sign-ups", Tag.Cue, keyWordOnly: true);
        Add("you-forms", Tag.Reader, keyWordOnly: true);
        Add("modals-hedge", Tag.ModalHedge, keyWordOnly: true);
        Add("modals-negative", Tag.ModalNegative, keyWordOnly: true);
        Add("delivering-verbs", Tag.DeliveringVerb, keyWordOnly: true);
        Add("hedges", Tag.Hedge, keyWordOnly: true);
        Add("condition-words", Tag.Condition, keyWordOnly: true);
        Add("acceptances", Tag.Acceptance, keyWordOnly: true);
        Add("team-nouns", Tag.Team);
        Add("self-labels", Tag.FirstPerson);
        // Every word of a withdrawal or a referral can be its key ("pull out", "after all", "can't make"): tag them all.
        Add("withdrawals", Tag.Withdrawal);
        Add("withdrawal-verbs", Tag.Withdrawal);
        Add("after-all", Tag.Withdrawal);
        Add("attendance-verbs", Tag.Withdrawal);
        Add("date-commit-verbs", Tag.Withdrawal);
        Add("not-ours", Tag.Referral, keyWordOnly: true);
        foreach (var w in new[] { "we", "our", "my", "us" })
            words[w] = words.GetValueOrDefault(w) | Tag.FirstPerson;
        foreach (var w in new[] { "not", "never", "no", "'t" })
            words[w] = words.GetValueOrDefault(w) | Tag.Negation;
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
