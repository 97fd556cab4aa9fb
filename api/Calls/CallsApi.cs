using System.Net;
using CrossDept.Auth;
using CrossDept.Graph;
using CrossDept.Mailbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Person = CrossDept.Threads.Person;

namespace CrossDept.Calls;

public static class CallsApi
{
    const int MaxSlots = 20;

    public static RouteGroupBuilder MapCalls(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/calls").WithTags("Calls");

        group.MapPost("/slots", Slots)
            .WithName("ProposeCallSlots")
            .WithSummary("Free times for a short call with one person")
            .WithDescription("15 or 30 minutes within the next N business days, when both the signed-in user and the person are free "
                + "and inside both their working hours (from their calendars via getSchedule). Spread over the days (each day's first free time, "
                + "then later ones at least an hour apart), earliest first, at most 20.");

        group.MapPost("", Schedule)
            .WithName("ScheduleCall")
            .WithSummary("Put the call on the calendar with a Teams link")
            .WithDescription("Creates an event inviting the person, with an online meeting and the talking points as its body. Requires an "
                + "Idempotency-Key header: repeating the request with the same key returns the same event and never books a second one.");
        return group;
    }

    static async Task<Results<Ok<CallSlotsResponse>, ValidationProblem, ProblemHttpResult>> Slots(CallSlotsRequest request, CurrentUser user,
        IMailbox mailbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var zone = WorkingHours.Zone(request.TimeZone);
        var (start, end) = CallSlots.Window(request.Now ?? clock.GetUtcNow(), request.WithinBusinessDays!.Value, zone);
        var schedules = await mailbox.SchedulesAsync([user.Address, request.Address!], start, end, request.Minutes!.Value, cancellationToken);
        if (schedules.FirstOrDefault(s => s.Error is not null) is { } hidden)
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Free/busy not available",
                detail: $"The calendar of {hidden.Address} cannot be read: {hidden.Error}");
        var free = CallSlots.Find(schedules, start, end, request.Minutes.Value, int.MaxValue, zone);
        return TypedResults.Ok(new CallSlotsResponse(CallSlots.Spread(free, MaxSlots, zone)));
    }

    static async Task<Results<Created<ScheduledCall>, ValidationProblem, ProblemHttpResult>> Schedule(ScheduleCallRequest request,
        [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, CurrentUser user, IMailbox mailbox, IdempotencyKeys keys,
        CancellationToken cancellationToken)
    {
        var errors = request.Validate();
        if (!IdempotencyKeys.IsValid(idempotencyKey))
            errors[IdempotencyKeys.Header] = ["An Idempotency-Key header (8 to 128 characters, e.g. a UUID) is required so a retry never books a second call."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var invitation = request.ToInvitation();
        var result = await keys.RunOnceAsync(user, "call", idempotencyKey!, MailboxApi.Fingerprint(request),
            () => mailbox.CreateCallAsync(invitation, idempotencyKey!, cancellationToken));
        return result.Conflict ? MailboxApi.KeyReused() : TypedResults.Created((string?)null, result.Value!);
    }
}

/// <summary>Whom to call, for how long, and how soon.</summary>
public sealed record CallSlotsRequest
{
    /// <example>raj.patel@contoso.com</example>
    public string? Address { get; init; }
    /// <summary>15 or 30.</summary>
    /// <example>15</example>
    public int? Minutes { get; init; }
    /// <summary>How many business days after today to look in (1 to 10).</summary>
    /// <example>3</example>
    public int? WithinBusinessDays { get; init; }
    /// <summary>The user's time zone (IANA or Windows name), which decides where a business day ends; UTC by default.</summary>
    /// <example>America/New_York</example>
    public string? TimeZone { get; init; }
    /// <summary>Search from this moment instead of now.</summary>
    public DateTimeOffset? Now { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Address) || !Address.Contains('@'))
            errors["address"] = ["The email address of the person to call is required."];
        if (Minutes is not (15 or 30))
            errors["minutes"] = ["A call is 15 or 30 minutes."];
        if (WithinBusinessDays is not (>= 1 and <= 10))
            errors["withinBusinessDays"] = ["Between 1 and 10 business days."];
        return errors;
    }
}

/// <summary>Free times, earliest first.</summary>
public sealed record CallSlotsResponse(IReadOnlyList<Slot> Slots);

/// <summary>The call to book.</summary>
public sealed record ScheduleCallRequest
{
    /// <example>raj.patel@contoso.com</example>
    public string? Address { get; init; }
    /// <example>Raj Patel</example>
    public string? Name { get; init; }
    /// <summary>One of the proposed slots' start.</summary>
    /// <example>2026-11-13T14:00:00Z</example>
    public DateTimeOffset? Start { get; init; }
    /// <example>15</example>
    public int? Minutes { get; init; }
    /// <example>Quick call: churn export for the CX dashboard</example>
    public string? Subject { get; init; }
    /// <summary>What to say, one point each; they become the invitation's body.</summary>
    /// <example>["Why the dashboard matters to Finance's own reporting", "The smallest useful export: last quarter, one CSV"]</example>
    public IReadOnlyList<string>? TalkingPoints { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Address) || !Address.Contains('@'))
            errors["address"] = ["The email address of the person to call is required."];
        if (Start is null)
            errors["start"] = ["The call's start is required."];
        if (Minutes is not (15 or 30))
            errors["minutes"] = ["A call is 15 or 30 minutes."];
        if (string.IsNullOrWhiteSpace(Subject))
            errors["subject"] = ["A subject is required."];
        return errors;
    }

    public CallInvitation ToInvitation()
    {
        var points = (TalkingPoints ?? []).Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        var html = points.Length == 0 ? "" :
            "<p>Talking points:</p><ul>" + string.Concat(points.Select(p => $"<li>{WebUtility.HtmlEncode(p.Trim())}</li>")) + "</ul>";
        return new CallInvitation(Subject!.Trim(), html, Start!.Value, Start.Value.AddMinutes(Minutes!.Value),
            [new Person(string.IsNullOrWhiteSpace(Name) ? null : Name.Trim(), Address!.Trim())]);
    }
}
