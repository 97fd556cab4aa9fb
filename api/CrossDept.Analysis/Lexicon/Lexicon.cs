using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace CrossDept.Language;

/// <summary>
/// The reader's words, as data: one plain-text list per kind of word and language, embedded in this assembly
/// (<c>Lexicon/en/hedges.txt</c>…). One entry per line, an optional <c># why</c> after it; blank lines and lines
/// starting with <c>#</c> are comments. Rules refer to a list by name and never spell its words themselves, so a
/// linguist adds a phrase by adding a line (model: Recognizers-Text's per-language pattern files).
/// </summary>
public static class Lexicon
{
    static readonly ConcurrentDictionary<(string Language, string Name), WordList> Loaded = new();

    /// <summary>The list <paramref name="name"/> of <paramref name="language"/> (default English); throws when it does not exist.</summary>
    public static WordList Of(string name, string language = "en") =>
        Loaded.GetOrAdd((language, name), key => WordList.Load(key.Language, key.Name));

    /// <summary>Every list this assembly carries, as "language/name".</summary>
    public static IEnumerable<string> All() =>
        typeof(Lexicon).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(WordList.Prefix, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Select(n => n[WordList.Prefix.Length..^4].Replace('.', '/'));
}

/// <summary>One list of the lexicon: its entries in file order, a case-insensitive set of them, and a regex alternation.</summary>
public sealed class WordList
{
    internal const string Prefix = "CrossDept.Lexicon.";

    public string Language { get; }
    public string Name { get; }
    /// <summary>The entries as written, in file order.</summary>
    public IReadOnlyList<string> Entries { get; }
    /// <summary>Why each entry is there (empty when the line gave no reason).</summary>
    public IReadOnlyDictionary<string, string> Reasons { get; }
    readonly FrozenSet<string> set;

    WordList(string language, string name, List<(string Entry, string Why)> lines)
    {
        Language = language;
        Name = name;
        Entries = lines.Select(l => l.Entry).ToArray();
        Reasons = lines.GroupBy(l => l.Entry, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First().Why, StringComparer.OrdinalIgnoreCase);
        set = Entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="word"/> is an entry, ignoring case.</summary>
    public bool Contains(string word) => set.Contains(word);
    public bool Contains(ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// The entries as one regex alternation, longest first so that "end of day" wins over "end"; spaces in an entry
    /// match any run of white space. Not anchored and not grouped: callers wrap it, e.g. <c>$@"\b(?:{list.Pattern})\b"</c>.
    /// </summary>
    public string Pattern => pattern ??= string.Join("|", Entries
        .OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)
        .Select(e => Regex.Escape(e).Replace("\\ ", "\\s+")));
    string? pattern;

    internal static WordList Load(string language, string name)
    {
        var resource = $"{Prefix}{language}.{name}.txt";
        using var stream = typeof(WordList).Assembly.GetManifestResourceStream(resource)
            ?? throw new ArgumentException($"The lexicon has no list '{language}/{name}' (embedded resource {resource}).", nameof(name));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<(string, string)>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var hash = line.IndexOf(" #", StringComparison.Ordinal);
            var entry = (hash >= 0 ? line[..hash] : line).Trim();
            if (entry.Length == 0 || entry.StartsWith('#'))
                continue;
            lines.Add((entry, hash >= 0 ? line[(hash + 2)..].Trim() : ""));
        }
        if (lines.Count == 0)
            throw new InvalidDataException($"The lexicon list '{language}/{name}' has no entries.");
        return new WordList(language, name, lines);
    }
}
