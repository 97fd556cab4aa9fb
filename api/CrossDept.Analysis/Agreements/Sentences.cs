using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>
/// Splits what a sender wrote into sentences: wrapped lines of a paragraph join, each list item stands alone,
/// and a full stop after an abbreviation ("Nov.", "e.g.", "Ltd.") does not end a sentence.
/// </summary>
public static partial class Sentences
{
    /// <summary>The sentences of a message body, in order, with typographic quotes made plain.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        foreach (var unit in Units(Normalize(text)))
            SplitUnit(unit, sentences);
        return sentences;
    }

    /// <summary>Curly quotes and odd spaces as plain ASCII, so patterns need one spelling of "I'll".</summary>
    public static string Normalize(string text) => Normalize(text, keepTabs: false);

    /// <summary>As <see cref="Normalize(string)"/>; with <paramref name="keepTabs"/> a tab stays a tab (it parts a table's cells).</summary>
    public static string Normalize(string text, bool keepTabs)
    {
        // Most text has none of them (every sentence of a reply is normalised again by Requests.Classify): it is given
        // back as it is, without a copy.
        if (text.AsSpan().IndexOfAny(keepTabs ? UnusualButTabs : Unusual) < 0)
            return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\t' when keepTabs => c,
                '\u00A0' or '\u2007' or '\u202F' or '\t' => ' ',
                '\u2013' or '\u2014' => '-',
                '\r' => '\n',
                _ => c,
            });
        return sb.ToString();
    }

    // The characters Normalize replaces.
    static readonly SearchValues<char> Unusual = SearchValues.Create("\u2019\u2018\u02BC`\u201C\u201D\u00A0\u2007\u202F\t\u2013\u2014\r");
    static readonly SearchValues<char> UnusualButTabs = SearchValues.Create("\u2019\u2018\u02BC`\u201C\u201D\u00A0\u2007\u202F\u2013\u2014\r");

    // Paragraphs with their wrapped lines joined; a list item or a quoted line is a unit of its own.
    static IEnumerable<string> Units(string text)
    {
        var current = new StringBuilder();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('>'))
                continue; // quoted by the sender's client: earlier words, not this message's
            var item = ListItem().Match(line);
            if (line.Length == 0 || item.Success)
            {
                if (current.Length > 0)
                    yield return current.ToString();
                current.Clear();
                if (item.Success)
                    current.Append(line[item.Length..]);
                continue;
            }
            if (current.Length > 0)
                current.Append(' ');
            current.Append(line);
            // "Action items:", "Summary of today's call": a heading stands alone; the lines under it are not its sentence.
            if (line.EndsWith(':') || current.Length == line.Length && IsHeading(line))
            {
                yield return current.ToString();
                current.Clear();
            }
        }
        if (current.Length > 0)
            yield return current.ToString();
    }

    // A short first line of a paragraph without end punctuation, in title or sentence case, that names a recap.
    static bool IsHeading(string line) =>
        line.Length < 60 && char.IsUpper(line[0]) && !char.IsPunctuation(line[^1]) && line.Split(' ').Length <= 6 && RecapHeading.IsMatch(line);

    static readonly Regex RecapHeading = Lex.Rule(Lex.Of("recap-cues"));

    static void SplitUnit(string unit, List<string> sentences)
    {
        var start = 0;
        for (var i = 0; i < unit.Length; i++)
        {
            var c = unit[i];
            if (c is not ('.' or '!' or '?'))
                continue;
            var end = i + 1;
            while (end < unit.Length && unit[end] is '.' or '!' or '?' or '"' or '\'' or ')')
                end++;
            if (end < unit.Length && unit[end] != ' ')
                continue; // "3.5", "e.g.x", a URL
            if (c == '.' && IsAbbreviation(unit, i))
                continue;
            var next = end;
            while (next < unit.Length && unit[next] == ' ')
                next++;
            // "approx. two" or a sentence that goes on; but a question or an exclamation ends where it ends ("any update?
            // thanks"), and a phone writer's next sentence may start in lower case ("envelope thursday. will text her").
            if (next < unit.Length && char.IsLower(unit[next]) && c == '.' && !Lex.Has("lower-case-openers", FirstWord(unit, next)))
                continue;
            Add(unit[start..end], sentences);
            start = end;
            i = end - 1;
        }
        Add(unit[start..], sentences);
    }

    static string FirstWord(string unit, int start)
    {
        var end = start;
        while (end < unit.Length && (char.IsLetter(unit[end]) || unit[end] is '\'' or '\u2019'))
            end++;
        return unit[start..end].Replace('\u2019', '\'');
    }

    static bool IsAbbreviation(string unit, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(unit[begin - 1]) || unit[begin - 1] == '.'))
            begin--;
        var word = unit[begin..dot];
        // "F.D.A. will approve": an initialism's letters each stand alone between its dots.
        return word.Length > 0 && (Lex.Has("abbreviations", word) || word.Length == 1 && char.IsUpper(word[0])
            || word.Contains('.') && word.Split('.').All(letter => letter.Length == 1));
    }

    static void Add(string sentence, List<string> sentences)
    {
        var s = sentence.Trim();
        if (s.Length > 0)
            sentences.Add(s);
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-*\u2022\u25AA\u25E6]|\([a-z0-9]\)|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();
}
