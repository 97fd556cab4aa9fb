using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>The words that carry what a task is about ("churn", "export"), for telling two mentions of one task apart from two tasks.</summary>
public static partial class Words
{
    static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        // function words
        "the", "and", "for", "with", "you", "your", "yours", "our", "ours", "their", "them", "they", "this", "that", "these", "those",
        "its", "it's", "are", "was", "were", "been", "being", "have", "has", "had", "will", "would", "can", "could", "should", "shall",
        "from", "into", "onto", "over", "once", "when", "then", "than", "there", "here", "what", "which", "who", "whom", "whose",
        "all", "any", "some", "each", "both", "one", "ones", "too", "also", "just", "only", "very", "more", "most", "much", "many",
        "not", "now", "out", "off", "about", "again", "after", "before", "by", "on", "in", "of", "to", "at", "as", "so", "if", "or",
        "me", "my", "mine", "us", "we", "he", "she", "him", "her", "his", "hers", "i", "a", "an", "is", "be", "do", "does", "did",
        "it", "up", "get", "got", "let", "know", "sure", "help", "care", "thing", "things", "stuff", "ready", "done", "back",
        "whether", "while", "instead", "please", "thanks", "thank",
        // verbs of delivering: they say how, not what
        "send", "sent", "share", "provide", "give", "deliver", "bring", "make", "take", "put", "pull", "prepare", "handle", "work",
        "able", "going", "happy", "glad", "want", "need", "like", "try", "see", "look", "check", "confirm", "book", "set",
        // time words: the date is compared separately
        "today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week",
        "weekend", "month", "day", "end", "eod", "cob", "morning", "afternoon", "evening", "next", "this", "first", "thing",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    /// <summary>The lower-cased content words of a phrase, without function words, delivery verbs and dates.</summary>
    public static HashSet<string> Content(string phrase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordPattern().Matches(phrase))
        {
            var w = m.Value.ToLowerInvariant();
            if (w.Length < 3 || Ignored.Contains(w) || char.IsDigit(w[0]))
                continue;
            set.Add(Stem(w));
        }
        return set;
    }

    /// <summary>Whether two phrases share a content word: "the first draft" and "the draft" name one task.</summary>
    public static bool Overlap(string a, string b)
    {
        var left = Content(a);
        return left.Count > 0 && Content(b).Overlaps(left);
    }

    // Plural and -ed forms of one noun or verb count as one word.
    static string Stem(string w) =>
        w.EndsWith("ies") && w.Length > 4 ? w[..^3] + "y"
        : w.EndsWith("ed") && w.Length > 5 ? w[..^2]
        : w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3 ? w[..^1]
        : w;

    [GeneratedRegex(@"[A-Za-z][A-Za-z'-]*")]
    private static partial Regex WordPattern();
}
