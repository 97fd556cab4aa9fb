using System.Text.RegularExpressions;
using CrossDept.Threads;

namespace CrossDept.Agreements;

/// <summary>An action item of a recap or minutes: who, what, and the date text as written.</summary>
public sealed record ActionItem(Person Owner, string What, DueDate? Due, string Line);

/// <summary>
/// Action-item lists in the shapes minutes take, whoever sends them: "Tunde - share the stock count - 16/11",
/// "Beneficiary figures — Moussa — 13.11", "Draft the memo (Lena, by Friday)", and a table read as text one cell a line
/// under "Action / Who / When". The owner is the part that names a participant; the date is the part the date resolver reads.
/// </summary>
public static partial class ActionItems
{
    public static IReadOnlyList<ActionItem> Find(string body, ParticipantNames names, DateTimeOffset sentAt)
    {
        var found = new List<ActionItem>();
        var lines = Sentences.Normalize(body).Split('\n').Select(l => Bullet().Replace(l.Trim(), "")).Where(l => l.Length > 0).ToArray();
        foreach (var line in lines)
        {
            var parts = Dash().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length is 2 or 3 && Item(parts, names, sentAt, line) is { } item)
                found.Add(item);
            else if (Parenthesised().Match(line) is { Success: true } m && Item([m.Groups["task"].Value, m.Groups["who"].Value, m.Groups["when"].Value], names, sentAt, line) is { } p)
                found.Add(p);
        }
        found.AddRange(Table(lines, names, sentAt));
        return found;
    }

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
            var cellDates = rest.Select(i => DueDates.FindAll(parts[i], sentAt)).ToArray();
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
        // "Lena - thanks for the great session": thanks or a greeting is no task.
        if (parts[task].Split(' ').Length < 2 || Lex.Has("not-names", parts[task].Split(' ')[0]) || DueDates.FindAll(parts[task], sentAt) is { Count: > 0 } d2 && d2[0].Length >= parts[task].Length - 4)
            return null;
        var what = parts[task].TrimEnd('.', ';', ',');
        if (what.Length > 1 && char.IsUpper(what[0]) && char.IsLower(what[1]))
            what = char.ToLowerInvariant(what[0]) + what[1..];
        return new ActionItem(owner, what, due, line);
    }

    // "Action / Who / When" headings, one a line, then the cells row by row.
    static IEnumerable<ActionItem> Table(string[] lines, ParticipantNames names, DateTimeOffset sentAt)
    {
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var start = i;
            var columns = new List<string>();
            while (i < lines.Length && (Lex.Has("table-headers", lines[i]) || lines[i] is "#"))
                columns.Add(lines[i++].ToLowerInvariant());
            var what = columns.FindIndex(c => c is "action" or "actions" or "task" or "item" or "what" or "action item");
            var who = columns.FindIndex(c => c is "who" or "owner" or "responsible" or "lead");
            var when = columns.FindIndex(c => c is "when" or "due" or "deadline" or "by when" or "due date" or "date");
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
                var due = when >= 0 ? DueDates.FindAll(cells[when], sentAt).FirstOrDefault() : null;
                var task = cells[what];
                if (task.Length > 1 && char.IsUpper(task[0]) && char.IsLower(task[1]))
                    task = char.ToLowerInvariant(task[0]) + task[1..];
                yield return new ActionItem(owner, task, due, string.Join(" | ", cells));
            }
            yield break;
        }
    }

    [GeneratedRegex(@"^(?:\d{1,2}[.)]|[-*\u2022\u25AA\u25E6]|\(?[a-z0-9]\)|[a-z][.)])\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    // " - ", " -- ", " | " between the cells of a line (dashes of every width are "-" once normalised).
    [GeneratedRegex(@"\s+-{1,2}\s+|\s*\|\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Dash();

    [GeneratedRegex(@"^(?<task>[A-Za-z].{3,}?)\s*\((?<who>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s*,\s*(?<when>[^)]+)\)\s*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesised();
}
