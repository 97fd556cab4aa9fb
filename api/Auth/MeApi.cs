using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Auth;

public static class MeApi
{
    public static RouteGroupBuilder MapMe(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/me").WithTags("Me");
        group.MapGet("", Get)
            .WithName("GetMe")
            .WithSummary("The signed-in mailbox owner")
            .WithDescription("Who the API acts for: the address used as \"me\" in every analysis, and whether this is the demo mailbox or a tenant.");
        return group;
    }

    static Ok<Me> Get(CurrentUser user, IConfiguration configuration, TimeProvider clock) =>
        TypedResults.Ok(new Me(user.Address, user.Name, user.TenantId, SignIn.IsDemo(configuration) ? "demo" : "tenant") { Now = clock.GetLocalNow() });
}

/// <summary>The signed-in mailbox owner.</summary>
public sealed record Me(string Address, string? Name, string TenantId, string Mode)
{
    /// <summary>The owner's address: "me" in every analysis.</summary>
    /// <example>jane.doe@contoso.com</example>
    public string Address { get; init; } = Address;

    /// <summary>Display name.</summary>
    /// <example>Jane Doe</example>
    public string? Name { get; init; } = Name;

    /// <summary>Entra ID tenant.</summary>
    /// <example>de000000-0000-4000-8000-000000000001</example>
    public string TenantId { get; init; } = TenantId;

    /// <summary>"demo" (the .eml sample mailbox, Development only) or "tenant" (Microsoft Graph).</summary>
    /// <example>demo</example>
    public string Mode { get; init; } = Mode;

    /// <summary>The API's "now" with its offset: the pane judges "overdue" and "in 3 days" against it (the demo runs on the samples' week).</summary>
    /// <example>2026-11-12T12:00:00-05:00</example>
    public DateTimeOffset Now { get; init; }
}
