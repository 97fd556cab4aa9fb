using System.Text.RegularExpressions;

namespace CrossDept.Agreements;

/// <summary>Something a sentence asks its reader to do.</summary>
/// <param name="What">The verb phrase asked for ("build a nightly feed of support tickets into the warehouse").</param>
/// <param name="Addressee">The name the ask is addressed to when the sentence names one ("Raj, could you…", "Raj: the export").</param>
public sealed record Request(string What, string? Addressee);

/// <summary>
/// Reads requests the way people write them in mail: "Could you…", "Would your team be able to…", "Please…",
/// "I need you to…", "I'd appreciate it if you…", an imperative ("Send me…"), "Raj: the Q3 export" in a list;
/// and, for the sentence-level detector, the softer asks: "let me know", "are you free Thursday?", "let's meet".
/// </summary>
public static partial class Requests
{
    /// <summary>Whether the sentence asks the reader to do something (act, answer, meet): the sentence-level detector.</summary>
    public static bool IsRequest(string sentence)
    {
        var text = Sentences.Normalize(sentence).Trim();
        if (text.Length == 0 || Boilerplate().IsMatch(text))
            return false;
        // The phrase's date does not matter for whether it asks, so no dates are read here.
        if (Find(text, []).Count > 0)
            return true;
        return SoftAsk().IsMatch(text) || text.EndsWith('?') && QuestionToReader().IsMatch(text);
    }

    /// <summary>The concrete asks of a sentence, with what is asked and to whom when it names someone.</summary>
    public static IReadOnlyList<Request> Find(string sentence, IReadOnlyList<DueDate> dates)
    {
        var text = sentence.Trim();
        var found = new List<Request>();
        if (Boilerplate().IsMatch(text))
            return found;
        var addressee = Vocative().Match(text) is { Success: true } v ? v.Groups["name"].Value : null;

        foreach (var pattern in (Regex[])[CanYou(), PleaseDo(), NeedYouTo(), AppreciateIfYou(), WouldYouMind(), Imperative()])
        {
            var m = pattern.Match(text);
            if (!m.Success)
                continue;
            var (what, _) = Commitments.Phrase(text, m.Groups["vp"].Index, text.Length, dates);
            what = what.TrimEnd('?');
            if (what.Length == 0 || NotAnAction().IsMatch(what))
                continue;
            var who = m.Groups["who"].Success && char.IsUpper(m.Groups["who"].Value[0]) && m.Groups["who"].Value is not ("IT" or "I") ? m.Groups["who"].Value : addressee;
            found.Add(new Request(what, who));
            break;
        }
        if (found.Count == 0 && ListAsk().Match(text) is { Success: true } item)
        {
            var (what, _) = Commitments.Phrase(text, item.Groups["np"].Index, text.Length, dates);
            if (what.Length > 0)
                found.Add(new Request(StartsWithVerb().IsMatch(what) ? what : "send " + what, item.Groups["name"].Value));
        }
        return found;
    }

    [GeneratedRegex(@"\b(?i:can|could|would|will)\s+(?<who>you(?:r\s+(?i:team|group|folks|department|side))?|you\s+(?:guys|all|both)|one of you|one or both of you|both of you|either of you|any of you|someone|somebody|anyone|anybody|(?i:the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?i:team|group|department)|[A-Z][A-Za-z]+)\s+(?:(?i:please|kindly|possibly|also|perhaps|maybe)\s+)*(?:(?i:be\s+able\s+to|be\s+willing\s+to|help\s+(?:me|us)(?:\s+to)?|find\s+time\s+to|take\s+a\s+moment\s+to)\s+)?(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex CanYou();

    [GeneratedRegex(@"(?:^|[,;:.]\s*|\s)(?i:please|kindly|pls|plz)[,]?\s+(?<vp>(?!(?i:find attached|see attached|see below|see the attached|note\b|let me know if you have any|do not hesitate|don't hesitate|feel free|accept|excuse|forgive|disregard|ignore this))[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PleaseDo();

    [GeneratedRegex(@"\b(?:I|[Ww]e)(?:\s+|(?='))(?i:need|would need|would like|'d like|want|would love|'d love|require|am asking|are asking|'m asking|'re asking)\s+(?<who>you|your\s+(?i:team|group))\s+to\s+(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NeedYouTo();

    [GeneratedRegex(@"\b(?i:I|we)(?:'d|\s+would)\s+(?i:appreciate|be grateful|be thankful)\s+(?i:it\s+)?(?i:if)\s+(?<who>you|your\s+team)\s+(?i:could\s+|would\s+|can\s+)?(?<vp>[a-z][\w'-]*\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AppreciateIfYou();

    [GeneratedRegex(@"\b(?i:would|do)\s+you\s+mind\s+(?<vp>[a-z]+ing\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WouldYouMind();

    // An order opening the sentence (after "Raj," or "Also,"): "Send me the code", "Let me know by Friday".
    [GeneratedRegex(@"^(?:(?:[A-Z][a-z]+|Also|And|So|Then|Now|Ok|Okay|Oh|Finally|Lastly|Meanwhile),\s+|(?:and|also|so|then)\s+)?(?<vp>(?i:send|let\s+(?:me|us)\s+know|make\s+sure|call|give|forward|review|confirm|provide|share|update|sign|approve|fill\s+(?:in|out)|complete|submit|add|remove|schedule|set\s+up|book|join|contact|email|e-mail|reply|respond|read|take\s+a\s+look|look\s+(?:at|into|over)|bring|note\s+that|find|prepare|print|fax|attend|come|tell|ask|pass|return|ensure|remember|don't\s+forget|do\s+not\s+forget|put|follow\s+up|grab|drop|ping|loop|touch\s+base|arrange|advise|reach\s+out|write|draft|check|verify|plan\s+to|try\s+to|get|keep|hold|reserve|register|RSVP|circulate|distribute|coordinate|organize|organise|clarify|explain|resend|re-send|sign\s+off|weigh\s+in|chime\s+in)\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Imperative();

    // "1. Raj: the Q3 churn export by account" in a list of asks.
    [GeneratedRegex(@"^(?<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*:\s+(?<np>(?i:the|a|an|your|all|any|\w+ing|send|share|provide|confirm|review|sign)\b.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ListAsk();

    [GeneratedRegex(@"^(?:Hi|Hello|Hey|Dear)?\s*(?<name>[A-Z][a-z]+),\s+(?!(?:I|we|thanks|thank)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Vocative();

    [GeneratedRegex(@"^(?:see|know|think|imagine|understand|tell me how you are|hear|believe|guess|remember when)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAction();

    [GeneratedRegex(@"^(?i:send|share|provide|confirm|review|sign|get|give|pull|build|add|book|prepare|update|draft|approve|check)\b", RegexOptions.CultureInvariant)]
    private static partial Regex StartsWithVerb();

    // Boilerplate that reads like an ask but asks nothing of this reader.
    [GeneratedRegex(@"^(?:please\s+)?(?:do not hesitate|don't hesitate|feel free|please find attached|find attached|see attached|please see attached|if you (?:have|need) any (?:questions|further)|let me know if you have any questions|click here|unsubscribe|to unsubscribe|please (?:add|consider the environment)|please do not reply|this (?:e-?mail|message) (?:and|is|may))", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\b(?:let (?:me|us) know|are you (?:available|free|around|able|willing|ok with|okay with|in)|would you be (?:available|free|able|willing|interested|open)|do you have (?:time|a minute|a few minutes|a moment|capacity|bandwidth|any)|is it possible|would it be possible|any chance (?:you|we)|can we|could we|shall we|should we|let's|lets (?:get|meet|talk|plan|discuss|do|have|set)|why don't we|why not|how about|what about|(?:I|we) (?:need|require|would need)\b.*\b(?:from you|from your|your (?:input|help|approval|feedback|sign-?off|answer|signature|okay|ok|views?|thoughts|comments|reaction))|(?:need|want|would like|'d like|appreciate) your (?:input|help|approval|feedback|sign-?off|answer|signature|views?|thoughts|comments|reaction|participation|advice)|(?:I|we) (?:would|'d) like to (?:meet|discuss|talk|get together|have (?:a|you)|schedule|set up|invite|ask|hear|invite you|see you)|would like (?:you|to invite you|to have you)|(?:I|we) hope (?:you|that you) (?:can|will|could)|look forward to (?:hearing|your (?:reply|response|answer|feedback|thoughts))|please\b|waiting (?:for|on) your|invite you|count (?:you|us) in|join us|when (?:can|could|would|will) you|when is (?:a )?good|what time works|what works for you|which (?:day|time|date)s? (?:work|suit)|(?:works?|would work|is good|is fine|is best|suits?) for (?:me|us)|if you (?:want|would like|wish|'d like) to (?:talk|discuss|meet|chat|get together)|(?:need|want) to ask you|remind(?:er)? (?:you )?(?:to|about)|would (?:\w+ )?like you to|are you free|is (?:\w+ )?available)", RegexOptions.IgnoreCase)]
    private static partial Regex SoftAsk();

    [GeneratedRegex(@"^(?:(?:[A-Z][a-z]+|Also|And|So),\s+)?(?:can|could|would|will|do|did|have|has|are|is|when|where|what|which|who|how (?!are you|is it going|was)|any|anyone|anybody|someone)\b.*\b(?:you|your|anyone|anybody|someone|we|us)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionToReader();
}
