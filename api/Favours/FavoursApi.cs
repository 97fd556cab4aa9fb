using CrossDept.Asks;
using CrossDept.Auth;
using CrossDept.Mailbox;
using CrossDept.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Favours;

public static class FavoursApi
{
    public static IServiceCollection AddFavours(this IServiceCollection services)
    {
        services.AddSingleton<FavourStore>();
        services.AddSingleton<IUserDataEraser>(provider => provider.GetRequiredService<FavourStore>());
        return services;
    }

    public static RouteGroupBuilder MapFavours(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/favours").WithTags("Favours")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("", Account).WithName("FavourAccount")
            .WithSummary("The favour account per department and per person: what you delivered to them, what they delivered to you, thanks sent")
            .WithDescription("Kept from tracking, never from mail bodies: your own agreements marked done count for the other people of that "
                + "tracked conversation (a department once per agreement), their agreements marked done count for them, and every thank-you "
                + "draft the API wrote counts once per thing thanked for. Departments are the directory's. since and until (dates, inclusive) "
                + "bound the period; the default is the last quarter (the 3 months up to today). Each line carries the facts with their dates.");
        group.MapGet("/people/{address}", Person).WithName("PersonFavours")
            .WithSummary("One person's line of the favour account and their department's, as their card shows it");
        return group;
    }

    static async Task<Results<Ok<FavourAccount>, ValidationProblem>> Account(CurrentUser user, FavourStore store, IMailbox mailbox, TimeProvider clock,
        DateOnly? since, DateOnly? until, CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var today = DateOnly.FromDateTime(now.DateTime);
        var from = since ?? FavourAccounts.DefaultSince(today);
        var to = until ?? today;
        if (from > to)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["since"] = ["since must not be after until."] });
        var (facts, _, _) = await store.FactsAsync(user.Owner(), user.Address, mailbox, [], now, ct);
        return TypedResults.Ok(FavourAccounts.Build(facts, from, to, today));
    }

    static async Task<Results<Ok<CardFavours>, ValidationProblem>> Person(string address, CurrentUser user, FavourStore store, IMailbox mailbox,
        TimeProvider clock, CancellationToken ct)
    {
        if (address is not { Length: > 2 and <= 320 } || !address.Contains('@') || address.Any(char.IsWhiteSpace))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = ["An email address is required."] });
        return TypedResults.Ok(await ForCardAsync(user, address, store, mailbox, clock, ct));
    }

    /// <summary>One person's line and their department's, looking them up in the directory.</summary>
    public static async Task<CardFavours> ForCardAsync(CurrentUser user, string address, FavourStore store, IMailbox mailbox, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var (facts, _, directory) = await store.FactsAsync(user.Owner(), user.Address, mailbox, [address], now, ct);
        directory.TryGetValue(address.Trim().ToLowerInvariant(), out var entry);
        return Card(facts, address, entry?.Name, entry?.Department, now);
    }

    /// <summary>
    /// What a person's card shows of the account (GET /api/people/{address} carries it as favours): the card already has their
    /// department, so only the people of the user's tracked conversations are looked up (none when nothing is tracked).
    /// </summary>
    public static async Task<CardFavours> ForCardAsync(CurrentUser user, People.PersonCard card, FavourStore store, IMailbox mailbox, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var (facts, _, _) = await store.FactsAsync(user.Owner(), user.Address, mailbox, [], now, ct);
        return Card(facts, card.Address, card.Name, string.IsNullOrWhiteSpace(card.Department) ? null : card.Department.Trim(), now);
    }

    static CardFavours Card(IReadOnlyList<FavourItem> facts, string address, string? name, string? department, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.DateTime);
        return FavourAccounts.ForCard(facts, address.Trim().ToLowerInvariant(), name, department, FavourAccounts.DefaultSince(today), today, today);
    }

    /// <summary>
    /// The ask check's finding when the account with a recipient's department is one-sided (they have delivered much more to you
    /// than you to them in the last quarter): the one call POST /api/asks/check makes into the favour account.
    /// </summary>
    public static async Task<IReadOnlyList<AskFinding>> AskFindingsAsync(CurrentUser user, IReadOnlyList<string?>? to, FavourStore store,
        IMailbox mailbox, TimeProvider clock, CancellationToken ct)
    {
        var recipients = (to ?? []).Where(a => !string.IsNullOrWhiteSpace(a) && a.Contains('@')).Select(a => a!.Trim().ToLowerInvariant())
            .Distinct().Take(50).ToArray();
        if (recipients.Length == 0)
            return [];
        var now = clock.GetLocalNow();
        var today = DateOnly.FromDateTime(now.DateTime);
        var (facts, tracked, directory) = await store.FactsAsync(user.Owner(), user.Address, mailbox, recipients, now, ct);
        var account = FavourAccounts.Build(facts, FavourAccounts.DefaultSince(today), today, today);
        var findings = new List<AskFinding>();
        foreach (var department in recipients.Select(r => directory.GetValueOrDefault(r)?.Department).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var line = account.Departments.FirstOrDefault(d => d.Department.Equals(department, StringComparison.OrdinalIgnoreCase));
            if (line is not { Counts.Balance: FavourBalance.YouOwe })
                continue;
            var owed = OpenAskOf(tracked, directory, department, user.Address);
            findings.Add(new AskFinding(AskIssue.OneSidedFavours,
                $"{line.Summary}. This is another ask of a department that has done more for you than you for them.",
                owed is not null
                    ? $"Say when they will have what you owe {department} ({owed.What}{(owed.Due is { } d ? ", due " + Outreach.DraftWriter.Day(d) : "")}), or offer something in return."
                    : $"Offer something in return (your team's data, a review, a hand with their next deadline), and thank them for the last one if you have not.",
                null));
        }
        return findings;
    }

    /// <summary>
    /// The help back a thank-you offers, naming something concrete: what the user still owes the helper's department (their
    /// open ask of the user, tracked), else the help of the user's own department.
    /// </summary>
    public static async Task<string> HelpBackAsync(CurrentUser user, string helper, FavourStore store, IMailbox mailbox, TimeProvider clock,
        CancellationToken ct)
    {
        var now = clock.GetLocalNow();
        var (_, tracked, directory) = await store.FactsAsync(user.Owner(), user.Address, mailbox, [helper, user.Address], now, ct);
        var department = directory.GetValueOrDefault(helper.Trim().ToLowerInvariant())?.Department;
        var mine = directory.GetValueOrDefault(user.Address.Trim().ToLowerInvariant())?.Department;
        if (department is not null && OpenAskOf(tracked, directory, department, user.Address) is { } owed)
            return $"And I haven't forgotten what I owe {department}: {Outreach.DraftWriter.Shorten(owed.What, 200)}"
                + (owed.Due is { } due ? $" — you'll have it by {Outreach.DraftWriter.Day(due)}." : " — it's next on my list.")
                + " If there is anything else I can do for your team, just say.";
        var team = department ?? "your team";
        return mine is not null && !mine.Equals(department, StringComparison.OrdinalIgnoreCase)
            ? $"If {team} ever needs something from {mine} — data, a review, a second pair of eyes on a draft — ask me first; I'd be glad to return the favour."
            : $"If {team} ever needs a review or a hand with a deadline, ask me first; I'd be glad to return the favour.";
    }

    /// <summary>The user's own open agreement, earliest due, on a tracked conversation with someone of that department.</summary>
    static TrackedAgreement? OpenAskOf(IReadOnlyList<TrackedConversation> tracked, IReadOnlyDictionary<string, FavourAccounts.Directory> directory,
        string department, string me) =>
        tracked.Where(t => FavourAccounts.Counterparts(t, me).Any(p =>
                directory.GetValueOrDefault(p.Address)?.Department?.Equals(department, StringComparison.OrdinalIgnoreCase) == true))
            .SelectMany(t => t.Agreements)
            .Where(a => a.Status == AgreementStatus.Open && a.Owner.Address.Trim().Equals(me.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(a => a.Due ?? DateOnly.MaxValue).FirstOrDefault();

    /// <summary>A thank-you draft was written: the fact is kept (whom, for what agreement, the day), never the note's words.</summary>
    public static Task RecordThanksAsync(CurrentUser user, string helper, string? trackedId, string? agreementId, string subject,
        FavourStore store, TimeProvider clock, CancellationToken ct)
    {
        var key = trackedId is not null && agreementId is not null
            ? $"{trackedId}/{agreementId}"
            : $"{helper.Trim().ToLowerInvariant()}|{subject.Trim().ToLowerInvariant()}";
        return store.RecordThanksAsync(user.Owner(), helper, key, trackedId, agreementId, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), ct);
    }
}
