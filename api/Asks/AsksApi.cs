using CrossDept.Auth;
using CrossDept.Favours;
using CrossDept.Mailbox;
using CrossDept.Hosting;
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
                + "no standard for done, several scattered asks, missing context; with `to`, an ask of a department the favour account shows "
                + "one-sided (they delivered much more to you than you to them last quarter).");
        return group;
    }

    static async Task<Results<Ok<AskCheckResult>, ValidationProblem>> Check(AskCheckRequest request, TimeProvider clock, CurrentUser user,
        FavourStore favours, IMailbox mailbox, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Text) && string.IsNullOrWhiteSpace(request.Html))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["The draft's text or html is required."] });
        var body = !string.IsNullOrWhiteSpace(request.Html) ? HtmlText.ToText(request.Html) : request.Text!;
        var result = AskCheck.Check(request.Subject, body, request.Now ?? clock.GetLocalNow());
        // The favour account's finding (api/Favours): one call, only when the pane says whom the draft goes to.
        return TypedResults.Ok(result with { Findings = [.. result.Findings, .. await FavoursApi.AskFindingsAsync(user, request.To, favours, mailbox, clock, ct)] });
    }
}

/// <summary>A draft request as the pane reads it in compose mode.</summary>
public sealed record AskCheckRequest
{
    /// <example>Churn data</example>
    public string? Subject { get; init; }

    /// <summary>Whom the draft is addressed to (optional): their departments' favour accounts are checked.</summary>
    /// <example>["mei.lin@contoso.com"]</example>
    public IReadOnlyList<string?>? To { get; init; }

    /// <summary>The draft's plain text.</summary>
    /// <example>Hi Raj, could you take a look at the churn numbers ASAP? Thanks, Jane</example>
    public string? Text { get; init; }

    /// <summary>The draft's HTML body, used instead of text when given.</summary>
    public string? Html { get; init; }

    /// <summary>When the draft is written; dates in it are read against this (defaults to the server's clock).</summary>
    /// <example>2026-11-02T09:00:00-05:00</example>
    public DateTimeOffset? Now { get; init; }
}
