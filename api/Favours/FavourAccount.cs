using System.Globalization;
using CrossDept.Tracking;

namespace CrossDept.Favours;

/// <summary>What one fact of the favour account is: you delivered to them, they delivered to you, or you thanked them.</summary>
public enum FavourKind { DeliveredByYou, DeliveredToYou, ThanksSent }

/// <summary>Which way the account leans: even, they have done much more for you (youOwe), or you for them (theyOwe).</summary>
public enum FavourBalance { Even, YouOwe, TheyOwe }

/// <summary>One fact, kept from tracking (an agreement marked done) or from a thank-you draft the API wrote; never from a mail body.</summary>
/// <remarks>kind: deliveredByYou (your own agreement done on a tracked conversation with them), deliveredToYou (their agreement done),
/// thanksSent; on: the day; department: the directory's, null when it names none; what: the agreement's words.</remarks>
public sealed record FavourItem(FavourKind Kind, DateOnly On, string Address, string? Name, string? Department, string? What,
    string? TrackedId, string? AgreementId);

/// <summary>The counts between the user and one department or one person in the period.</summary>
public sealed record FavourCounts(int DeliveredByYou, int DeliveredToYou, int ThanksSent)
{
    /// <example>youOwe</example>
    public FavourBalance Balance => FavourAccounts.BalanceOf(DeliveredByYou, DeliveredToYou);
}

/// <summary>One person's line of the account.</summary>
public sealed record PersonFavours(string Address, string? Name, FavourCounts Counts, string Summary);

/// <summary>One department's line of the account, with its people and the facts behind the counts.</summary>
/// <remarks>department: the directory's name, "(no department)" for people it names none for; summary: the sentence the pane shows,
/// e.g. "Last quarter: you delivered 3 to Finance; Finance delivered 1 to you".</remarks>
public sealed record DepartmentFavours(string Department, FavourCounts Counts, string Summary, IReadOnlyList<PersonFavours> People,
    IReadOnlyList<FavourItem> Items);

/// <summary>The favour account between since and until (both inclusive), per department, busiest first.</summary>
public sealed record FavourAccount(DateOnly Since, DateOnly Until, IReadOnlyList<DepartmentFavours> Departments);

/// <summary>The part of the account a person's card shows: their line and their department's.</summary>
public sealed record CardFavours(DateOnly Since, DateOnly Until, PersonFavours Person, DepartmentFavours? Department);

/// <summary>A thank-you recorded (the fact only: whom, for which agreement, when).</summary>
public sealed record ThanksFact(string Address, DateOnly On, string? TrackedId, string? AgreementId);

/// <summary>
/// Builds the account from tracked conversations (pure: no I/O). Who "they" are for the user's own agreement: the other people
/// of that tracked conversation (those the user asked and the owners of the other agreements), since tracking keeps no
/// message senders; a department is credited once per agreement however many of its people were on the conversation.
/// </summary>
public static class FavourAccounts
{
    public const string NoDepartment = "(no department)";

    public static FavourBalance BalanceOf(int byYou, int toYou) =>
        toYou >= 2 && toYou >= 2 * byYou + 1 ? FavourBalance.YouOwe
        : byYou >= 2 && byYou >= 2 * toYou + 1 ? FavourBalance.TheyOwe
        : FavourBalance.Even;

    /// <summary>Every fact (all dates), each with the other person's department.</summary>
    public static IReadOnlyList<FavourItem> Facts(IReadOnlyList<TrackedConversation> tracked, IReadOnlyList<ThanksFact> thanks, string me,
        IReadOnlyDictionary<string, Directory> directory)
    {
        var items = new List<FavourItem>();
        foreach (var t in tracked)
            foreach (var a in t.Agreements.Where(a => a.Status == AgreementStatus.Done && a.DoneOn is not null))
            {
                if (!Same(a.Owner.Address, me))
                {
                    items.Add(Item(FavourKind.DeliveredToYou, a.DoneOn!.Value, a.Owner.Address, a.Owner.Name, a.What, t.Id, a.Id, directory));
                    continue;
                }
                foreach (var (address, name) in Counterparts(t, me))
                    items.Add(Item(FavourKind.DeliveredByYou, a.DoneOn!.Value, address, name, a.What, t.Id, a.Id, directory));
            }
        foreach (var th in thanks)
        {
            var what = tracked.FirstOrDefault(t => t.Id == th.TrackedId)?.Agreements.FirstOrDefault(a => a.Id == th.AgreementId)?.What;
            items.Add(Item(FavourKind.ThanksSent, th.On, th.Address, null, what, th.TrackedId, th.AgreementId, directory));
        }
        return items;
    }

    /// <summary>The people of a tracked conversation other than the user: asked by the user, or owners of agreements.</summary>
    public static IEnumerable<(string Address, string? Name)> Counterparts(TrackedConversation t, string me) =>
        t.People.Select(p => (Address: p.Address.Trim().ToLowerInvariant(), p.Name))
            .Concat(t.Agreements.Select(a => (Address: a.Owner.Address.Trim().ToLowerInvariant(), a.Owner.Name)))
            .Where(p => !Same(p.Address, me))
            .GroupBy(p => p.Address).Select(g => (g.Key, g.Select(p => p.Name).FirstOrDefault(n => n is not null)));

    public static FavourAccount Build(IReadOnlyList<FavourItem> facts, DateOnly since, DateOnly until, DateOnly today)
    {
        var inPeriod = facts.Where(f => f.On >= since && f.On <= until).ToArray();
        var departments = inPeriod.GroupBy(f => f.Department ?? NoDepartment, StringComparer.OrdinalIgnoreCase)
            .Select(g => Department(g.Key, g.ToArray(), since, today))
            .OrderByDescending(d => d.Counts.DeliveredByYou + d.Counts.DeliveredToYou + d.Counts.ThanksSent)
            .ThenBy(d => d.Department, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        return new FavourAccount(since, until, departments);
    }

    /// <summary>A person's card: their line, and their department's (null when the directory names no department).</summary>
    public static CardFavours ForCard(IReadOnlyList<FavourItem> facts, string address, string? name, string? department, DateOnly since,
        DateOnly until, DateOnly today)
    {
        var account = Build(facts, since, until, today);
        var line = account.Departments.SelectMany(d => d.People).FirstOrDefault(p => Same(p.Address, address))
            ?? Person(address, name, [], since, today);
        var dept = department is null ? null
            : account.Departments.FirstOrDefault(d => d.Department.Equals(department, StringComparison.OrdinalIgnoreCase))
              ?? Department(department, [], since, today);
        return new CardFavours(since, until, line with { Name = line.Name ?? name }, dept);
    }

    static DepartmentFavours Department(string department, IReadOnlyList<FavourItem> items, DateOnly since, DateOnly today)
    {
        // Once per agreement for the department, however many of its people were on the conversation.
        var counts = new FavourCounts(
            items.Where(i => i.Kind == FavourKind.DeliveredByYou).Select(i => i.AgreementId).Distinct().Count(),
            items.Count(i => i.Kind == FavourKind.DeliveredToYou),
            items.Count(i => i.Kind == FavourKind.ThanksSent));
        var people = items.GroupBy(i => i.Address, StringComparer.OrdinalIgnoreCase)
            .Select(g => Person(g.Key, g.Select(i => i.Name).FirstOrDefault(n => n is not null), g.ToArray(), since, today))
            .OrderBy(p => p.Name ?? p.Address, StringComparer.OrdinalIgnoreCase).ToArray();
        var label = department == NoDepartment ? "people with no department in the directory" : department;
        var summary = $"{Period(since, today)}: you delivered {counts.DeliveredByYou} to {label}; {(department == NoDepartment ? "they" : department)} delivered {counts.DeliveredToYou} to you"
            + (counts.ThanksSent > 0 ? $"; you sent {Times(counts.ThanksSent, "thank-you")}" : "");
        return new DepartmentFavours(department, counts, summary, people, items.OrderByDescending(i => i.On).ToArray());
    }

    static PersonFavours Person(string address, string? name, IReadOnlyList<FavourItem> items, DateOnly since, DateOnly today)
    {
        var counts = new FavourCounts(items.Count(i => i.Kind == FavourKind.DeliveredByYou), items.Count(i => i.Kind == FavourKind.DeliveredToYou),
            items.Count(i => i.Kind == FavourKind.ThanksSent));
        var who = string.IsNullOrWhiteSpace(name) ? address : name.Trim();
        var summary = $"{Period(since, today)}: you delivered {counts.DeliveredByYou} to {who}; {who} delivered {counts.DeliveredToYou} to you"
            + (counts.ThanksSent > 0 ? $"; you sent {Times(counts.ThanksSent, "thank-you")}" : "");
        return new PersonFavours(address, name, counts, summary);
    }

    /// <summary>"Last quarter" when the period is the default (the 3 months up to today), else "Since 1 August".</summary>
    public static string Period(DateOnly since, DateOnly today) =>
        since == DefaultSince(today) ? "Last quarter" : "Since " + since.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static DateOnly DefaultSince(DateOnly today) => today.AddMonths(-3);

    static string Times(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";

    static FavourItem Item(FavourKind kind, DateOnly on, string address, string? name, string? what, string? trackedId, string? agreementId,
        IReadOnlyDictionary<string, Directory> directory)
    {
        var key = address.Trim().ToLowerInvariant();
        directory.TryGetValue(key, out var entry);
        return new FavourItem(kind, on, key, name ?? entry?.Name, entry?.Department, what, trackedId, agreementId);
    }

    static bool Same(string a, string b) => a.Trim().Equals(b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>What the directory says of a person: name and department.</summary>
    public sealed record Directory(string? Name, string? Department);
}
