using System.Text.RegularExpressions;

namespace CrossDept.Threads.Reading;

/// <summary>
/// Finds the trailing signature inside a reply: a "--" delimiter, "Sent from my …", a closing ("Thanks,",
/// "Best regards,") with the name and contact lines under it, a name | title contact block, a legal notice.
/// Written by hand (talon's rules, in .NET): no maintained .NET library does this.
/// </summary>
public static partial class Signatures
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Lines longer than this are prose, not a signature line (talon's limit).</summary>
    const int LongLine = 60;

    /// <summary>How far above the end a signature may start, counting non-empty lines.</summary>
    const int MaxLines = 14;

    [GeneratedRegex(@"^\s*(--|---|-- )\s*$|^\s*_{2,}\s*$")]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"^\s*[-_=]{3,}\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"^\s*[-_=*~#]{3,}\s*$")]
    private static partial Regex NoticeRule();

    // "-roman", "- Lev.", "-Abhishek Kona": a dash sign-off.
    [GeneratedRegex(@"^-{1,2}\s?\p{L}[\p{L}.'’ -]{0,30}$")]
    private static partial Regex DashName();

    [GeneratedRegex(@"^\s*((sent|envoyé|enviado|inviato|gesendet|verzonden|skickat|sendt|lähetetty|wysłane|отправлено)\s+(from|with|wirelessly from|using|de|desde|depuis|da|von|vanaf|från|fra|z|с)\s+(my|mon|mi|mio|meinem|mijn|min|mitt|mój|моего)?\s*[\p{L}\p{N}®™ .()'-]{1,60}|von meinem \S+( \S+){0,3} gesendet|(get|sent from|gesendet von|envoyé à partir de|enviado desde|inviato da|verzonden met) outlook (for|für|pour|para|per|voor) (ios|android)|sent from mailbox for iphone|envoyé sans fil par mon [\p{L} ]{1,60}|(sent )?via (mobile|iphone|android|blackberry|my phone))[!.]?\s*(<https?://[^>\s]+>)?\s*$", Options)]
    private static partial Regex SentFrom();

    [GeneratedRegex(@"^\s*(thanks|thank you|thanks again|thanks so much|thanks a lot|thanks in advance|thank you in advance|many thanks|much appreciated|regards|best regards|kind regards|warm regards|warmest regards|best wishes|warm wishes|all the best|best|cheers|cheers mate|sincerely|yours|yours truly|yours sincerely|sincerely yours|respectfully|with thanks|with best regards|talk soon|speak soon|take care|br|rgds|thx|ty|mit freundlichen grüßen|mit freundlichen grüssen|viele grüße|beste grüße|gruß|grüße|liebe grüße|lg|vg|cordialement|bien cordialement|bien à vous|merci|merci beaucoup|salutations|saludos|un saludo|atentamente|gracias|muchas gracias|saluti|cordiali saluti|grazie|distinti saluti|met vriendelijke groet|met vriendelijke groeten|groeten|groet|bedankt|pozdrawiam|z poważaniem|dziękuję|hälsningar|med vänlig hälsning|mvh|vänliga hälsningar|tack|med venlig hilsen|venlig hilsen|hilsen|med vennlig hilsen|vennlig hilsen|ystävällisin terveisin|terveisin|kiitos|с уважением|спасибо|atenciosamente|abraços|obrigado|obrigada|cumprimentos)\s*[,.!]*\s*$", Options)]
    private static partial Regex Closing();

    // The opening of a legal or confidentiality notice, or of a company's registration footer ("Glenarrach Distillery Ltd is
    // registered in Scotland, SC412233. Please enjoy our whiskies responsibly", "Registered office: …", "Northbridge Bank
    // plc is authorised by the Prudential Regulation Authority…").
    [GeneratedRegex(@"^\s*(\*+\s*)?(confidential|confidentiality|disclaimer|notice|important notice|legal notice|privileged|this (e-?mail|email|message|communication|transmission)( and any (files|attachments))?( transmitted with it)?( \(including any attachments\))?( is| are| may| will| has been| contains| and)|the information (contained )?in this (e-?mail|email|message)|if you (are not|have received) (the intended|this (e-?mail|email|message) in error)|please consider the environment|registered (office|in)\b|company (registration )?(number|no\b)|[^.]{0,60}\b(ltd|limited|plc|llc|llp|inc|gmbh|bv|sa|ag)\b\.?,?\s+(is\s+)?(a\s+company\s+)?(registered|authori[sz]ed|regulated)\b)", Options)]
    private static partial Regex Disclaimer();

    // Contact-block cues: phone, address, URL, company suffix, "Name | Title".
    [GeneratedRegex(@"(\+?\d[\d ().-]{6,}\d)|(\S+@\S+\.\w+)|(https?://|www\.)|\b(ltd|inc|llc|gmbh|corp|corporation|plc|s\.a\.|ag|bv|oy|ab|as)\b\.?|\s[|•·]\s|\b(phone|tel|mobile|cell|fax|office|direct|m|t|p)\s*[:.]|\b(manager|director|lead|head of|engineer|executive|officer|analyst|specialist|coordinator|consultant|president|vp|associate|administrator|designer|developer|counsel|partner|assistant|supervisor|architect|representative|team|department|operations|ceo|cto|cfo|coo)\b", Options)]
    private static partial Regex ContactCue();

    // A person's name as a sign-off line: one to four capitalised words ("Raj", "Mei Lin", "Jean-Luc O'Neil").
    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s*\p{Lu}[\p{L}'’.-]*(\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*([|,–-]\s*\S.*)?$")]
    private static partial Regex NameThenTitle();

    /// <summary>"Sent from my iPhone", "Get Outlook for Android": the line a mobile client puts under what was typed.</summary>
    public static bool IsDeviceLine(string line) => line.Length <= 120 && SentFrom().IsMatch(line);

    /// <summary>The signature block at the end of <paramref name="text"/>, exactly as it appears there, or null.</summary>
    public static string? Find(string text) => Find(text, null);

    /// <summary>As <see cref="Find(string)"/>; a last line that is the sender's own name (or address name) signs the message too.</summary>
    public static string? Find(string text, Person? sender)
    {
        if (text.Length == 0)
            return null;
        var tail = Tail(text);
        var lines = tail.Split('\n');
        var nonEmpty = new List<int>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
            if (TrimmedLength(lines[i]) > 0)
                nonEmpty.Add(i);
        if (nonEmpty.Count < 2)
            return null;

        var firstLine = nonEmpty[0];
        var earliest = nonEmpty[Math.Max(1, nonEmpty.Count - MaxLines)];
        var disclaimer = DisclaimerStart(lines, nonEmpty);
        // Everything below a legal notice is the notice; the search for the sign-off ends where it starts.
        var end = disclaimer is { } d ? PreviousNonEmpty(lines, d) + 1 : lines.Length;

        int? start = null;
        for (var i = earliest; i < end; i++)
        {
            var line = lines[i];
            if (TrimmedLength(line) == 0 || i == firstLine)
                continue;
            if (IsDelimiter(line) && !line.Contains('—') && HasLinesAfter(lines, i, end, disclaimer))
            {
                start = i;
                break;
            }
            if (IsClosing(line) && ShortLinesAfter(lines, i, end, maxLines: 10) && HasLinesAfter(lines, i, end, disclaimer))
            {
                start = i;
                break;
            }
            if (SentFrom().IsMatch(line) && ShortLinesAfter(lines, i, end, maxLines: 3, longLine: 100))
            {
                start = i;
                break;
            }
            if (line.StartsWith('-') && DashName().IsMatch(line) && !IsDelimiter(line) && !lines[PreviousNonEmpty(lines, i)].TrimStart().StartsWith('-') && ShortLinesAfter(lines, i, end, maxLines: 3) && IsLastParagraphOrSignedOff(lines, i, end))
            {
                start = i;
                break;
            }
            if (ContactBlockAt(lines, i, end) is { } contact)
            {
                start = contact;
                break;
            }
        }

        start ??= disclaimer ?? SenderNameAtEnd(lines, nonEmpty, sender);
        if (start is null)
            return null;
        // A sign-off directly above a "Sent from" or delimiter belongs to the signature too ("Thanks,\nRaj\n--").
        var s = start.Value;
        var above = PreviousNonEmpty(lines, s);
        if (above > firstLine && (IsClosing(lines[above]) || lines[above].StartsWith('-') && DashName().IsMatch(lines[above])) && above >= s - 3)
            s = above;
        else if (above > firstLine && SentFrom().IsMatch(lines[s]) && RuleLine().IsMatch(lines[above]))
            s = above; // BlackBerry draws a rule of dashes above "Sent from my BlackBerry Wireless Handheld"
        else if (above > firstLine && SentFrom().IsMatch(lines[s]) && NameLine().IsMatch(lines[above]) && TrimmedLength(lines[above]) <= 30 && TrimmedLength(lines[above - 1]) == 0)
            s = above; // "Stavros\nvia mobile": the name typed above the device line
        else if (above > firstLine && NameLine().IsMatch(lines[above]) && TrimmedLength(lines[above]) <= 30
                 && PreviousNonEmpty(lines, above) is var closing && closing > firstLine && IsClosing(lines[closing]))
            s = closing;
        return From(tail, lines, s).Trim().ToString();
    }

    // Lines s and after, as string.Join('\n', lines[s..]) would give them: the tail they were split from, after the lines
    // above (each with its '\n'), without copying the lines into an array and a string again first.
    static ReadOnlySpan<char> From(string tail, string[] lines, int s)
    {
        var at = 0;
        for (var k = 0; k < s; k++)
            at += lines[k].Length + 1;
        return tail.AsSpan(at);
    }

    /// <summary>
    /// The end of a long text that holds every line <see cref="Find(string, Person?)"/> looks at: the signature starts
    /// within the last <see cref="MaxLines"/> non-empty lines, and the tests around it look at most two non-empty lines
    /// higher; the tail starts at the non-empty line <see cref="TailLines"/> from the end, so that line stands for the
    /// text's first line, which none of them reaches. Splitting a 5 MB message into lines to read its last twenty was most
    /// of what finding its signature cost. The whole text when it has fewer non-empty lines.
    /// </summary>
    static string Tail(string text)
    {
        var nonEmpty = 0;
        for (var end = text.Length; end > 0;)
        {
            var start = text.LastIndexOf('\n', end - 1) + 1;
            if (text.AsSpan(start, end - start).Trim().Length > 0 && ++nonEmpty == TailLines)
                return start == 0 ? text : text[start..];
            end = start - 1;
        }
        return text;
    }

    /// <summary>How many non-empty lines from the end <see cref="Tail"/> keeps: <see cref="MaxLines"/> and seven to spare.</summary>
    const int TailLines = MaxLines + 7;

    /// <summary>"Raj Patel | Sales" or "Mei Lin" + "Finance | Contoso Ltd.": the trailing contact block, with the sign-off name above it.</summary>
    static int? ContactBlockAt(string[] lines, int i, int end)
    {
        // The block is the last paragraph: a short name line, then at most four short lines, with a contact cue somewhere.
        if (PreviousNonEmpty(lines, i) is var prev && prev >= 0 && TrimmedLength(lines[i - 1]) > 0 && i - 1 == prev)
            return null;
        if (!IsNameThenTitle(lines[i]) || TrimmedLength(lines[i]) > LongLine)
            return null;
        var cue = ContactCue().IsMatch(lines[i]);
        var count = 1;
        for (var k = i + 1; k < end; k++)
        {
            var t = lines[k].Trim();
            if (t.Length == 0)
                return null;
            if (t.Length > LongLine || ++count > 5)
                return null;
            cue |= ContactCue().IsMatch(t);
        }
        if (!cue)
            return null;
        // A first-name sign-off alone above the block ("Ana" then "Ana Souza | Design Lead").
        var above = PreviousNonEmpty(lines, i);
        if (above > 0 && NameLine().IsMatch(lines[above]) && TrimmedLength(lines[above]) <= 25 && IsParagraphOfOne(lines, above))
            return above;
        return i;
    }

    static bool IsParagraphOfOne(string[] lines, int i) =>
        (i == 0 || TrimmedLength(lines[i - 1]) == 0) && (i + 1 >= lines.Length || TrimmedLength(lines[i + 1]) == 0);

    static int? SenderNameAtEnd(string[] lines, List<int> nonEmpty, Person? sender)
    {
        if (sender is null)
            return null;
        var last = nonEmpty[^1];
        var line = lines[last].Trim().TrimStart('-', ' ').TrimEnd('.', '!');
        if (line.Length is 0 or > 40)
            return null;
        var local = sender.Address.Split('@')[0];
        var names = new List<string> { local };
        if (sender.Name is { Length: > 0 } name)
            names.AddRange([name, name.Split(' ')[0]]);
        foreach (var part in local.Split('.', '_', '-'))
            names.Add(part);
        return names.Any(n => n.Length > 1 && line.Equals(n, StringComparison.OrdinalIgnoreCase)) ? last : null;
    }

    static int? DisclaimerStart(string[] lines, List<int> nonEmpty)
    {
        for (var n = Math.Max(1, nonEmpty.Count - 12); n < nonEmpty.Count; n++)
        {
            var i = nonEmpty[n];
            if (!Disclaimer().IsMatch(lines[i]))
                continue;
            if (i == 0 || TrimmedLength(lines[i - 1]) == 0 || IsDelimiter(lines[i - 1]))
                return i;
            // A row of stars or dashes drawn above the notice (NHSmail's "*****…") is part of it.
            if (NoticeRule().IsMatch(lines[i - 1]))
                return i - 1;
        }
        return null;
    }

    static bool HasLinesAfter(string[] lines, int i, int end, int? disclaimer)
    {
        for (var k = i + 1; k < lines.Length; k++)
            if (TrimmedLength(lines[k]) > 0)
                return true;
        return false;
    }

    static bool ShortLinesAfter(string[] lines, int i, int end, int maxLines, int longLine = LongLine)
    {
        var count = 0;
        for (var k = i + 1; k < end; k++)
        {
            var t = TrimmedLength(lines[k]);
            if (t == 0)
                continue;
            if (t > longLine || ++count > maxLines)
                return false;
        }
        return true;
    }

    static bool IsLastParagraphOrSignedOff(string[] lines, int i, int end)
    {
        for (var k = i + 1; k < end; k++)
            if (TrimmedLength(lines[k]) > 0 && !SentFrom().IsMatch(lines[k]) && !ContactCue().IsMatch(lines[k]) && !IsNameThenTitle(lines[k]))
                return false;
        return true;
    }

    /// <summary>The length of a line without white space at its ends, as string.Trim() counts it, without copying the line.</summary>
    static int TrimmedLength(string line) => line.AsSpan().Trim().Length;

    // Cheap tests that each pattern needs before it is run (most lines are prose, and a call costs more than the test):
    // a delimiter starts with "-" or "_"; a closing is one short phrase with at most punctuation and space after it
    // (its longest, "mit freundlichen grüssen", is 24 characters); a name line starts with a capital.
    static bool IsDelimiter(string line) => line.AsSpan().TrimStart() is ['-' or '_', ..] && Delimiter().IsMatch(line);

    static bool IsClosing(string line) => line.AsSpan().Trim().TrimEnd(",.!").TrimEnd().Length is > 0 and <= 30 && Closing().IsMatch(line);

    static bool IsNameThenTitle(string line) =>
        line.AsSpan().TrimStart() is [var first, ..] && char.GetUnicodeCategory(first) == System.Globalization.UnicodeCategory.UppercaseLetter
        && NameThenTitle().IsMatch(line);

    static int PreviousNonEmpty(string[] lines, int i)
    {
        for (var k = i - 1; k >= 0; k--)
            if (TrimmedLength(lines[k]) > 0)
                return k;
        return -1;
    }
}
