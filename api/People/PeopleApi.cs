using CrossDept.Auth;
using CrossDept.Mailbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.People;

public static class PeopleApi
{
    /// <summary>A whole conversation's people in one call; the directory is asked in batches of 20.</summary>
    public const int MaxPeoplePerLookup = 100;

    public static RouteGroupBuilder MapPeople(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/people").WithTags("People");

        group.MapGet("/{address}", Get)
            .WithName("GetPersonCard")
            .WithSummary("A person's card: manager, phones, away status")
            .WithDescription("From the directory (job title, department, business and mobile phones, manager) and their mail tips (an automatic reply that is on); "
                + "favours: the favour account with them and their department last quarter, from tracking (api/Favours).");

        group.MapPost("/lookup", Lookup)
            .WithName("LookUpPeople")
            .WithSummary("Cards for several people at once")
            .WithDescription("The same cards for everyone on a conversation, fetched with a few $batch requests; unknown people are left out.");
        return group;
    }

    static async Task<Results<Ok<PersonCard>, ProblemHttpResult, ValidationProblem>> Get(string address, IMailbox mailbox, CurrentUser user,
        Favours.FavourStore favours, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IsAddress(address))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = ["An email address is required."] });
        var cards = await mailbox.PeopleAsync([address.Trim()], cancellationToken);
        return cards.Count == 0
            ? TypedResults.Problem(title: "Person not found", detail: $"The directory has no one at '{address}'.", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Ok(cards[0] with { Favours = await Favours.FavoursApi.ForCardAsync(user, cards[0], favours, mailbox, clock, cancellationToken) });
    }

    static async Task<Results<Ok<PeopleCards>, ValidationProblem>> Lookup(PeopleLookup request, IMailbox mailbox, CancellationToken cancellationToken)
    {
        var addresses = (request.Addresses ?? []).Select(a => a?.Trim() ?? "").Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        if (addresses.Length == 0 || addresses.Length > MaxPeoplePerLookup || !addresses.All(IsAddress))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["addresses"] = [$"Between 1 and {MaxPeoplePerLookup} email addresses are required."],
            });
        return TypedResults.Ok(new PeopleCards(await mailbox.PeopleAsync(addresses, cancellationToken)));
    }

    static bool IsAddress(string? address) => address is { Length: > 2 and <= 320 } && address.Contains('@') && !address.Any(char.IsWhiteSpace);
}

/// <summary>The people to look up.</summary>
public sealed record PeopleLookup
{
    /// <example>["raj.patel@contoso.com", "maria.garcia@contoso.com"]</example>
    public IReadOnlyList<string?>? Addresses { get; init; }
}

/// <summary>The cards found, in no particular order.</summary>
public sealed record PeopleCards(IReadOnlyList<PersonCard> People);
