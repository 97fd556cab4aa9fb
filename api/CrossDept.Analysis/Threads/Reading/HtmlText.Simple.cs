using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace CrossDept.Threads.Reading;

public static partial class HtmlText
{
    // In a tag's id or class, the names the history rules look for (RemoveHistory's selectors): such a message takes the full parse.
    static readonly string[] HistoryNames =
    [
        "appendonsend", "divRplyFwdMsg", "OLK_SRC_BODY_SECTION", "OutlookMessageHeader", "mail-editor-reference-message-container",
        "gmail_quote", "moz-cite-prefix", "yahoo_quoted", "yahoo-quoted-begin", "protonmail_quote", "zmail_extra",
    ];

    /// <summary>
    /// The text of HTML whose DOM is exactly its tags as written, read from AngleSharp's tokens without building the DOM;
    /// null when the HTML needs the full parse (<see cref="ToText"/> then builds it). Building the document was most of
    /// reading a message (about 20 µs each, whatever its size: the document, its URL, its load events), and most mail is
    /// a body of paragraphs, line breaks and inline formatting. Only that is read here: every tag is one the tree builder
    /// inserts as written (no table, heading, pre or quote), every end tag closes the element opened last, no block opens
    /// inside a paragraph (which the builder would close first), and nothing names what <see cref="RemoveHistory"/> looks
    /// for. Anything else gives up, so the text is the one the DOM walk writes, byte for byte.
    /// </summary>
    static string? SimpleText(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        var writer = new Writer(new StringBuilder(html.Length / 3));
        // The elements open inside <body>, with what their end writes and how many <li> they hold so far.
        var open = new List<(string Name, bool OutlookLine, int Items)>();
        var bodyItems = 0;
        var inBody = false;
        var afterBody = false;
        var sawHtml = false;
        var sawHead = false;
        string? rawUntil = null; // inside the head's <title> or <style>: text up to its end tag
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    if (!inBody)
                        return null;
                    for (var k = open.Count - 1; k >= 0; k--)
                        writer.Close(open[k].Name, open[k].OutlookLine);
                    return writer.Finish();
                case HtmlTokenType.Comment or HtmlTokenType.Doctype:
                    continue; // never written
                case HtmlTokenType.Character:
                    if (rawUntil is not null)
                        continue;
                    if (inBody && !afterBody)
                    {
                        if (token.Data.Contains('\0'))
                            return null; // the tree builder drops it
                        writer.WriteText(token.Data);
                    }
                    else if (!IsHtmlWhiteSpace(token.Data))
                        return null; // text outside the body: the builder moves it into one
                    continue;
                case HtmlTokenType.EndTag:
                    var end = token.Name;
                    if (!inBody)
                    {
                        if (end == rawUntil)
                            rawUntil = null;
                        else if (end != "head")
                            return null;
                    }
                    else if (end is "body" or "html")
                        afterBody = true; // whitespace after it is only trimmed; anything else gives up
                    else if (afterBody || open.Count == 0 || open[^1].Name != end)
                        return null;
                    else
                    {
                        writer.Close(end, open[^1].OutlookLine);
                        open.RemoveAt(open.Count - 1);
                    }
                    continue;
                case HtmlTokenType.StartTag:
                    var tag = (HtmlTagToken)token;
                    var name = tag.Name;
                    if (!inBody)
                    {
                        switch (name)
                        {
                            case "html" when !sawHtml:
                                sawHtml = true;
                                continue;
                            case "head" when !sawHead:
                                sawHead = true;
                                continue;
                            case "meta" or "link":
                                continue;
                            case "title" or "style":
                                rawUntil = name;
                                tokenizer.State = name == "title" ? HtmlParseMode.RCData : HtmlParseMode.Rawtext;
                                continue;
                            case "body":
                                inBody = true;
                                continue;
                        }
                        inBody = true; // the first tag of the body's content opens it
                    }
                    if (afterBody || !IsWrittenAsTagged(tag, open))
                        return null;
                    if (name == "br")
                    {
                        writer.Open(name, false, 0, null);
                        continue;
                    }
                    if (name == "img")
                        continue; // void, and never written
                    var outlookLine = name == "p" && Writer.IsOutlookLine(tag.GetAttribute("class"));
                    var item = 0;
                    if (name == "li")
                    {
                        if (open.Count == 0)
                            item = ++bodyItems;
                        else
                            open[^1] = open[^1] with { Items = item = open[^1].Items + 1 };
                    }
                    writer.Open(name, outlookLine, item, open.Count == 0 ? "body" : open[^1].Name);
                    open.Add((name, outlookLine, 0));
                    continue;
                default:
                    return null;
            }
        }
    }

    /// <summary>
    /// Whether the tree builder inserts this start tag where it stands, as a child of the element opened last, and the
    /// history rules would not touch it.
    /// </summary>
    static bool IsWrittenAsTagged(HtmlTagToken tag, List<(string Name, bool OutlookLine, int Items)> open)
    {
        var name = tag.Name;
        switch (name)
        {
            case "span" or "font" or "b" or "strong" or "i" or "em" or "u" or "s" or "o:p" or "br" or "img":
                break;
            case "a":
                // A link inside a link is closed first (the adoption agency).
                if (open.Exists(e => e.Name == "a"))
                    return false;
                break;
            case "div" or "p" or "ul" or "ol" or "li":
                // These close an open paragraph first.
                if (open.Exists(e => e.Name == "p"))
                    return false;
                // An item closes the item still open in its list.
                if (name == "li")
                    for (var k = open.Count - 1; k >= 0 && open[k].Name is not ("ul" or "ol"); k--)
                        if (open[k].Name == "li")
                            return false;
                break;
            default:
                return false;
        }
        // A non-void tag written as self-closing stays open; Outlook's hidden <o:p> is removed as junk.
        if (tag.IsSelfClosing && name is not ("br" or "img") || name == "o:p" && tag.Attributes.Exists(a => a.Name == "hidden"))
            return false;
        foreach (var attribute in (ReadOnlySpan<string>)["id", "class"])
            foreach (var history in HistoryNames)
                if (tag.GetAttribute(attribute).Contains(history, StringComparison.OrdinalIgnoreCase))
                    return false;
        return !tag.GetAttribute("style").Contains("border-top", StringComparison.OrdinalIgnoreCase);
    }

    static bool IsHtmlWhiteSpace(string data)
    {
        foreach (var c in data)
            if (c is not (' ' or '\t' or '\n' or '\r' or '\f'))
                return false;
        return true;
    }
}
