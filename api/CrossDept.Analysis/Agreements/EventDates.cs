using System.Text.RegularExpressions;
using CrossDept.Language;

namespace CrossDept.Agreements;

/// <summary>
/// A promise timed only by an event ("as soon as she is back", "I will bring the figures to the committee meeting") has the day
/// the thread gives that event ("the steering committee meets on Thursday, November 19", "Dr. Whitcombe is back in the office on
/// Thursday 11/5"), before or after it: contract, agreements: "due null unless the thread gives that event a date".
/// </summary>
/// <remarks>
/// The event is the words after a cue (date-event-cues) to the end of its clause. It is known again by its words: an event noun
/// it names (date-event-nouns: meeting, committee, inspection…), else the content words of the phrase, else, for a return ("is
/// back"), a return cue (date-return-cues). Where several sentences date it, the one said last wins. A cue like "to the" only
/// names an event when an event noun follows, so "send the figures to the team" is no event. Cost: one pass over the thread's
/// dated sentences per undated promise.
/// </remarks>
internal static class EventDates
{
    const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    static readonly Regex Cue = new($@"\b(?<cue>{Lexicon.Of("date-event-cues").Pattern})\s+(?<event>[^.,;:!?()]{{2,80}})", Options);
    static readonly Regex EventNoun = new($@"\b(?:{Lexicon.Of("date-event-nouns").Pattern})\b", Options);
    static readonly Regex Return = new($@"\b(?:{Lexicon.Of("date-return-cues").Pattern})\b", Options);
    static readonly Regex ReturnPhrase = new(@"\b(?:back|return|returns|returned|returning)\b", Options);

    // Named by its own words, an event needs two of them in the dated sentence ("the team comes back from Matam"), or its one:
    // a single shared word ("OOME") is a topic, not the event.
    static bool Shares(HashSet<string> sentence, HashSet<string> phrase) =>
        sentence.Count(phrase.Contains) >= Math.Min(2, phrase.Count);

    static readonly Regex FirstPerson = new(@"^(?:I|I'm|I’m|we|we're|we’re)\b", Options);

    /// <summary>The day the thread gives the event that times <paramref name="quote"/>, or null. An event already past when
    /// the promise was made ("the board approved it on the 3rd") times nothing; the writer's own return ("when I'm back") is
    /// dated only by their own words.</summary>
    public static DueDate? For(string quote, Parsed[][] thread, Func<int, bool> byOwner, DateOnly promisedOn)
    {
        foreach (Match m in Cue.Matches(quote))
        {
            var phrase = m.Groups["event"].Value;
            var nouns = EventNoun.Matches(phrase).Select(n => n.Value.ToLowerInvariant()).ToHashSet();
            var article = m.Groups["cue"].Value.EndsWith(" the", StringComparison.OrdinalIgnoreCase);
            if (article && nouns.Count == 0)
                continue;
            var content = Words.Content(phrase);
            var isReturn = ReturnPhrase.IsMatch(phrase);
            if (nouns.Count == 0 && content.Count == 0 && !isReturn)
                continue;
            var own = FirstPerson.IsMatch(phrase);
            DueDate? last = null;
            for (var i = 0; i < thread.Length; i++)
                foreach (var parsed in thread[i])
                {
                    var (sentence, all) = parsed;
                    if (all.Count == 0 || own && !byOwner(i) || sentence == quote || sentence.Contains(quote, StringComparison.Ordinal))
                        continue;
                    var dates = all.Where(d => d.Date >= promisedOn).ToArray();
                    if (dates.Length == 0)
                        continue;
                    var at = nouns.Count > 0 ? nouns.Select(n => Regex.Match(sentence, $@"\b{Regex.Escape(n)}\b", Options)).Where(x => x.Success).Select(x => x.Index).DefaultIfEmpty(-1).Min()
                        : content.Count > 0 ? (Shares(parsed.Content, content) && (!isReturn || Return.IsMatch(sentence)) ? Return.Match(sentence) is { Success: true } r ? r.Index : 0 : -1)
                        : Return.Match(sentence) is { Success: true } back ? back.Index : -1;
                    // "the opening on February 12 … the steering committee pack on the 19th": the day nearest the event's words.
                    if (at >= 0)
                        last = dates.MinBy(d => Math.Min(Math.Abs(d.Index - at), Math.Abs(d.End - at)));
                }
            if (last is not null)
                return last;
        }
        return null;
    }
}
