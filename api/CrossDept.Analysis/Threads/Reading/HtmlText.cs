using System.Text;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace CrossDept.Threads.Reading;

/// <summary>
/// HTML body to plain text with AngleSharp, dropping quoted history by its structure first: Outlook's
/// <c>appendonsend</c>/<c>divRplyFwdMsg</c>/<c>OLK_SRC_BODY_SECTION</c> and hr- or border-topped From: blocks
/// (everything below is history), Gmail's <c>gmail_quote</c>, Apple/Thunderbird <c>blockquote type=cite</c>,
/// <c>moz-cite-prefix</c>, <c>yahoo_quoted</c>. A removed quote leaves a "&gt;" line so the plain-text rules
/// still drop the attribution above it and keep what was written below it.
/// </summary>
public static partial class HtmlText
{
    static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    // Outlook writes the history after these ids; nothing the sender wrote follows them, so the parse can stop there.
    static readonly string[] OutlookHistoryIds = ["appendonsend", "divRplyFwdMsg", "OLK_SRC_BODY_SECTION"];

    // Quote containers whose whole element is history wherever it sits (Gmail, Apple Mail, Thunderbird): tag and opening attribute.
    static readonly (string Tag, string Attribute)[] QuoteContainers =
    [
        ("div", "class=\"gmail_quote"), ("div", "class='gmail_quote"), ("blockquote", "type=\"cite\""), ("blockquote", "type=cite"),
    ];

    public static string ToText(string html)
    {
        var own = FlattenDeepNesting(CutQuoteContainers(TruncateAtOutlookHistory(html)));
        if (SimpleText(own) is { } simple)
            return simple;
        var document = Parser.ParseDocument(own);
        var body = (IElement?)document.Body ?? document.DocumentElement;
        RemoveHistory(body);
        // Sized by what is parsed, not by the whole message: a reply's text was given room for its history's too.
        var sb = new StringBuilder(own.Length / 3);
        var writer = new Writer(sb);
        writer.Walk(body);
        return writer.Finish();
    }

    /// <summary>Cuts the raw HTML at Outlook's history marker before parsing: history grows with the thread, the new text does not.</summary>
    static string TruncateAtOutlookHistory(string html)
    {
        // One pass over the ids in the text (a vectorised search), not one full scan per marker.
        for (var at = html.IndexOf("id=", StringComparison.Ordinal); at >= 0; at = html.IndexOf("id=", at + 3, StringComparison.Ordinal))
        {
            var value = html.AsSpan(at + 3).TrimStart("\"'");
            foreach (var id in OutlookHistoryIds)
                if (value.StartsWith(id, StringComparison.OrdinalIgnoreCase))
                {
                    var tagStart = html.LastIndexOf('<', at);
                    return tagStart >= 0 ? html[..tagStart] : html;
                }
        }
        return html;
    }

    /// <summary>
    /// Deepest element nesting kept. AngleSharp's tree builder checks the stack of open elements for every tag, so its cost
    /// grows with depth × tags: 100,000 nested &lt;div&gt;s in 1 MB took 76 s of CPU. No mail a person wrote nests this deep.
    /// </summary>
    internal const int MaxDepth = 256;

    static readonly HashSet<string> VoidElements = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    /// <summary>
    /// Drops the tags (never the text) nested deeper than <see cref="MaxDepth"/>, so the parse after it costs a bounded
    /// amount per byte. AngleSharp's own tokenizer finds the tags; the depth is counted as a simple stack (an end tag closes
    /// up to its match, as the tree builder would), and the source is copied verbatim around each dropped tag.
    /// </summary>
    static string FlattenDeepNesting(string html)
    {
        // Fewer tags than the cap cannot nest deeper than it: most mail skips the pass.
        if (html.AsSpan().Count('<') <= MaxDepth)
            return html;
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var open = new List<string>(MaxDepth);
        var dropped = new Dictionary<string, int>(StringComparer.Ordinal);
        StringBuilder? result = null;
        var copied = 0;
        var dropFrom = -1;
        while (true)
        {
            var token = tokenizer.Get();
            var start = Math.Min(html.Length, Math.Max(0, token.Position.Position - 1)); // positions count from 1
            if (dropFrom >= 0)
            {
                result ??= new StringBuilder(html.Length);
                result.Append(html, copied, dropFrom - copied);
                copied = start;
                dropFrom = -1;
            }
            if (token.Type == HtmlTokenType.EndOfFile)
                break;
            var name = token.Name;
            if (token is HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
            {
                // Script and style hold text, not tags, as the tree builder would tell the tokenizer.
                tokenizer.State = name switch
                {
                    "script" => HtmlParseMode.Script,
                    "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                    "textarea" or "title" => HtmlParseMode.RCData,
                    _ => tokenizer.State,
                };
                if (tag.IsSelfClosing || VoidElements.Contains(name))
                    continue;
                if (open.Count < MaxDepth)
                {
                    open.Add(name);
                    continue;
                }
                dropped[name] = dropped.GetValueOrDefault(name) + 1;
                dropFrom = start;
            }
            else if (token.Type == HtmlTokenType.EndTag)
            {
                if (dropped.GetValueOrDefault(name) is > 0 and var n)
                {
                    dropped[name] = n - 1;
                    dropFrom = start;
                    continue;
                }
                var at = open.LastIndexOf(name);
                if (at >= 0)
                    open.RemoveRange(at, open.Count - at);
            }
        }
        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    /// <summary>
    /// Replaces each quote container with a "&gt;" marker in the raw HTML, by counting its tag's nesting, before parsing:
    /// a thread's history nests every earlier message and would otherwise be parsed in full for every reply.
    /// Written by hand for speed; the DOM pass in <see cref="RemoveHistory"/> still catches what this does not.
    /// </summary>
    static string CutQuoteContainers(string html)
    {
        StringBuilder? result = null;
        var copied = 0;
        // Where each container's attribute next occurs: searched again only once the cut has passed it, so many
        // containers cost one scan per attribute, not one per container.
        var next = new int[QuoteContainers.Length];
        Array.Fill(next, -2);
        while (true)
        {
            var (start, tag) = NextContainer(html, copied, next);
            if (start < 0)
                break;
            var end = ClosingOf(html, start, tag);
            if (end < 0)
                break; // unbalanced: leave it to the parser
            result ??= new StringBuilder(Math.Min(html.Length, start + 4096));
            result.Append(html, copied, start - copied).Append("<div>&gt;</div>");
            copied = end;
        }
        return result is null ? html : result.Append(html, copied, html.Length - copied).ToString();
    }

    static (int Start, string Tag) NextContainer(string html, int from, int[] next)
    {
        var best = (-1, "");
        for (var k = 0; k < QuoteContainers.Length; k++)
        {
            var (tag, attribute) = QuoteContainers[k];
            // Only an attribute before the best opening found so far can open an earlier container (the tag it sits in
            // would open after that "<"), so the search stops there: an attribute a thread never uses was looked for to
            // the end of every message's whole history. Past that limit its place is unknown (-2), not absent (-1).
            var limit = best.Item1 < 0 ? html.Length : best.Item1;
            while (true)
            {
                if (next[k] == -2 || next[k] >= 0 && next[k] < from)
                    next[k] = Find(html, attribute, Math.Max(from, next[k] + 1), limit);
                var at = next[k];
                if (at < 0 || at >= limit)
                    break;
                var open = html.LastIndexOf('<', at);
                if (open < from || html.IndexOf('>', open, at - open) >= 0 || string.Compare(html, open + 1, tag, 0, tag.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    next[k] = Find(html, attribute, at + 1, limit); // not in a tag of its kind: look further
                    continue;
                }
                if (best.Item1 < 0 || open < best.Item1)
                    best = (open, tag);
                break;
            }
        }
        return best;
    }

    /// <summary>Where <paramref name="attribute"/> first occurs in [start, limit): -1 when nowhere after start, -2 when not before the limit.</summary>
    static int Find(string html, string attribute, int start, int limit)
    {
        if (start >= limit)
            return limit == html.Length ? -1 : -2;
        var at = html.IndexOf(attribute, start, limit - start, StringComparison.OrdinalIgnoreCase);
        return at >= 0 ? at : limit == html.Length ? -1 : -2;
    }

    /// <summary>
    /// The index just past the element's closing tag, counting nested elements of the same name; -1 if unbalanced. Written by
    /// hand, and it looks for the tag's name rather than at every "&lt;": a quote holds the whole earlier thread, and most
    /// of its tags are other tags.
    /// </summary>
    static int ClosingOf(string html, int start, string tag)
    {
        var depth = 0;
        for (var at = html.IndexOf(tag, start, StringComparison.OrdinalIgnoreCase); at >= 0; at = html.IndexOf(tag, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            // "<tag" opens, "</tag" closes, when the name ends there ("<divx" is another tag).
            var lt = at >= 1 && html[at - 1] == '<' ? at - 1 : at >= 2 && html[at - 1] == '/' && html[at - 2] == '<' ? at - 2 : -1;
            if (lt < start || at + tag.Length >= html.Length || char.IsLetterOrDigit(html[at + tag.Length]))
                continue;
            depth += lt == at - 2 ? -1 : 1;
            if (depth == 0)
            {
                var gt = html.IndexOf('>', lt);
                return gt < 0 ? -1 : gt + 1;
            }
        }
        return -1;
    }

    // The selectors below, parsed once: QuerySelectorAll(string) looked each up again for every element it was asked of.
    static readonly CssSelectorParser Selectors = new();
    static readonly ISelector Junk = Selectors.ParseSelector("style, script, head, title, meta, link, xml, o\\:p[hidden]")!;
    static readonly ISelector HistoryStart = Selectors.ParseSelector(
        "#appendonsend, #divRplyFwdMsg, #OLK_SRC_BODY_SECTION, div.OutlookMessageHeader, div[id^='mail-editor-reference-message-container']")!;
    static readonly ISelector Quotes = Selectors.ParseSelector(
        "div.gmail_quote, blockquote[type='cite'], div.moz-cite-prefix, div.yahoo_quoted, " +
        "div.yahoo-quoted-begin, blockquote.yahoo_quoted, div#divRplyFwdMsg, div.protonmail_quote, blockquote[data-mce-style], div.zmail_extra, " +
        "blockquote[style*='border-left'], blockquote[style*='BORDER-LEFT']")!;
    static readonly ISelector Blockquote = Selectors.ParseSelector("blockquote")!;
    static readonly ISelector BorderTop = Selectors.ParseSelector("div[style*='border-top'], div[style*='BORDER-TOP']")!;
    static readonly ISelector Rule = Selectors.ParseSelector("hr")!;

    static void RemoveHistory(IElement root)
    {
        foreach (var junk in root.ChildNodes.QuerySelectorAll(Junk).ToArray())
            junk.Remove();

        // Everything from these on is the old message.
        var cutAt = root.ChildNodes.QuerySelector(HistoryStart)
            ?? OutlookBorderHeader(root)
            ?? RuleAboveHeader(root);
        if (cutAt is not null)
            RemoveFrom(cutAt);

        var quotes = root.ChildNodes.QuerySelectorAll(Quotes).ToArray();
        // A bare <blockquote> quotes too (Outlook Web, older clients), but only the last one at the top level:
        // one that more quoting follows is the sender's own indentation.
        var bare = root.ChildNodes.QuerySelectorAll(Blockquote).Where(b => b.Attributes.Length == 0 && b.ParentElement?.Closest("blockquote") is null).ToArray();
        // A blockquote holding the whole message is not a quote: a reply has something before its quote.
        if (bare.Length > 0 && !quotes.Any(q => bare[^1].CompareDocumentPosition(q).HasFlag(DocumentPositions.Following))
            && !root.TextContent.TrimStart().StartsWith(bare[^1].TextContent.Trim(), StringComparison.Ordinal))
            quotes = [.. quotes, bare[^1]];
        foreach (var quote in quotes)
        {
            if (quote.Parent is null)
                continue; // already removed with an enclosing quote
            var marker = quote.Owner!.CreateElement("div");
            marker.TextContent = ">";
            quote.Replace(marker);
        }
    }

    /// <summary>Outlook desktop: a div with a top border whose first paragraph starts with a bold "From:".</summary>
    static IElement? OutlookBorderHeader(IElement root)
    {
        foreach (var div in root.ChildNodes.QuerySelectorAll(BorderTop))
        {
            if (StartsWithHeaderField(LeadingText(div)))
                return div.ParentElement is { } parent && parent.LocalName == "div" && parent.Children.Length == 1 ? parent : div;
        }
        return null;
    }

    /// <summary>An &lt;hr&gt; followed by a From:/De:/Von: block: the history below it.</summary>
    static IElement? RuleAboveHeader(IElement root)
    {
        foreach (var hr in root.ChildNodes.QuerySelectorAll(Rule))
        {
            var next = NextContent(hr);
            if (next is not null && StartsWithHeaderField(next))
                return hr;
        }
        return null;
    }

    static string? NextContent(INode node)
    {
        for (var n = Following(node); n is not null; n = Following(n))
        {
            var text = LeadingText(n);
            if (text.Length > 0)
                return text;
        }
        return null;
    }

    /// <summary>
    /// The first few dozen characters of text under a node, without whitespace at the start: enough to see a "From:"
    /// field. Reading a whole TextContent per candidate was quadratic in nested or long documents.
    /// </summary>
    static string LeadingText(INode node, int length = 40)
    {
        if (node is IText only)
            return only.Data.TrimStart();
        var sb = new StringBuilder();
        // Document order without recursion: down to the first child, else on to the next sibling, else up and on.
        var current = node.FirstChild;
        while (current is not null && sb.Length < length)
        {
            if (current is IText text)
                sb.Append(sb.Length == 0 ? text.Data.TrimStart() : text.Data);
            if (current.FirstChild is { } first)
            {
                current = first;
                continue;
            }
            while (current is not null && current != node && current.NextSibling is null)
                current = current.Parent;
            current = current is null || current == node ? null : current.NextSibling;
        }
        return sb.ToString();
    }

    static INode? Following(INode node)
    {
        for (var n = node; n is not null; n = n.Parent)
            if (n.NextSibling is { } sibling)
                return sibling;
        return null;
    }

    static bool StartsWithHeaderField(string text)
    {
        var t = text.AsSpan().TrimStart();
        foreach (var field in (ReadOnlySpan<string>)["From:", "From :", "De :", "De:", "Von:", "Da:", "Van:", "Od:", "Från:", "Fra:", "Lähettäjä:", "От:", "Kimden:", "Feladó:", "Dari:", "De la:", "发件人:", "发件人：", "差出人:", "보낸 사람:", "Từ:", "Από:", "Sent:", "Date:"])
            if (t.StartsWith(field, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Removes the node and everything after it in document order.</summary>
    static void RemoveFrom(INode node)
    {
        for (var n = node; n is not null && n is not IDocument && !(n is IElement { LocalName: "body" or "html" }); n = n.Parent)
            while (n.NextSibling is { } sibling)
                sibling.Parent!.RemoveChild(sibling);
        node.Parent?.RemoveChild(node);
    }

    /// <summary>Writes text with line breaks where the layout has them; whitespace collapsed as a browser would.</summary>
    sealed class Writer(StringBuilder sb)
    {
        int _pendingBreaks;
        bool _lineHasText;
        int _pre;

        public void Walk(INode node)
        {
            // Items are numbered as they come: counting earlier siblings for each one was quadratic in a long list.
            var item = 0;
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        WriteText(text.Data);
                        break;
                    case IElement element when !IsSkipped(element.LocalName):
                        var name = element.LocalName;
                        var outlookLine = name == "p" && IsOutlookLine(element.ClassName);
                        Open(name, outlookLine, name == "li" ? ++item : 0, element.ParentElement?.LocalName);
                        Walk(element);
                        Close(name, outlookLine);
                        break;
                }
            }
        }

        /// <summary>Elements whose content is never text of the message: neither they nor anything inside them is written.</summary>
        public static bool IsSkipped(string name) => name is "img" or "script" or "style" or "head" or "title";

        /// <summary>What an element's start writes, before its content: the line breaks of a block, a list item's number.</summary>
        // item: the element's number among its parent's <li> children (0 when it is no <li>); parent: the parent's tag name.
        public void Open(string name, bool outlookLine, int item, string? parent)
        {
            switch (name)
            {
                case "br":
                    NewLine();
                    _lineHasText = false;
                    sb.Append('\n');
                    return;
                case "hr":
                    Break(1);
                    return;
                case "p" when !outlookLine:
                case "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "pre":
                    Break(2);
                    if (name == "pre") _pre++;
                    return;
                case "li":
                    Break(1);
                    WriteText(parent == "ol" ? $"{item}. " : "- ");
                    return;
                case "td" or "th":
                    // A tab between cells, as a mail client's own text part writes a table: a row stays one line and
                    // its cells stay apart ("Task<TAB>Who<TAB>Due"), so an action table reads by column.
                    if (_lineHasText && _pendingBreaks == 0)
                    {
                        TrimTrailingSpace();
                        sb.Append('\t');
                    }
                    return;
                case "div" or "p" or "tr" or "section" or "article" or "header" or "footer" or "address" or "center" or "dl" or "dt" or "dd" or "figure" or "form" or "fieldset" or "nav" or "main" or "aside":
                    Break(1);
                    return;
            }
        }

        /// <summary>What an element's end writes, after its content.</summary>
        public void Close(string name, bool outlookLine)
        {
            switch (name)
            {
                case "p" when !outlookLine:
                case "blockquote" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "pre":
                    if (name == "pre") _pre--;
                    Break(2);
                    return;
                case "li":
                    Break(1);
                    return;
                case "div" or "p" or "tr" or "section" or "article" or "header" or "footer" or "address" or "center" or "dl" or "dt" or "dd" or "figure" or "form" or "fieldset" or "nav" or "main" or "aside":
                    Break(1);
                    return;
            }
        }

        public static bool IsOutlookLine(string? className) => className?.Contains("MsoNormal", StringComparison.OrdinalIgnoreCase) == true;

        void Break(int lines)
        {
            if (sb.Length == 0)
                return;
            _pendingBreaks = Math.Max(_pendingBreaks, lines);
        }

        void NewLine()
        {
            if (_pendingBreaks > 0)
                FlushBreaks();
        }

        void FlushBreaks()
        {
            if (sb.Length > 0)
            {
                // Count the newlines already there so a <br> followed by </p> does not add an extra blank line.
                var existing = 0;
                for (var k = sb.Length - 1; k >= 0 && sb[k] == '\n'; k--) existing++;
                for (var k = existing; k < _pendingBreaks; k++) sb.Append('\n');
            }
            _pendingBreaks = 0;
            _lineHasText = false;
        }

        public void WriteText(string data)
        {
            if (_pre > 0)
            {
                if (_pendingBreaks > 0) FlushBreaks();
                sb.Append(data.Replace("\r\n", "\n").Replace('\u00A0', ' '));
                _lineHasText = data.Length > 0 && data[^1] != '\n';
                return;
            }
            foreach (var c in data)
            {
                var ch = c == '\u00A0' ? ' ' : c;
                if (char.IsWhiteSpace(ch))
                {
                    if (_lineHasText && sb.Length > 0 && sb[^1] is not (' ' or '\t') && _pendingBreaks == 0)
                        sb.Append(' ');
                    continue;
                }
                if (_pendingBreaks > 0)
                {
                    TrimTrailingSpace();
                    FlushBreaks();
                }
                sb.Append(ch);
                _lineHasText = true;
            }
        }

        void TrimTrailingSpace()
        {
            while (sb.Length > 0 && sb[^1] == ' ')
                sb.Length--;
        }

        public string Finish() => QuotedHistory.Tidy(sb.ToString());
    }
}
