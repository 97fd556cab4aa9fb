using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>An email ready to open in Outlook: HTML with every piece of mail text encoded, and the same words as plain text.</summary>
public sealed record Draft(string Subject, IReadOnlyList<string> To, IReadOnlyList<string> Cc, string Html, string Text);

/// <summary>
/// Writes a draft's HTML and plain text side by side. Every string that came from mail goes through the HTML encoder,
/// so no markup from a message reaches the draft; the draft stays under Outlook's 32 KB reply-form limit.
/// </summary>
public sealed class DraftWriter
{
    /// <summary>Outlook's reply form refuses bodies above 32 KB; stay under it with room for the client's own markup.</summary>
    public const int MaxBodyBytes = 30_000;

    static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    readonly List<Block> blocks = [];

    public DraftWriter Paragraph(string text)
    {
        blocks.Add(new Block(BlockKind.Paragraph, [text]));
        return this;
    }

    public DraftWriter Numbered(IEnumerable<string> items)
    {
        blocks.Add(new Block(BlockKind.Numbered, items.ToList()));
        return this;
    }

    public DraftWriter Bulleted(IEnumerable<string> items)
    {
        blocks.Add(new Block(BlockKind.Bulleted, items.ToList()));
        return this;
    }

    /// <summary>The sign-off: "Thanks," and, on the next line, the name of whoever sends it (when known).</summary>
    public DraftWriter Closing(string words, string? signer) =>
        Paragraph(string.IsNullOrWhiteSpace(signer) ? words : $"{words}\n{signer.Trim()}");

    public DraftWriter Heading(string text)
    {
        blocks.Add(new Block(BlockKind.Heading, [text]));
        return this;
    }

    /// <summary>The draft, with list items dropped from the end (and a note saying so) if the body would exceed the limit.</summary>
    public Draft Build(string subject, IReadOnlyList<string> to, IReadOnlyList<string> cc)
    {
        var (html, text) = Render(blocks);
        if (!TooLong(html, text))
            return new Draft(subject, to, cc, html, text);
        var working = blocks.Select(b => b with { Items = b.Items.ToList() }).ToList();
        // Points are left out one at a time from the end of the longest list until the body fits. Rendering after each
        // one was quadratic (4,000 points: 10 s). Once one point is out, each further one makes both bodies strictly
        // shorter (a point costs more bytes than the note's count can grow), so the first count that fits is found by a
        // binary search over the same sequence of drops: O(n log n), and the very same draft.
        var drops = DropOrder(working);
        var dropped = 0;
        if (drops.Count > 0)
        {
            int low = 1, high = drops.Count;
            if (!Fits(Dropped(working, drops, high), high))
                low = high; // even every droppable point out is too long: shorten text below, as before
            else
                while (low < high)
                {
                    var mid = low + (high - low) / 2;
                    if (Fits(Dropped(working, drops, mid), mid))
                        high = mid;
                    else
                        low = mid + 1;
                }
            dropped = low;
            working = Dropped(working, drops, dropped);
            (html, text) = Render(WithNote(working, dropped));
        }
        while (TooLong(html, text))
        {
            var longest = working.Where(b => b.Kind is BlockKind.Numbered or BlockKind.Bulleted && b.Items.Count > 1)
                .OrderByDescending(b => b.Items.Count).FirstOrDefault();
            if (longest is not null)
            {
                ((List<string>)longest.Items).RemoveAt(longest.Items.Count - 1);
                dropped++;
            }
            else
            {
                // One enormous paragraph (a pasted message): shorten the longest piece of text instead.
                var block = working.OrderByDescending(b => b.Items.Max(i => i.Length)).First();
                var list = (List<string>)block.Items;
                var at = list.IndexOf(list.MaxBy(i => i.Length)!);
                list[at] = Shorten(list[at], list[at].Length / 2);
            }
            (html, text) = Render(WithNote(working, dropped));
        }
        return new Draft(subject, to, cc, html, text);
    }

    static bool TooLong(string html, string text) => Encoding.UTF8.GetByteCount(html) > MaxBodyBytes || Encoding.UTF8.GetByteCount(text) > MaxBodyBytes;

    static bool Fits(List<Block> working, int dropped)
    {
        var (html, text) = Render(WithNote(working, dropped));
        return !TooLong(html, text);
    }

    static List<Block> WithNote(List<Block> working, int dropped) => dropped > 0
        ? [.. working, new Block(BlockKind.Paragraph,
            [$"({dropped} more point{(dropped == 1 ? "" : "s")} left out to keep this email within Outlook's size limit; they are in the thread.)"])]
        : working;

    /// <summary>
    /// Which list loses its last point at each step: the one with the most points (the first of them on a tie), while any
    /// list has more than one.
    /// </summary>
    static List<int> DropOrder(List<Block> working)
    {
        var counts = working.Select(b => b.Kind is BlockKind.Numbered or BlockKind.Bulleted ? b.Items.Count : 0).ToArray();
        var order = new List<int>();
        while (true)
        {
            var longest = -1;
            for (var k = 0; k < counts.Length; k++)
                if (counts[k] > 1 && (longest < 0 || counts[k] > counts[longest]))
                    longest = k;
            if (longest < 0)
                return order;
            counts[longest]--;
            order.Add(longest);
        }
    }

    /// <summary>The blocks with the first <paramref name="count"/> drops of <paramref name="order"/> made.</summary>
    static List<Block> Dropped(List<Block> working, List<int> order, int count)
    {
        var removed = new int[working.Count];
        for (var k = 0; k < count; k++)
            removed[order[k]]++;
        return working.Select((b, k) => removed[k] == 0 ? b with { Items = b.Items.ToList() } : b with { Items = b.Items.Take(b.Items.Count - removed[k]).ToList() }).ToList();
    }

    static (string Html, string Text) Render(List<Block> blocks)
    {
        var html = new StringBuilder("<div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">");
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Paragraph:
                    html.Append("<p>").AppendJoin("<br>", block.Items[0].Split('\n').Select(Encode)).Append("</p>");
                    text.Append(block.Items[0]).Append("\n\n");
                    break;
                case BlockKind.Heading:
                    html.Append("<p><strong>").Append(Encode(block.Items[0])).Append("</strong></p>");
                    text.Append(block.Items[0]).Append('\n');
                    break;
                case BlockKind.Numbered or BlockKind.Bulleted:
                    var tag = block.Kind == BlockKind.Numbered ? "ol" : "ul";
                    html.Append('<').Append(tag).Append('>');
                    for (var i = 0; i < block.Items.Count; i++)
                    {
                        html.Append("<li>").Append(Encode(block.Items[i])).Append("</li>");
                        text.Append(block.Kind == BlockKind.Numbered ? $"{i + 1}. " : "- ").Append(block.Items[i]).Append('\n');
                    }
                    html.Append("</").Append(tag).Append('>');
                    text.Append('\n');
                    break;
            }
        }
        html.Append("</div>");
        return (html.ToString(), text.ToString().TrimEnd() + "\n");
    }

    /// <summary>Mail text made safe for HTML: tags, quotes and ampersands become entities.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>A long quote cut at a word boundary with an ellipsis.</summary>
    public static string Shorten(string text, int max)
    {
        text = text.Trim();
        if (text.Length <= max)
            return text;
        var cut = text.LastIndexOf(' ', Math.Max(1, max - 1));
        return text[..(cut > max / 2 ? cut : max - 1)].TrimEnd(',', ';', ' ') + "…";
    }

    /// <summary>"Wednesday 4 November": the date format of every draft.</summary>
    public static string Day(DateOnly date) => date.ToString("dddd d MMMM", CultureInfo.InvariantCulture);

    /// <summary>First names for a greeting: "Raj", "Raj and Mei", "Raj, Mei and Tom".</summary>
    public static string Greeting(IEnumerable<Person> people)
    {
        var names = people.Select(p => FirstName(p)).Distinct().ToList();
        return names.Count switch
        {
            0 => "Hi all,",
            1 => $"Hi {names[0]},",
            _ => $"Hi {string.Join(", ", names[..^1])} and {names[^1]},",
        };
    }

    public static string FirstName(Person p) => Agreements.ParticipantNames.DisplayName(p).Split(' ')[0];

    public static string FullName(Person p) => Agreements.ParticipantNames.DisplayName(p);

    enum BlockKind { Paragraph, Heading, Numbered, Bulleted }

    sealed record Block(BlockKind Kind, IReadOnlyList<string> Items);
}
