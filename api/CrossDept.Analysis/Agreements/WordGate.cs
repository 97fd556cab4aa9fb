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

    readonly FrozenDictionary<string, int> words;
    readonly (string Prefix, int Bit)[] prefixes;

    WordGate(Dictionary<string, int> words, List<(string, int)> prefixes)
    {
        this.words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        this.prefixes = [.. prefixes];
    }

    /// <summary>The bits of the words found in <paramref name="text"/>; <see cref="Open"/> when it has a non-ASCII character.</summary>
    public int Scan(string text)
    {
        var found = 0;
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
                found |= bits;
            foreach (var (prefix, bit) in prefixes)
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    found |= bit;
        }
        return found;
    }

    static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>Builds a gate: each bit names the words (or word beginnings) whose presence sets it.</summary>
    public sealed class Builder
    {
        readonly Dictionary<string, int> words = new(StringComparer.OrdinalIgnoreCase);
        readonly List<(string, int)> prefixes = [];

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

        public WordGate Build() => new(words, prefixes);

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
