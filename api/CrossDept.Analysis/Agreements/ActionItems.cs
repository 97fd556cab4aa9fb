using System.Text.RegularExpressions;
using CrossDept.Language;
using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>An action item of a recap or minutes: who, what, and the date text as written.</summary>
public sealed record ActionItem(Person Owner, string What, DueDate? Due, string Line)
{
    /// <summary>The item's number in its table ("34.5", "3"), by which a reply may answer it ("Item 34.5 - noted").</summary>
    public string? Number { get; init; }
}

/// <summary>
/// Action-item lists in the shapes minutes take, whoever sends them: "Tunde - share the stock count - 16/11",
/// "Beneficiary figures — Moussa — 13.11", "Draft the memo (Lena, by Friday)", and a table read as text one cell a line
/// under "Action / Who / When". The owner is the part that names a participant; the date is the part the date resolver reads.
/// </summary>
public static partial class ActionItems
{
    /// <summary>
    /// The items of the message's lists that name a participant. <paramref name="colonItems"/> also reads "Omar: share
    /// the list by Friday" (outside a recap, where the recap-line rule does not read it).
    /// </summary>
    public static IReadOnlyList<ActionItem> Find(string body, ParticipantNames names, DateTimeOffset sentAt, bool colonItems = false,
        IReadOnlyList<Person>? addressed = null)
    {
        var found = new List<ActionItem>();
        // A row of a table keeps its cells apart with tabs (a mail client's text part, or an HTML table read as text):
        // the body is normalised once with its tabs kept, then split. Normalize replaces one character by one (and "\r" by
        // "\n", as the split wants), so each cell of it is the cell normalised alone, as it was, a copy and a scan a cell.
        var rowList = new List<string[]>();
        var cells = new List<string>();
        // A table typed in a plain-text mail with its columns lined up by spaces ("#  Action  Owner  Due"): from a heading
        // row whose every cell is a heading, each row up to the next blank line splits at runs of two spaces or more.
        var spaced = false;
        foreach (var raw in Sentences.Normalize(body, keepTabs: true).Split('\n'))
        {
            cells.Clear();
            if (raw.Trim().Length == 0)
                spaced = false;
            else if (!spaced && raw.Length <= 200 && raw.IndexOf('\t') < 0 && raw.AsSpan().Trim().IndexOf("  ") is > 0 and var gap
                && IsHeading(raw.Trim()[..gap]) && SpacedCells().Split(raw.Trim()) is { Length: >= 3 } heads && heads.All(IsHeading))
                spaced = true; // (the first cell is looked at alone first: most lines with a double space are prose)
            if (spaced && raw.IndexOf('\t') < 0)
            {
                foreach (var cell in SpacedCells().Split(raw.Trim()))
                    if (cell.Length > 0)
                        cells.Add(cell);
                rowList.Add([.. cells]);
                continue;
            }
            // A table typed with bars ("# | Finding | Corrective action | Responsible | Deadline", a mail client's text part
            // of an HTML table) keeps its cells apart with them as others do with tabs; its row number is its own cell
            // ("1. Fire exits blocked | Clear and mark exits | Imran | 20 Nov").
            var barred = raw.IndexOf('\t') < 0 && raw.AsSpan().Count('|') >= 2;
            foreach (var cell in raw.Split(barred ? '|' : '\t'))
                if (cell.Trim() is { Length: > 0 } trimmed)
                {
                    if (barred && cells.Count == 0 && RowNumber().Match(trimmed) is { Success: true } number)
                    {
                        cells.Add(number.Groups[1].Value);
                        trimmed = trimmed[number.Length..];
                    }
                    else if (barred && cells.Count == 0)
                        trimmed = Bullet().Replace(trimmed, ""); // "a) Sam | refresh the budget sheet | 9 Nov"
                    cells.Add(trimmed);
                }
            // Only these characters can open a bullet (\d is any decimal digit, as char.IsDigit says).
            if (cells.Count == 1 && (cells[0][0] is '-' or '*' or '(' or (>= 'a' and <= 'z') or '\u2022' or '\u25AA' or '\u25E6' || char.IsDigit(cells[0][0])))
                cells[0] = Bullet().Replace(cells[0], "");
            if (cells.Count > 0 && cells[0].Length > 0)
                rowList.Add([.. cells]);
        }
        var rows = rowList.ToArray();
        var lines = new string[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            lines[i] = rows[i].Length == 1 ? rows[i][0] : string.Join(" ", rows[i]);
        var inTable = new bool[rows.Length];
        found.AddRange(TabTable(rows, inTable, names, sentAt, addressed ?? []));
        for (var i = 0; i < rows.Length; i++)
        {
            if (inTable[i])
                continue;
            var line = lines[i];
            // A line is trimmed, and without a dash or a bar Dash() cannot split it: it is its only part.
            // "1. Sam | refresh the budget sheet | 9 Nov" outside a table: its number is no part of the item.
            var parts = rows[i].Length > 2 && rows[i][0].All(char.IsAsciiDigit) ? rows[i][1..]
                : rows[i].Length > 1 ? rows[i]
                : line.AsSpan().IndexOfAny('-', '|') < 0 ? [line]
                : Dash().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (colonItems && parts.Length is 1 or 2 && Colon().Match(parts[0]) is { Success: true } c && names.Resolve(c.Groups["who"].Value) is not null)
                parts = [c.Groups["who"].Value, c.Groups["task"].Value, .. parts.Skip(1)];
            // "Shop drawings for the façade anchors: NileBuild (M. Hassan) to submit revision C — 01/12/2026": the topic, then
            // who (a team with the person in brackets), then maybe what they are to do, then the date.
            if (parts.Length == 2 && parts[0].Contains(':') && TopicWhoTask().Match(parts[0]) is { Success: true } twt
                && names.Resolve(twt.Groups["who"].Value) is { } topicOwner)
            {
                var task = twt.Groups["task"].Success ? twt.Groups["task"].Value : twt.Groups["topic"].Value;
                var due = DueDates.FindAll(DateCell(parts[1]), sentAt).FirstOrDefault();
                if (due is not null && task.Split(' ').Length >= 2)
                    found.Add(new ActionItem(topicOwner, Commitments.LowerFirst(task.TrimEnd('.', ';', ',')), due, line));
                continue;
            }
            // Only a line with a "(" can be the bracketed shape: the rest are spared its scan.
            if (parts.Length is 2 or 3 && Item(parts, names, sentAt, line) is { } item)
                found.Add(item);
            else if (line.Contains('(') && Parenthesised().Match(line) is { Success: true } m && Item([m.Groups["task"].Value, m.Groups["who"].Value, m.Groups["when"].Value], names, sentAt, line) is { } p)
                found.Add(p);
        }
        found.AddRange(Table(lines, names, sentAt));
        return found;
    }

    /// <summary>
    /// A table whose rows are tab-separated: a heading row of column names (in any order, "No. / Action / Owner / Due",
    /// "Owner / Action / Due", "Task / Who / Needed by"), then one row per item with as many cells.
    /// </summary>
    static IEnumerable<ActionItem> TabTable(string[][] rows, bool[] inTable, ParticipantNames names, DateTimeOffset sentAt, IReadOnlyList<Person> addressed)
    {
        for (var i = 0; i + 1 < rows.Length; i++)
        {
            var head = rows[i];
            if (head.Length < 2 || !head.All(IsHeading))
                continue;
            var columns = head.Select(h => Column(h)).ToArray();
            var who = Array.IndexOf(columns, 'o');
            var when = Array.IndexOf(columns, 'd');
            var status = Array.IndexOf(columns, 's');
            // "Item / Description / Action By": of two task headings, the task is the column with the most words in the first
            // row ("34.1" under "Item" is its number).
            var what = -1;
            for (var c = 0; c < columns.Length; c++)
                if (columns[c] == 'a' && (what < 0 || i + 1 < rows.Length && c < rows[i + 1].Length && what < rows[i + 1].Length
                    && rows[i + 1][c].Split(' ').Length > rows[i + 1][what].Split(' ').Length))
                    what = c;
            if (what < 0 || who < 0)
                continue;
            inTable[i] = true;
            for (var row = i + 1; row < rows.Length && rows[row].Length >= Math.Max(what, who) + 1 && rows[row].Length <= head.Length; row++)
            {
                // A row missing its leading number or its trailing date keeps its cells in the heading's order from the start.
                var cells = rows[row].Length < head.Length && columns[0] == '#' ? ["", .. rows[row]] : rows[row];
                if (cells.Length <= Math.Max(what, who))
                    break;
                // A full row whose owner is no participant ("Main Contractor / PMC") is still the table's: the rows go on.
                if ((names.Resolve(cells[who]) ?? names.ResolveOrganisation(cells[who], addressed)) is not { } owner)
                {
                    if (cells.Length != head.Length)
                        break;
                    inTable[row] = true;
                    continue;
                }
                inTable[row] = true;
                var dateCell = when >= 0 && when < cells.Length ? DateCell(cells[when]) : "";
                // "done (sent 30/10)", "n/a": a date cell, or a status cell, that says the item is finished or void holds no
                // task ahead.
                if (dateCell.Length > 0 && Lex.Has("done-cells", dateCell.Split(' ', '(', ',')[0])
                    || status >= 0 && status < cells.Length && Lex.Has("done-cells", cells[status].Split(' ', '(', ',')[0]))
                    continue;
                var due = dateCell.Length > 0 ? DueDates.FindAll(dateCell, sentAt).FirstOrDefault() : null;
                var task = Commitments.LowerFirst(cells[what].TrimEnd('.', ';', ','));
                if (task.Split(' ').Length < 2)
                    continue;
                // The row's number: the "#" column's cell, or a number in another column that is not the task ("Item").
                var number = Array.FindIndex(cells, c => ItemNumber().IsMatch(c)) is var n and >= 0 && n != what && (columns[n] is '#' or 'a') ? cells[n].TrimEnd('.') : null;
                yield return new ActionItem(owner, task, due, string.Join(" | ", cells.Where(c => c.Length > 0))) { Number = number };
            }
        }
    }

    static bool IsHeading(string cell) => Column(cell) != ' ';

    // Which column a heading names (lexicon table-headers, "= task" …): a(ction), o(wner), d(ate), # (a row number),
    // s(tatus), - (another column a table of actions has: remarks, comments), or ' ' (none). A heading may say more after
    // its words ("Due date (CET)", "Owner / team").
    static char Column(string heading)
    {
        var h = heading.Trim().TrimEnd(':').Trim();
        if (h is "#")
            return '#';
        var words = h.Split([' ', '/', '('], StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(words.Length, 2); n >= 1; n--)
            if (Heading(n == words.Length ? h : string.Join(' ', words.Take(n))) is var column and not ' ')
                return column;
        // "Corrective action", "Agreed deadline": a word before the heading's own says which action or deadline.
        return words.Length == 2 ? Heading(words[1]) : ' ';
    }

    static char Heading(string key)
    {
        if (Lexicon.Of("table-headers").Reasons.TryGetValue(key, out var why) && why.StartsWith("= ", StringComparison.Ordinal))
            return why[2..].Split(':')[0].Trim() switch { "task" => 'a', "owner" => 'o', "date" => 'd', "number" => '#', "status" => 's', "other" => '-', _ => ' ' };
        return ' ';
    }

    // "13.11" alone in a date cell is a day and a month, not a quantity: read as the dotted date "13.11." it stands for.
    static string DateCell(string cell) => BareDotted().IsMatch(cell) ? cell + "." : cell;

    static ActionItem? Item(string[] parts, ParticipantNames names, DateTimeOffset sentAt, string line)
    {
        var who = -1;
        for (var i = 0; i < parts.Length; i++)
            if (parts[i].Split(' ').Length <= 3 && char.IsUpper(parts[i][0]) && names.Resolve(parts[i]) is not null && !Lex.Has("not-names", parts[i].Split(' ')[0]))
                who = i;
        if (who < 0)
            return null;
        var owner = names.Resolve(parts[who])!;
        var rest = Enumerable.Range(0, parts.Length).Where(i => i != who).ToArray();
        int task;
        DueDate? due;
        if (rest.Length == 2)
        {
            // The date's own cell is mostly its date ("16/11", "end of next week"), or, unreadable ("TBD"), the last one.
            var cellDates = rest.Select(i => DueDates.FindAll(DateCell(parts[i]), sentAt)).ToArray();
            var dateCell = Array.FindIndex(cellDates, (d) => d.Count > 0 && d[0].Length >= parts[rest[Array.IndexOf(cellDates, d)]].Length - 4);
            if (dateCell < 0)
                dateCell = 1;
            task = rest[1 - dateCell];
            due = cellDates[dateCell].FirstOrDefault();
        }
        else
        {
            task = rest[0];
            due = DueDates.FindAll(parts[task], sentAt).FirstOrDefault();
            if (due is not null)
                parts[task] = (parts[task][..due.Index] + parts[task][due.End..]).Trim();
        }
        // "Lena - thanks for the great session": thanks or a greeting is no task; "Nate - I'll cover it myself. I'll send…",
        // "Tiago - on item 4, can you include…?": a sentence or a question put to someone by name is no item of a list.
        var first = parts[task].Split(' ', '\'')[0];
        if (parts[task].Split(' ').Length < 2 || Lex.Has("not-names", first) || Lex.Has("pronouns", first) || parts[task].Contains('?')
            || SentenceEnd().IsMatch(parts[task]) || DueDates.FindAll(parts[task], sentAt) is { Count: > 0 } d2 && d2[0].Length >= parts[task].Length - 4)
            return null;
        return new ActionItem(owner, Commitments.LowerFirst(parts[task].TrimEnd('.', ';', ',')), due, line);
    }

    // "Action / Who / When" headings, one a line, then the cells row by row.
    static IEnumerable<ActionItem> Table(string[] lines, ParticipantNames names, DateTimeOffset sentAt)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var start = i;
            var columns = new List<string>();
            while (i < lines.Length && lines[i].AsSpan().Count(' ') <= 2 && Column(lines[i]) != ' ')
                columns.Add(lines[i++]);
            var what = columns.FindIndex(c => Column(c) == 'a');
            var who = columns.FindIndex(c => Column(c) == 'o');
            var when = columns.FindIndex(c => Column(c) == 'd');
            if (columns.Count < 2 || what < 0 || who < 0)
            {
                i = start;
                continue;
            }
            for (var row = i; row + columns.Count <= lines.Length; row += columns.Count)
            {
                var cells = lines.Skip(row).Take(columns.Count).ToArray();
                if (names.Resolve(cells[who]) is not { } owner)
                    yield break;
                var due = when >= 0 ? DueDates.FindAll(DateCell(cells[when]), sentAt).FirstOrDefault() : null;
                yield return new ActionItem(owner, Commitments.LowerFirst(cells[what]), due, string.Join(" | ", cells));
            }
            yield break;
        }
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-*\u2022\u25AA\u25E6]|\(?[a-z0-9]\)|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(\d{1,2})[.)]\s+(?=\S)", RegexOptions.CultureInvariant)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"\s{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedCells();

    [GeneratedRegex(@"^(?<topic>[^:]{3,80}):\s+(?<who>\p{Lu}[\w&'.-]*(?:\s+\p{Lu}[\w&'.-]*){0,2}(?:\s*\([^()]{1,30}\))?)(?:\s+to\s+(?<task>\p{Ll}.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicWhoTask();

    // " - ", " -- ", " | " between the cells of a line (dashes of every width are "-" once normalised).
    [GeneratedRegex(@"\s+-{1,2}\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();

    // A full stop and a capital after it: two sentences, not one cell.
    [GeneratedRegex(@"[a-z][.!]\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    // "13.11", "before 20.11": a day and a month that end the cell.
    [GeneratedRegex(@"(?<![\d.])\d{1,2}\.\d{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex BareDotted();

    // "Omar: share the list by Friday": a name (one or two words) and a colon before the task.
    [GeneratedRegex(@"^(?<who>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?)\s*:\s+(?<task>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Colon();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})?\.?$")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"^(?<task>[A-Za-z].{3,}?)\s*\((?<who>\p{Lu}[\w'-]+(?:\s+\p{Lu}[\w'-]+)?)\s*,\s*(?<when>[^)]+)\)\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
