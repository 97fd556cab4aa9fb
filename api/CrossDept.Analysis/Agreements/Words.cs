using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>The words that carry what a task is about ("churn", "export"), for telling two mentions of one task apart from two tasks.</summary>
public static partial class Words
{
    /// <summary>The lower-cased content words of a phrase, without function words, delivery verbs and dates.</summary>
    public static HashSet<string> Content(string phrase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordPattern().Matches(phrase))
        {
            var w = m.Value.ToLowerInvariant();
            if (w.Length < 3 || Ignored(w) || char.IsDigit(w[0]))
                continue;
            set.Add(Stem(w));
            // "sign-off" and "the signed-off report", "re-image" and "re-imaged": a compound shares its parts' meaning.
            if (w.Contains('-'))
                foreach (var part in w.Split('-', StringSplitOptions.RemoveEmptyEntries))
                    if (part.Length >= 3 && !Ignored(part))
                        set.Add(Stem(part));
        }
        return set;
    }

    /// <summary>Whether two phrases share a content word: "the first draft" and "the draft" name one task.</summary>
    public static bool Overlap(string a, string b)
    {
        var left = Content(a);
        return left.Count > 0 && Content(b).Overlaps(left);
    }

    // Function words, delivery verbs and time words say nothing of what the task is (lexicon: not-content-words).
    static bool Ignored(string w) => Lex.Has("not-content-words", w) || Lex.Has("weekdays", w) || Lex.Has("months", w);

    // Plural and -ed forms of one noun or verb count as one word; a final silent e goes too, so that "image", "imaged"
    // and "images" (and "review", "reviewed") meet.
    static string Stem(string w)
    {
        var stem = w.EndsWith("ies") && w.Length > 4 ? w[..^3] + "y"
            : w.EndsWith("ed") && w.Length > 5 ? w[..^2]
            : w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3 ? w[..^1]
            : w;
        return stem.Length > 3 && stem[^1] == 'e' && stem[^2] != 'e' ? stem[..^1] : stem;
    }

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*")]
    private static partial Regex WordPattern();
}
