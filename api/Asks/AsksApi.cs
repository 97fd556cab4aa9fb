using CrossDept.Auth;
using CrossDept.Departments;
using CrossDept.Favours;
using CrossDept.Mailbox;
using CrossDept.Hosting;
using CrossDept.Tracking;
using CrossDept.Threads.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Asks;

public static class AsksApi
{
    public static RouteGroupBuilder MapAsks(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/asks").WithTags("Asks").WithBodySize(BodySize.Draft);
        group.MapPost("/check", Check)
            .WithName("CheckAsk")
            .WithSummary("Check a draft request for what a busy reader in another department needs")
            .WithDescription("Takes the draft's subject and body (text or HTML, as the pane reads it in compose mode) and returns "
                + "findings with suggestions: no concrete deliverable (\"take a look\"), no date or \"ASAP\", a date without a reason, "
                + "no standard for done, several scattered asks, missing context; no reason that matters to the reader (their team, their "
                + "goal, what they get: with what you noted they care about, a line built from it); for a large ask (3 or more asks, a "
                + "list of 4 or more, over 250 words) an offer to do the legwork and a smaller first step. With `to` (and `cc`), an ask "
                + "to someone whose department names point persons, none of them addressed, suggests addressing the point person; and an ask of a department the favour account shows one-sided (they delivered "
                + "much more to you than you to them last quarter).");
        return group;
    }

    /// <summary>As many people as a message is sensibly addressed to; more is not a request to a department but a broadcast.</summary>
    public const int MaxRecipients = 100;

    static async Task<Results<Ok<AskCheckResult>, ValidationProblem>> Check(AskCheckRequest request, TimeProvider clock, CurrentUser user,
        DepartmentBook departments, DepartmentStore store, IDepartmentDirectory directory, FavourStore favours, IMailbox mailbox,
        CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) && string.IsNullOrWhiteSpace(request.Html))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The draft's text or html is required."] });
        var to = Addresses(request.To);
        var cc = Addresses(request.Cc);
        if (to is null || cc is null || to.Length + cc.Length > MaxRecipients)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [to is null ? "to" : "cc"] = [$"Recipients are email addresses, at most {MaxRecipients} in all."],
            });
        var body = !string.IsNullOrWhiteSpace(request.Html) ? HtmlText.ToText(request.Html) : request.Text!;
        var result = AskCheck.Check(request.Subject, body, request.Now ?? clock.GetLocalNow(),
            await ContextAsync(to, cc, user, departments, store, directory, ct));
        // The favour account's finding (api/Favours): one call, only when the pane says whom the draft goes to.
        return TypedResults.Ok(result with { Findings = [.. result.Findings, .. await FavoursApi.AskFindingsAsync(user, to, favours, mailbox, clock, ct)] });
    }

    /// <summary>Who the draft goes to, with their department (as this user's settings have it) and what the user noted they care about.</summary>
    static async Task<AskContext> ContextAsync(string[] to, string[] cc, CurrentUser user, DepartmentBook departments, DepartmentStore store,
        IDepartmentDirectory directory, CancellationToken ct)
    {
        var others = to.Where(a => !a.Equals(user.Address, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (others.Length == 0)
            return new AskContext([], cc);
        await departments.EnsureDirectoryAsync(user.TenantId, directory, ct);
        var known = await departments.OfPeopleAsync(user.Owner(), others, ct);
        var notes = (await store.InterestsAsync(user.Owner(), others, ct)).ToDictionary(n => n.Address, n => n.Note, StringComparer.OrdinalIgnoreCase);
        return new AskContext(others.Select(a => known.TryGetValue(a, out var k)
            ? new AskRecipient(a, k.Person.Name, k.Department, notes.GetValueOrDefault(a))
            : new AskRecipient(a, null, null, notes.GetValueOrDefault(a))).ToArray(), cc);
    }

    static string[]? Addresses(IReadOnlyList<string?>? list)
    {
        var addresses = (list ?? []).Select(a => a?.Trim() ?? "").ToArray();
        return addresses.All(a => a is { Length: > 2 and <= 320 } && a.Contains('@') && !a.Any(char.IsWhiteSpace))
            ? addresses.Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : null;
    }
}

/// <summary>A draft request as the pane reads it in compose mode.</summary>
public sealed record AskCheckRequest
{
    /// <example>Churn data</example>
    public string? Subject { get; init; }

    /// <summary>The draft's plain text.</summary>
    /// <example>Hi Raj, could you take a look at the churn numbers ASAP? Thanks, Jane</example>
    public string? Text { get; init; }

    /// <summary>The draft's HTML body, used instead of text when given.</summary>
    public string? Html { get; init; }

    /// <summary>When the draft is written; dates in it are read against this (defaults to the server's clock).</summary>
    /// <example>2026-11-02T09:00:00-05:00</example>
    public DateTimeOffset? Now { get; init; }

    /// <summary>Whom the draft is addressed to (optional): an ask to someone whose department names a point person suggests addressing the point person, and their departments' favour accounts are checked.</summary>
    /// <example>["raj.patel@contoso.com"]</example>
    public IReadOnlyList<string?>? To { get; init; }

    /// <summary>Who is copied (optional): a point person copied counts as addressed.</summary>
    /// <example>[]</example>
    public IReadOnlyList<string?>? Cc { get; init; }
}
