using System.Text;
using System.Text.RegularExpressions;

namespace CrossDept.Threads.Reading;

/// <summary>A reply split from the history it quotes.</summary>
/// <param name="Reply">What the sender wrote (signature still inside), trimmed.</param>
/// <param name="Quoted">The quoted or forwarded history that was removed, or null when there was none.</param>
/// <param name="QuotedFrom">Who wrote the quoted message, as its header or attribution line says it.</param>
/// <param name="QuotedDate">When, as written there (not parsed: clients write it in every language).</param>
public sealed record ReplySplit(string Reply, string? Quoted, string? QuotedFrom, string? QuotedDate);

/// <summary>
/// Removes quoted history from plain text: the header a client puts above the history ("On … wrote:",
/// "-----Original Message-----", Outlook's From:/Sent: block, forwarded-message banners, in the languages
/// mail clients ship; Lotus Notes' "Forwarded by" banner and "Name on 05/14/2001 10:22 AM / To: / cc:" heads) and <c>&gt;</c>-quoted lines, keeping text the sender wrote below or between quotes.
/// Written by hand: no .NET library does this (talon, email_reply_parser and quotequail are Python/Ruby/JS).
/// </summary>
public static partial class QuotedHistory
{
    const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Separator lines that open unprefixed history: everything below them is the old message.
    [GeneratedRegex(@"^\s*[-_=*]{2,}\s*(original message|original e-?mail|reply message|forwarded message|antwort nachricht|oprindelig besked|original besked|forwarded e-?mail|ursprüngliche nachricht|weitergeleitete nachricht|message d'origine|message original|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|originalmeddelande|vidarebefordrat meddelande|oprindelig meddelelse|videresendt meddelelse|opprinnelig melding|videresendt melding|alkuperäinen viesti|välitetty viesti|wiadomość oryginalna|przekazana wiadomość|mensagem original|mensagem encaminhada|исходное сообщение|пересылаемое сообщение|переслан\w* сообщение)\s*[-_=*]{0,}\s*:?\s*$", Options)]
    private static partial Regex SeparatorLine();

    // Lotus Notes' forward banner: "---------------------- Forwarded by Jane Doe/HOU/ECT on 05/14/2001 10:22 AM -------",
    // its closing dashes often wrapped onto the next line.
    [GeneratedRegex(@"^\s*-{3,}\s*forwarded by\b", Options)]
    private static partial Regex ForwardedByBanner();

    // The date and time Lotus Notes (and Outlook 2000 memos) put in a quoted message's head: "05/14/2001 10:22 AM",
    // "04/27/2001 09:27:33 AM", "12 Oct 2001 23:58". A time is required: a memo's own date ("November 29, 2001") has none.
    [GeneratedRegex(@"\b(\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4})\s+\d{1,2}:\d{2}(:\d{2})?(\s*[ap]\.?m\.?)?\b", Options)]
    private static partial Regex NotesDateTime();

    // "Jane Doe/HOU/ECT@ECT on 05/14/2001 10:22 AM", "\"Walker, Chris\" <c.walker@x.com> on 04/27/2001 09:27:33 AM".
    [GeneratedRegex(@"^\s*(?<who>.+?)\s+on\s+(?<date>\d.*?)\s*$", Options)]
    private static partial Regex NotesWhoOnDate();

    [GeneratedRegex(@"^\s*(sent by\s*:|please respond to\b)", Options)]
    private static partial Regex NotesSentBy();

    [GeneratedRegex(@"^\s*to\s*:", Options)]
    private static partial Regex NotesTo();

    [GeneratedRegex(@"^\s*(cc|bcc|subject)\s*:", Options)]
    private static partial Regex NotesCcOrSubject();

    [GeneratedRegex(@"^\s*>?\s*(begin forwarded message|forwarded message|début du message réexpédié|anfang der weitergeleiteten nachricht|inizio messaggio inoltrato|comienzo del mensaje reenviado|início da mensagem reencaminhada|doorgestuurd bericht)\s*:\s*$", Options)]
    private static partial Regex ForwardBanner();

    // A header field's colon, or the full-width one of Chinese and Japanese Outlook ("发件人：").
    static bool HasColon(string line) => line.AsSpan().IndexOfAny(':', '\uFF1A') >= 0;

    // Outlook's plain-text history starts with a long underscore rule above a From: block.
    [GeneratedRegex(@"^\s*(_{10,}|-{10,})\s*$")]
    private static partial Regex UnderscoreRule();

    // Header fields of a quoted message block, as Outlook, Apple Mail, Gmail and Thunderbird write them (bold markers allowed),
    // in the languages Outlook is localised in (Turkish "Kimden:/Gönderildi:", Chinese "发件人：" with a full-width colon…).
    [GeneratedRegex(@"^\s*>?\s*\*?(from|sent|date|to|cc|subject|reply-to|de|envoyé|date|à|pour|objet|sujet|répondre à|von|gesendet|an|betreff|datum|da|inviato|data|a|oggetto|van|verzonden|aan|onderwerp|enviado|para|asunto|fecha|assunto|od|wysłane|wysłano|do|temat|data wysłania|från|skickat|till|ämne|fra|sendt|til|emne|dato|lähettäjä|lähetetty|vastaanottaja|aihe|päivämäärä|от|отправлено|дата|кому|тема|копия|enviada em|enviado el|message du|kimden|feladó|dari|de la|发件人|差出人|보낸 사람|từ|από|gönderildi|odesláno|elküldve|dikirim|tanggal|trimis|发送时间|日期|送信日時|보낸 날짜|đã gửi|στάλθηκε|kime|bilgi|konu|komu|kopie|předmět|címzett|másolatot kap|tárgy|kepada|perihal|subjek|către|subiect|收件人|抄送|主题|宛先|件名|받는 사람|참조|제목|đến|chủ đề|προς|θέμα)\s*\*?\s*[:：]\s*\*?(?<value>.*)$", Options)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"^\s*>?\s*\*?(from|de|von|da|van|od|från|fra|lähettäjä|от|kimden|feladó|dari|de la|发件人|差出人|보낸 사람|từ|από)\s*\*?\s*[:：]", Options)]
    private static partial Regex FromField();

    [GeneratedRegex(@"^\s*>?\s*\*?(sent|date|gesendet|datum|envoyé|inviato|data|verzonden|enviado|fecha|wysłane|wysłano|skickat|sendt|dato|lähetetty|päivämäärä|отправлено|дата|enviada em|data wysłania|message du|gönderildi|odesláno|elküldve|dikirim|tanggal|trimis|发送时间|日期|送信日時|보낸 날짜|đã gửi|στάλθηκε)\s*\*?\s*[:：]", Options)]
    private static partial Regex DateField();

    // The attribution above a quote: "On <date>, <who> wrote:" and its translations; clients wrap it over lines.
    [GeneratedRegex(@"(^|\s)(wrote|writes|a écrit|schrieb|escribió|escribio|ha scritto|scrive|escreveu|schreef|napisał|napisała|napisał\(a\)|kirjoitti|skrev|написал|написала|написал\(а\)|пишет|sent|geschreven|αέγραψε|yazdı)\s*(\S+@\S+)?\s*(:|-{2,})\s*$", Options | RegexOptions.RightToLeft)]
    private static partial Regex WroteEnding();

    [GeneratedRegex(@"^(?<who>.+?)\s+(wrote|writes|a écrit|schrieb|escribió|ha scritto|escreveu|schreef|napisał\(a\)|napisała|napisał|kirjoitti|skrev|написал\(а\)|написала|написал|пишет)\s*:\s*$", Options)]
    private static partial Regex WhoWrote();

    // How attribution lines begin: a preposition of time in some language, or straight away a date.
    [GeneratedRegex(@"^\s*(on|le|am|el|il|em|op|w dniu|dnia|den|på|d\.|в|o|la|kl\.|\d{1,4}[-./]\d{1,2}|\d{1,2}\.? \p{L}+|\p{Lu}\p{Ll}+,? \d)\b", Options)]
    private static partial Regex AttributionStart();

    // Bounded pieces only: nested open-ended repeats here backtracked for hundreds of microseconds on one line.
    [GeneratedRegex(@"^(on|le|am|el|il|em|op|w dniu|dnia|den|på)\s+(?<date>.+?),?\s+(?<who>[^,<>]*<[^<>]*>|\S+@\S+|""[^""]+""|\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3})\s*$", Options)]
    private static partial Regex OnDateWho();

    [GeneratedRegex(@"^\s*([-=_*~])\1{2,}\s*$")]
    private static partial Regex RuleLine();

    [GeneratedRegex(@"<[^<>\s]+@[^<>\s]+>|\S+@\S+\.\w+")]
    private static partial Regex AddressInBrackets();

    [GeneratedRegex(@"\d{1,4}[./:-]\d{1,2}|\d{1,2}:\d{2}|\b\d{4}\b")]
    private static partial Regex DateOrTime();

    [GeneratedRegex(@"^(on|le|am|el|il|em|op)\s.*\s(wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WroteNoColon();

    // "Am 24.02.2015 um 22:48 schrieb John Doe <john@doe.example>:" — the verb before the name.
    [GeneratedRegex(@"^(am|den|le|el|il|em|op|on)\s+(?<date>.+?)\s+(schrieb|skrev|schreef|escribió|a écrit|kirjoitti|napisał)\s+(?<who>.+?)\s*:\s*$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerbThenWho();

    // Gmail's old attribution: "2009/5/12 John Doe <john@doe.example>" with no verb.
    [GeneratedRegex(@"^\s*(?<date>\d{4}/\d{1,2}/\d{1,2})\s+(?<who>[^<>]*<[^<>@\s]+@[^<>\s]+>)\s*:?\s*$")]
    private static partial Regex DateThenAddress();

    /// <summary>Splits the reply from the history it quotes.</summary>
    public static ReplySplit Split(string text) => Split(text, withQuoted: true);

    /// <summary>
    /// As <see cref="Split(string)"/>; without <paramref name="withQuoted"/> the removed history is not joined into
    /// <see cref="ReplySplit.Quoted"/> (left null): reading a message needs only the reply, and a long thread's history
    /// was copied once more for every message.
    /// </summary>
    internal static ReplySplit Split(string text, bool withQuoted)
    {
        var lines = SplitSharedLines(Lines(text));
        var keep = new bool[lines.Length];
        Array.Fill(keep, true);
        string? from = null, date = null;
        var removedAny = false;

        // 1. Unprefixed history: from the first header on, everything is the old message (top-posting).
        var cut = lines.Length;
        for (var i = 0; i < lines.Length; i++)
        {
            if (StartsUnprefixedHistory(lines, i, out var headerEnd))
            {
                cut = i;
                (from, date) = ReadHeader(lines, i, headerEnd);
                break;
            }
        }

        // A rule of "====" or "----" drawn above the history belongs to it, and so do Notes' "Sent by:" and "Please respond to".
        while (cut < lines.Length && cut > 0 && (IsBlank(lines[cut - 1]) || IsRuleLine(lines[cut - 1]) || NotesSentBy().IsMatch(lines[cut - 1])))
            cut--;

        // 2. ">"-quoted blocks above the cut, with the attribution line that introduces each.
        for (var i = 0; i < cut; i++)
        {
            if (!IsQuoted(lines[i]))
                continue;
            var start = i;
            var end = i;
            while (end + 1 < cut && (IsQuoted(lines[end + 1]) || (IsBlank(lines[end + 1]) && NextNonBlankIsQuoted(lines, end + 1, cut)) || IsLostContinuation(lines, end + 1, cut)))
                end++;
            // A lone quoted line between the sender's own words is a quotation in a sentence, not history.
            var attribution = AttributionAbove(lines, start, out var attrFrom, out var attrDate);
            var quotedLines = 0;
            for (var k = start; k <= end; k++)
                if (IsQuoted(lines[k])) quotedLines++;
            if (attribution < 0 && quotedLines == 1 && HasText(lines, 0, start) && HasText(lines, end + 1, cut)
                && lines[start].Length < 300 && lines[start].Any(char.IsLetter))
            {
                i = end;
                continue;
            }
            if (attribution >= 0)
            {
                start = attribution;
                from ??= attrFrom;
                date ??= attrDate;
            }
            else if (ForwardBannerAbove(lines, start) is var banner and >= 0)
            {
                start = banner;
            }
            if (attribution < 0 && from is null)
            {
                // A quoted forward: "> From: … / > Date: …" inside the quote.
                var inner = Enumerable.Range(start, end - start + 1).FirstOrDefault(k => FromField().IsMatch(lines[k]), -1);
                if (inner >= 0)
                    (from, date) = ReadHeader(lines, inner, Math.Min(end, inner + 8));
            }
            for (var k = start; k <= end; k++)
                keep[k] = false;
            // Text written right up against the quote continues right after it: the blank lines went with the quote.
            if (start > 0 && !IsBlank(lines[start - 1]))
                for (var k = end + 1; k < cut && IsBlank(lines[k]); k++)
                    keep[k] = false;
            removedAny = true;
            i = end;
        }

        // Each side tidied as its lines are added (what Tidy does to the joined lines): a long message was copied three
        // times more to be joined, split again and joined again.
        var reply = new Tidied();
        var quoted = new Tidied();
        for (var i = 0; i < lines.Length; i++)
            if (i < cut && keep[i])
                reply.Add(lines[i]);
            else if (withQuoted)
                quoted.Add(lines[i]);
        removedAny |= cut < lines.Length;
        return new ReplySplit(reply.ToString(), removedAny && withQuoted ? quoted.ToString() : null, Clean(from), Clean(date));
    }

    /// <summary>
    /// The lines of a text split at "\r\n", "\r" or "\n", as replacing the first two by "\n" and splitting would, without
    /// copying the whole text twice first (a 5 MB message from a Windows client was).
    /// </summary>
    static string[] Lines(string text)
    {
        if (!text.Contains('\r'))
            return text.Split('\n');
        var lines = new List<string>();
        var start = 0;
        while (true)
        {
            var at = text.AsSpan(start).IndexOfAny('\r', '\n');
            if (at < 0)
                break;
            at += start;
            lines.Add(text[start..at]);
            start = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
        }
        lines.Add(text[start..]);
        return [.. lines];
    }

    /// <summary>Lines joined as <see cref="Tidy"/> joins them: each without its trailing white space, runs of blank lines as one, no blank ends.</summary>
    /// <remarks>
    /// The lines are only noted as they are added (a line, or a stretch of a text) and copied once, into a string of the
    /// exact length, at the end: a StringBuilder copied a 5 MB reply twice (into its buffer, then out of it), about half of
    /// QuotedHistory.Split on such a message.
    /// </remarks>
    sealed class Tidied
    {
        // Each line kept (where it is in its text, how much of it is kept: no trailing white space), and the line breaks
        // written before it.
        readonly List<(string Text, int Start, int Length, int Breaks)> kept = [];
        int length;
        bool blank;

        public int Length => length;

        public void Add(string raw) => Add(raw, 0, raw.Length);

        public void Add(string text, int start, int count)
        {
            var line = text.AsSpan(start, count).TrimEnd().Length;
            if (line == 0)
            {
                blank = true;
                return;
            }
            var breaks = kept.Count == 0 ? 0 : blank ? 2 : 1;
            blank = false;
            kept.Add((text, start, line, breaks));
            length += breaks + line;
        }

        public override string ToString() => string.Create(length, kept, static (text, kept) =>
        {
            var at = 0;
            foreach (var (line, start, length, breaks) in kept)
            {
                text.Slice(at, breaks).Fill('\n');
                at += breaks;
                line.AsSpan(start, length).CopyTo(text[at..]);
                at += length;
            }
        });
    }

    // "reply On Wed, Apr 4, 2012 at 3:59 PM, bob@example.com wrote:" — a client glued the attribution to the reply.
    [GeneratedRegex(@"^(?<reply>.*?\S)\s*-*\s*(?<attribution>\b(On|Le|Am|El|Il|Em|Op)\s.{6,200}\s(wrote|a écrit|schrieb|escribió|ha scritto|escreveu|schreef)\s*:)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SharedLine();

    static string[] SplitSharedLines(string[] lines)
    {
        List<string>? result = null;
        for (var i = 0; i < lines.Length; i++)
        {
            // The cheap tests first: the line ends in ":" and in a "wrote" verb before the costly split is tried.
            var m = lines[i].Length < 400 && lines[i].TrimEnd().EndsWith(':') && NextNonBlankIsQuoted(lines, i + 1, lines.Length) && !IsQuoted(lines[i])
                && WroteEnding().IsMatch(lines[i]) ? SharedLine().Match(lines[i]) : Match.Empty;
            if (m.Success)
            {
                result ??= [.. lines[..i]];
                result.Add(m.Groups["reply"].Value.TrimEnd('-', ' '));
                result.Add(m.Groups["attribution"].Value);
            }
            else
            {
                result?.Add(lines[i]);
            }
        }
        return result?.ToArray() ?? lines;
    }

    /// <summary>Collapses runs of blank lines to one and trims the ends.</summary>
    public static string Tidy(string text)
    {
        // The lines are read where they stand, not split into strings of their own first (every HTML body is tidied).
        var tidied = new Tidied();
        for (var start = 0; ;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                tidied.Add(text, start, text.Length - start);
                break;
            }
            tidied.Add(text, start, end - start);
            start = end + 1;
        }
        // Nothing to take out (the tidied text is never longer): the text is its own tidy copy.
        return tidied.Length == text.Length ? text : tidied.ToString();
    }

    static bool StartsUnprefixedHistory(string[] lines, int i, out int headerEnd)
    {
        headerEnd = i;
        var line = lines[i];
        if (IsBlank(line) || IsQuoted(line) && !IsForwardBanner(line))
            return false;
        // Mobile clients put "Sent from my iPhone" under what was typed; whatever follows it is the old message.
        if (i > 0 && Signatures.IsDeviceLine(lines[PreviousNonBlank(lines, i)]) && !Signatures.IsDeviceLine(line) && HasText(lines, 0, PreviousNonBlank(lines, i)))
        {
            headerEnd = i;
            return true;
        }
        if (IsSeparatorLine(line))
        {
            headerEnd = Math.Min(lines.Length - 1, i + 12);
            return true;
        }
        if (IsForwardBanner(line) && !NextNonBlankIsQuoted(lines, i + 1, lines.Length))
        {
            headerEnd = Math.Min(lines.Length - 1, i + 12);
            return true;
        }
        if (FirstNonSpace(line) == '-' && ForwardedByBanner().IsMatch(line))
        {
            headerEnd = Math.Min(lines.Length - 1, i + 12);
            return true;
        }
        if (NotesHeaderAt(lines, i, out headerEnd) || NotesFieldsAt(lines, i, out headerEnd))
            return true;
        if (FirstNonSpace(line) is '_' or '-' && UnderscoreRule().IsMatch(line) && HeaderBlockAt(lines, NextNonBlank(lines, i + 1), out headerEnd))
            return true;
        if (HeaderBlockAt(lines, i, out headerEnd) && !IsQuoted(line))
            return true;
        // An attribution with no ">" lines after it: the history below is not prefixed (some clients, forwards).
        if (AttributionAt(lines, i, out var last) && !NextNonBlankIsQuoted(lines, last + 1, lines.Length))
        {
            headerEnd = last;
            return true;
        }
        return false;
    }

    /// <summary>
    /// A Lotus Notes head of a quoted or forwarded message, as real 2001 mail writes it:
    /// "Jane Doe/HOU/ECT@ECT on 05/14/2001 10:22 AM" (or "Jane Doe" over "05/14/2001 10:22 AM", or
    /// "Enron North America Corp.  From:  Jane Doe   05/14/2001 10:22 AM"), then within a few lines a "To:" field and
    /// a "cc:" or "Subject:" field under it. A date with a time is required above the fields, so a memo that opens
    /// with its own "To: All Employees" is not history.
    /// </summary>
    static bool NotesHeaderAt(string[] lines, int i, out int end)
    {
        end = i;
        var line = lines[i];
        if (line.Length > 200 || IsNotesTo(line))
            return false;
        int dateLine;
        if (HasDigit(line) && NotesDateTime().IsMatch(line))
        {
            dateLine = i;
        }
        else if (i + 1 < lines.Length && line.AsSpan().Trim() is { Length: > 0 and <= 120 } name && name[^1] is not ('.' or '!' or '?' or ':' or ',')
                 && HasDigit(lines[i + 1]) && NotesDateTime().Match(lines[i + 1]) is { Success: true } below
                 && lines[i + 1][..below.Index].Trim().Length == 0)
        {
            dateLine = i + 1; // the name (or "who … on") on its own line, the date and time alone below it
        }
        else
        {
            return false;
        }
        // "To:" within five lines ("Sent by:", "Please respond to", blank lines between), then "cc:" or "Subject:".
        for (var k = dateLine + 1; k < lines.Length && k <= dateLine + 5; k++)
        {
            if (!IsNotesTo(lines[k]))
                continue;
            for (var f = k + 1; f < lines.Length && f <= k + 8; f++)
                if (lines[f].Contains(':') && NotesCcOrSubject().IsMatch(lines[f]))
                {
                    end = f;
                    return true;
                }
            return false;
        }
        return false;
    }

    /// <summary>
    /// A Lotus Notes head whose "who on date" line was lost or sent as "Sent by:": "To:" (wrapped over lines, maybe),
    /// then at once "cc:" (Notes writes it even when empty), then "Subject:" within three lines. Only below what the sender
    /// wrote: a message that opens with such fields is itself the memo.
    /// </summary>
    static bool NotesFieldsAt(string[] lines, int i, out int end)
    {
        end = i;
        if (!IsNotesTo(lines[i]) || !HasText(lines, 0, i))
            return false;
        var k = i + 1;
        while (k < lines.Length && k <= i + 6 && lines[k].Length > 0 && char.IsWhiteSpace(lines[k][0]) && lines[k].Trim().Length > 0)
            k++; // the recipients wrapped onto indented lines
        if (k >= lines.Length || !lines[k].TrimStart().StartsWith("cc", StringComparison.OrdinalIgnoreCase) || !NotesCcOrSubject().IsMatch(lines[k]))
            return false;
        for (var f = k + 1; f < lines.Length && f <= k + 4; f++)
            if (lines[f].TrimStart().StartsWith("subject", StringComparison.OrdinalIgnoreCase) && NotesCcOrSubject().IsMatch(lines[f]))
            {
                end = f;
                return true;
            }
        return false;
    }

    /// <summary>A From:/Date:/Subject: block of a quoted message: a From or Date field and at least one more field near it.</summary>
    static bool HeaderBlockAt(string[] lines, int i, out int end)
    {
        end = i;
        if (i < 0 || i >= lines.Length)
            return false;
        var first = lines[i];
        // Both fields need a colon: most lines are prose without one, and skip the patterns.
        var hasFromOrDate = HasColon(first) && (FromField().IsMatch(first) || DateField().IsMatch(first));
        if (!(hasFromOrDate || first.AsSpan().TrimStart("* \t").StartsWith("subject", StringComparison.OrdinalIgnoreCase) || first.AsSpan().TrimStart("* \t").StartsWith("sujet", StringComparison.OrdinalIgnoreCase)))
            return false;
        var fields = 1;
        var gaps = 0;
        for (var k = i + 1; k < lines.Length && k <= i + 12; k++)
        {
            if (IsBlank(lines[k]))
            {
                if (++gaps > 3) break;
                continue;
            }
            if (HasColon(lines[k]) && HeaderField().IsMatch(lines[k]))
            {
                fields++;
                hasFromOrDate |= FromField().IsMatch(lines[k]) || DateField().IsMatch(lines[k]);
                end = k;
                gaps = 0;
            }
            else if (k == end + 1 && lines[k].Length < 100 && k + 1 < lines.Length && HasColon(lines[k + 1]) && HeaderField().IsMatch(lines[k + 1]))
            {
                // A long subject or recipient list wrapped onto the next line.
                end = k;
            }
            else
            {
                break;
            }
        }
        return fields >= 2 && hasFromOrDate;
    }

    /// <summary>An "On … wrote:" attribution starting at line i, wrapped over up to six lines; last is its final line.</summary>
    static bool AttributionAt(string[] lines, int i, out int last)
    {
        last = i;
        // Measured before it is copied: a long line of prose is no attribution.
        var trimmed = lines[i].AsSpan().Trim().TrimStart("- ");
        if (trimmed.Length == 0 || trimmed.Length > 300)
            return false;
        var first = trimmed.Length == lines[i].Length ? lines[i] : trimmed.ToString();
        if (char.IsDigit(FirstNonSpace(first)) && DateThenAddress().IsMatch(first))
            return true;
        var dashed = lines[i].AsSpan().TrimStart().StartsWith("--", StringComparison.Ordinal);
        var opens = AttributionStart().IsMatch(first); // asked once: every test below needs it
        // Most lines are prose: without a colon or dashes in reach, only an "On …"-style opening can start an attribution.
        if (!dashed && !opens)
        {
            var reach = false;
            for (var k = i; k < lines.Length && k <= i + 2 && !reach; k++)
                reach = HasColon(lines[k]) || lines[k].Contains("--", StringComparison.Ordinal);
            if (!reach)
                return false;
        }
        if (!opens && !first.Contains('@') && !first.Contains('<') && !dashed && !HasDigit(first))
            return false;
        var joined = first;
        for (var k = i; k < lines.Length && k < i + 6; k++)
        {
            if (k > i)
            {
                var next = lines[k].Trim();
                // Only a line that opens like an attribution may run on past a blank line (Polymail wraps "<address>" apart).
                if (next.Length == 0 && !opens || k > i + 2 && !opens)
                    return false;
                if (next.Length == 0)
                    continue;
                joined += " " + next;
            }
            if (joined.Length > 400)
                return false;
            // Every attribution ends in ":" or "--", or (English and kin, no colon) in the verb itself: skip the regexes otherwise.
            var end = joined[^1];
            if (end != ':' && end != '-' && !(char.IsLetter(end) && opens))
                continue;
            // "30.09.2017, 18.30, "John" <john@x.com>:" and its kin in every language: a date, an address, a colon.
            if (joined.EndsWith(':') && AddressInBrackets().IsMatch(joined) && DateOrTime().IsMatch(joined) && !HeaderField().IsMatch(first))
            {
                last = k;
                return true;
            }
            if (WroteEnding().IsMatch(joined) || WroteNoColon().IsMatch(joined) && joined.Contains('@'))
            {
                // A sentence that happens to end in "wrote:" is prose: attributions carry a date, an address or a name.
                if (!opens && !joined.Contains('@') && !dashed)
                    return false;
                if (joined.Contains(". ") && !HasDigit(joined) && !joined.Contains('@'))
                    return false;
                last = k;
                return true;
            }
        }
        return false;
    }

    /// <summary>The attribution line(s) just above a quoted block (blank lines between allowed), or -1.</summary>
    static int AttributionAbove(string[] lines, int quoteStart, out string? from, out string? date)
    {
        from = date = null;
        var k = quoteStart - 1;
        while (k >= 0 && IsBlank(lines[k]))
            k--;
        if (k < 0)
            return -1;
        for (var startLine = Math.Max(0, k - 5); startLine <= k; startLine++)
        {
            if (IsBlank(lines[startLine]) || IsQuoted(lines[startLine]) && startLine != k)
                continue;
            if (AttributionAt(lines, startLine, out var last) && last >= k)
            {
                (from, date) = ReadAttribution(lines, startLine, last);
                return startLine;
            }
        }
        return -1;
    }

    static int ForwardBannerAbove(string[] lines, int quoteStart)
    {
        var k = quoteStart - 1;
        while (k >= 0 && IsBlank(lines[k]))
            k--;
        return k >= 0 && (IsForwardBanner(lines[k]) || IsSeparatorLine(lines[k])) ? k : -1;
    }

    static (string? From, string? Date) ReadHeader(string[] lines, int start, int end)
    {
        string? from = null, date = null;
        for (var k = start; k <= end && k < lines.Length; k++)
        {
            var m = HeaderField().Match(lines[k]);
            if (!m.Success)
                continue;
            if (from is null && FromField().IsMatch(lines[k]))
                from = m.Groups["value"].Value;
            else if (date is null && DateField().IsMatch(lines[k]))
                date = m.Groups["value"].Value;
        }
        if (from is null && date is null && AttributionAt(lines, start, out var last))
            return ReadAttribution(lines, start, last);
        if (from is null && date is null && NotesHeaderAt(lines, start, out _))
        {
            // "who on date" on one line (or wrapped over two), else a name line over a date line.
            var head = NotesDateTime().IsMatch(lines[start]) || start + 1 >= lines.Length ? lines[start].Trim() : lines[start].Trim() + " " + lines[start + 1].Trim();
            if (NotesWhoOnDate().Match(head) is { Success: true } notes)
                return (notes.Groups["who"].Value, notes.Groups["date"].Value);
            if (!NotesDateTime().IsMatch(lines[start]))
                return (lines[start].Trim(), lines[start + 1].Trim());
        }
        return (from, date);
    }

    static (string? From, string? Date) ReadAttribution(string[] lines, int start, int last)
    {
        var joined = string.Join(" ", lines[start..(last + 1)].Select(l => l.Trim()).Where(l => l.Length > 0));
        joined = Regex.Replace(joined, @"<\s+", "<");
        if (DateThenAddress().Match(joined) is { Success: true } gmail)
            return (gmail.Groups["who"].Value.Trim(), gmail.Groups["date"].Value);
        if (VerbThenWho().Match(joined) is { Success: true } verbFirst)
            return (verbFirst.Groups["who"].Value.Trim(), verbFirst.Groups["date"].Value.Trim().TrimEnd(','));
        var who = WhoWrote().Match(joined);
        if (!who.Success)
            return (null, null);
        var head = who.Groups["who"].Value.Trim();
        var onDate = OnDateWho().Match(head);
        if (onDate.Success)
            return (onDate.Groups["who"].Value.Trim(), onDate.Groups["date"].Value.Trim().TrimEnd(','));
        return (head, null);
    }

    static string? Clean(string? value)
    {
        if (value is null)
            return null;
        var v = value.Trim().Trim('*').Trim();
        return v.Length == 0 ? null : v;
    }

    /// <summary>A quoted line re-wrapped by a client that lost its "&gt;": it continues the line above in lower case, or sits between quoted lines.</summary>
    static bool IsLostContinuation(string[] lines, int i, int cut)
    {
        var line = lines[i];
        if (IsBlank(line) || IsQuoted(line) || !IsQuoted(lines[i - 1]))
            return false;
        var sandwiched = i + 1 < cut && IsQuoted(lines[i + 1]);
        var previousHasText = lines[i - 1].TrimStart().TrimStart('>').Trim().Length > 0;
        return sandwiched || previousHasText && char.IsLower(line.TrimStart()[0]);
    }

    static bool IsBlank(string line) => string.IsNullOrWhiteSpace(line);

    // Cheap tests that a pattern needs before it is run: most lines are prose, and a call costs more than the test. Each
    // says what every match has: a first or last character other than white space, a colon, a digit.
    static char FirstNonSpace(string line) => line.AsSpan().TrimStart() is [var c, ..] ? c : '\0';

    static bool IsSeparatorLine(string line) => FirstNonSpace(line) is '-' or '_' or '=' or '*' && SeparatorLine().IsMatch(line);

    static bool IsForwardBanner(string line) => line.AsSpan().TrimEnd() is [.., ':'] && ForwardBanner().IsMatch(line);

    static bool IsRuleLine(string line) => FirstNonSpace(line) is '-' or '=' or '_' or '*' or '~' && RuleLine().IsMatch(line);

    static bool IsNotesTo(string line) => line.Contains(':') && NotesTo().IsMatch(line);

    // \d is any Unicode decimal digit, as char.IsDigit is.
    static bool HasDigit(string line)
    {
        foreach (var c in line)
            if (char.IsDigit(c))
                return true;
        return false;
    }

    public static bool IsQuoted(string line) => line.AsSpan().TrimStart().StartsWith('>');

    static bool HasText(string[] lines, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!IsBlank(lines[k]) && !IsQuoted(lines[k]))
                return true;
        return false;
    }

    static int PreviousNonBlank(string[] lines, int from)
    {
        for (var k = from - 1; k >= 0; k--)
            if (!IsBlank(lines[k]))
                return k;
        return 0;
    }

    static int NextNonBlank(string[] lines, int from)
    {
        for (var k = from; k < lines.Length; k++)
            if (!IsBlank(lines[k]))
                return k;
        return -1;
    }

    static bool NextNonBlankIsQuoted(string[] lines, int from, int to)
    {
        for (var k = from; k < to; k++)
            if (!IsBlank(lines[k]))
                return IsQuoted(lines[k]);
        return false;
    }
}
