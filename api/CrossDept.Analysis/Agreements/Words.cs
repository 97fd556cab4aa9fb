using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>The words that carry what a task is about ("churn", "export"), for telling two mentions of one task apart from two tasks.</summary>
public static class Words
{
    /// <summary>The lower-cased content words of a phrase, without function words, delivery verbs and dates.</summary>
    public static HashSet<string> Content(string phrase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        // A word is an ASCII letter and the letters, apostrophes and hyphens after it ([A-Za-z][A-Za-z'-]*), read by hand:
        // this runs for every promise merged and every dated sentence an event is looked for in, and a regex's match
        // objects cost more than the words.
        for (var i = 0; i < phrase.Length;)
        {
            if (!char.IsAsciiLetter(phrase[i]))
            {
                i++;
                continue;
            }
            var start = i++;
            while (i < phrase.Length && (char.IsAsciiLetter(phrase[i]) || phrase[i] is '\'' or '-'))
                i++;
            if (i - start < 3)
                continue;
            var w = phrase.Substring(start, i - start).ToLowerInvariant();
            if (Ignored(w))
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

    /// <summary>
    /// The content words of the thing a task is about: after its verb, up to the first word that ends the object
    /// ("send the quotation for tube cleaning" → quotation; "do the cleaning" → cleaning). Empty when the task names none.
    /// </summary>
    public static HashSet<string> Object(string what)
    {
        var space = what.IndexOf(' ');
        if (space < 0)
            return [];
        // "fill in those columns", "send out the invite": a particle after the verb is the verb's.
        var particleEnd = what.IndexOf(' ', space + 1);
        if (particleEnd > 0 && VerbParticles.Contains(what.AsSpan(space + 1, particleEnd - space - 1)))
            space = particleEnd;
        var end = what.Length;
        for (var at = space + 1; at < what.Length;)
        {
            var next = what.IndexOf(' ', at);
            if (next < 0)
                next = what.Length;
            if (ObjectEnds.Contains(what.AsSpan(at, next - at)))
            {
                end = at;
                break;
            }
            at = next + 1;
        }
        return Content(what[(space + 1)..end]);
    }

    static readonly WordList ObjectEnds = Lexicon.Of("object-ends"), VerbParticles = Lexicon.Of("verb-particles");

    // Function words, delivery verbs and time words say nothing of what the task is (lexicon: not-content-words).
    static bool Ignored(string w) => NotContentWords.Contains(w) || Weekdays.Contains(w) || Months.Contains(w);

    static readonly WordList NotContentWords = Lexicon.Of("not-content-words"), Weekdays = Lexicon.Of("weekdays"), Months = Lexicon.Of("months");

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
}
