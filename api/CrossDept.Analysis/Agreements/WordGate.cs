using System.Collections.Frozen;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>
/// The words a rule's pattern cannot match without, looked up before the pattern runs: most sentences of a long message
/// have none of them, and a dictionary look-up per word is far cheaper than a scan per pattern. A gate only ever says "the
/// pattern cannot match" when that is certain, so reading gives the same result with it as without it.
/// </summary>
/// <remarks>
/// A word is a run of ASCII letters, digits and underscores, which is what a pattern's <c>\b…\b</c> sees as one word; so
/// an entry's key word ("pull" of "pull out", "can" of "can't") is whole in any text the entry's pattern matches. Case is
/// ignored as the patterns ignore it; text with any non-ASCII character opens every gate, since the patterns' case rules
/// and word characters go beyond ASCII there (the Kelvin sign matches "k").
/// </remarks>
internal sealed class WordGate
{
    /// <summary>What <see cref="Scan"/> returns for text the gate cannot judge: every bit set.</summary>
    public const int Open = -1;

    // A word's bits, and its place among the words of whole entries (AllWords).
    readonly FrozenDictionary<string, (int Bits, ulong Entry)> words;
    readonly (string Prefix, int Bit)[] prefixes;
    readonly (ulong Words, int Bit)[] entries;

    WordGate(Dictionary<string, int> words, Dictionary<string, ulong> entryWords, List<(string, int)> prefixes, List<(ulong, int)> entries)
    {
        this.words = words.Keys.Union(entryWords.Keys, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(w => w, w => (words.GetValueOrDefault(w), entryWords.GetValueOrDefault(w)), StringComparer.OrdinalIgnoreCase);
        this.prefixes = [.. prefixes];
        this.entries = [.. entries];
    }

    /// <summary>The bits of the words found in <paramref name="text"/>; <see cref="Open"/> when it has a non-ASCII character.</summary>
    public int Scan(string text)
    {
        var found = 0;
        var seen = 0UL;
        var lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c > 0x7F)
                return Open;
            if (!IsWordChar(c))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] <= 0x7F && IsWordChar(text[i]))
                i++;
            if (i < text.Length && text[i] > 0x7F)
                return Open;
            var word = text.AsSpan(start, i - start);
            if (lookup.TryGetValue(word, out var bits))
            {
                found |= bits.Bits;
                seen |= bits.Entry;
            }
            foreach (var (prefix, bit) in prefixes)
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    found |= bit;
        }
        if (seen != 0)
            foreach (var (entry, bit) in entries)
                if ((seen & entry) == entry)
                    found |= bit;
        return found;
    }

    static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Builds a gate: each bit names the words (or word beginnings) whose presence sets it.</summary>
    public sealed class Builder
    {
        readonly Dictionary<string, int> words = new(StringComparer.OrdinalIgnoreCase);
        readonly Dictionary<string, ulong> entryWords = new(StringComparer.OrdinalIgnoreCase);
        readonly List<(string, int)> prefixes = [];
        readonly List<(ulong, int)> entries = [];

        /// <summary>Sets <paramref name="bit"/> for the key word of every entry of the lists: the first word of the entry
        /// that is not a placeholder ({be}, {you}, …), up to its first non-word character ("can" of "can't").</summary>
        public Builder KeyWords(int bit, params string[] lists)
        {
            foreach (var list in lists)
                foreach (var entry in Lexicon.Of(list).Entries)
                    Word(bit, KeyWord(entry) ?? throw new InvalidOperationException($"lexicon {list}: no key word in '{entry}'"));
            return this;
        }

        public Builder Word(int bit, params string[] keys)
        {
            foreach (var key in keys)
            {
                if (key.Length == 0 || !key.All(IsWordChar))
                    throw new ArgumentException($"'{key}' is not one word", nameof(keys));
                words[key] = words.GetValueOrDefault(key) | bit;
            }
            return this;
        }

        /// <summary>Sets <paramref name="bit"/> for a word that starts with <paramref name="prefix"/> (a pattern without a closing \b).</summary>
        public Builder Prefix(int bit, string prefix)
        {
            prefixes.Add((prefix, bit));
            return this;
        }

        /// <summary>
        /// Sets <paramref name="bit"/> only when every word of some entry of the lists is in the text ("take" and "back"
        /// of "take that back", not "take" alone), which a common key word cannot say. The words of all such entries of
        /// one gate are counted in 64 bits; an entry past them is gated on its key word instead (still never wrong).
        /// </summary>
        public Builder AllWords(int bit, params string[] lists)
        {
            foreach (var list in lists)
                foreach (var entry in Lexicon.Of(list).Entries)
                {
                    var runs = WordsOf(entry);
                    if (runs.Count == 0)
                        throw new InvalidOperationException($"lexicon {list}: no word in '{entry}'");
                    var mask = 0UL;
                    foreach (var run in runs)
                    {
                        if (!entryWords.TryGetValue(run, out var one))
                        {
                            if (entryWords.Count == 64)
                            {
                                mask = 0;
                                break;
                            }
                            entryWords[run] = one = 1UL << entryWords.Count;
                        }
                        mask |= one;
                    }
                    if (mask == 0)
                        Word(bit, KeyWord(entry)!);
                    else
                        entries.Add((mask, bit));
                }
            return this;
        }

        public WordGate Build() => new(words, entryWords, prefixes, entries);

        // Every run of word characters of an entry's parts but its placeholders and gaps: each is a whole word wherever
        // the entry matches (a part is bounded by white space or a word edge, and a run by a non-word character).
        static List<string> WordsOf(string entry)
        {
            var runs = new List<string>();
            foreach (var part in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith('{') || part is "…" or "...")
                    continue;
                for (var i = 0; i < part.Length;)
                {
                    if (!IsWordChar(part[i]))
                    {
                        i++;
                        continue;
                    }
                    var start = i;
                    while (i < part.Length && IsWordChar(part[i]))
                        i++;
                    runs.Add(part[start..i]);
                }
            }
            return runs;
        }

        // Every word of an entry is needed; the rarest makes the best key, so a function word ("no" of "no longer able")
        // is a key only when the entry has nothing else, and of the rest the longest is taken.
        static string? KeyWord(string entry)
        {
            string? best = null;
            var bestIsContent = false;
            foreach (var part in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.StartsWith('{') || part is "…" or "...")
                    continue;
                // The part's first run of word characters is a whole word wherever the entry matches: the pattern has
                // white space or a word edge before each part, and a run ends at a non-word character or the part's end.
                var start = 0;
                while (start < part.Length && !IsWordChar(part[start]))
                    start++;
                var end = start;
                while (end < part.Length && IsWordChar(part[end]))
                    end++;
                if (end == start)
                    continue;
                var word = part[start..end];
                var isContent = !Lexicon.Of("not-content-words").Contains(word);
                if (best is null || isContent && !bestIsContent || isContent == bestIsContent && word.Length > best.Length)
                    (best, bestIsContent) = (word, isContent);
            }
            return best;
        }
    }
}
