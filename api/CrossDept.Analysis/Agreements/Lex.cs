using System.Text;
using System.Text.RegularExpressions;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>
/// The lexicon's lists as pieces of the reading rules' patterns: a rule names a list (<c>Lex.Of("hedges")</c>) and never
/// spells its words. An entry may use <c>{be}</c> (any of be-forms: "am", "'re"…), <c>{you}</c> (any of you-forms) and
/// <c>…</c> (up to 40 characters of anything: "put … on hold"); spaces match any white space; matching ignores case.
/// </summary>
internal static class Lex
{
    /// <summary>The entries of the named lists as one case-insensitive alternation, longest first, each bounded at word edges.</summary>
    public static string Of(params string[] names) =>
        "(?i:" + string.Join("|", names.SelectMany(n => Lexicon.Of(n).Entries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)
            .Select(Entry)) + ")";

    /// <summary>A rule's pattern, compiled once for the life of the process.</summary>
    public static Regex Rule(string pattern, RegexOptions options = RegexOptions.None) =>
        new(pattern, options | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Whether a single word is an entry of one of the lists.</summary>
    public static bool Has(string list, string word) => Lexicon.Of(list).Contains(word);

    static string Entry(string entry)
    {
        var parts = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sb = new StringBuilder();
        if (IsWord(entry[0]))
            sb.Append(@"\b");
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var gap = part is "…" or "...";
            if (i > 0 && !gap && parts[i - 1] is not ("…" or "..."))
                sb.Append(@"\s+");
            sb.Append(part switch
            {
                "{be}" => Forms("be-forms"),
                "{you}" => Forms("you-forms"),
                _ when gap => @"\b.{0,40}?\b",
                _ => Regex.Escape(part),
            });
        }
        if (IsWord(entry[^1]))
            sb.Append(@"\b");
        return sb.ToString();
    }

    static string Forms(string list) => "(?:" + string.Join("|", Lexicon.Of(list).Entries
        .OrderByDescending(e => e.Length)
        .Select(e => (IsWord(e[0]) ? @"\b" : "") + Regex.Escape(e).Replace("\\ ", "\\s+"))) + ")";

    static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
