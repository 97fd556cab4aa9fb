using System.Globalization;
using CrossDept.Auth;
using CrossDept.Hosting;
using CrossDept.Threads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace CrossDept.Tracking;

public static class TrackingApi
{
    public static IServiceCollection AddTracking(this IServiceCollection services) => services.AddSingleton<TrackingStore>();

    public static RouteGroupBuilder MapTracking(this IEndpointRouteBuilder routes)
    {
        // Every route needs a signed-in user with access_as_user; what they reach is scoped by their tenant and object id in every query.
        var group = routes.MapUserGroup("/api").WithTags("Tracking")
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/tracked", Track).WithName("TrackConversation").WithBodySize(BodySize.Conversation).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Track a conversation from its analysis (idempotent per conversationId)")
            .WithDescription("Stores who was asked, their status, and the agreements, from the analysis of POST /api/threads/analyze. "
                + "Tracking the same conversation again updates the same item (200) instead of creating another (201). "
                + "Message texts in the analysis are not stored. Optional If-Match (or version) makes the update conditional: 409 when stale.");
        group.MapGet("/tracked", List).WithName("ListTracked")
            .WithSummary("The caller's tracked conversations, or the one with ?conversationId=");
        group.MapGet("/tracked/{id}", Get).WithName("GetTracked")
            .WithSummary("One tracked conversation: people asked with history, agreements with checkpoints, activity log")
            .WithDescription("The ETag header carries the version for If-Match on later changes. 404 when it is not the caller's.");
        group.MapPost("/tracked/view", View).WithName("ConversationView").WithBodySize(BodySize.Conversation)
            .WithSummary("What the pane shows for a conversation: its latest analysis merged with what tracking knows")
            .WithDescription("The one merge of a conversation's analysis with tracking: agreements as corrected, added, removed, done or "
                + "dropped, each with its checkpoint judged now (a done agreement is never overdue); people with the calls booked and made "
                + "(callBookedAt until a call made has an outcome), their next step, the referral read in their reply or told on a call, "
                + "and the escalation summary the user rewrote. When the conversation is tracked, the analysis is applied to it first "
                + "(as refresh does); when it is not (or no conversationId is given), the view is the analysis's alone (trackedId null). The drafts and the board use the same merge.");
        group.MapGet("/tracked/{id}/view", ViewTracked).WithName("TrackedConversationView")
            .WithSummary("The merged view of a tracked conversation from what tracking stored (no new analysis)");
        group.MapPut("/tracked/{id}/escalations/{address}", SaveEscalation).WithName("SaveEscalationSummary")
            .WithSummary("Keep the escalation summary about one person as the user rewrote it")
            .WithDescription("Stored on the tracked conversation with who and when; the merged view shows it and POST /api/drafts/escalation "
                + "(with trackedId and person) gives it back instead of composing a new one. Gone with Stop tracking and DELETE /api/me/data.");
        group.MapDelete("/tracked/{id}/escalations/{address}", ForgetEscalation).WithName("ForgetEscalationSummary")
            .WithSummary("Back to the composed escalation summary: forget the user's words about this person");
        group.MapPost("/tracked/{id}/refresh", Refresh).WithName("RefreshTracked").WithBodySize(BodySize.Conversation).ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Newer messages arrived: apply the conversation's new analysis")
            .WithDescription("Agreements keep their ids and statuses; people's status changes are added to their history.");
        group.MapDelete("/tracked/{id}", Stop).WithName("StopTracking").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Stop tracking: delete the conversation and everything recorded about it");
        group.MapPost("/tracked/{id}/agreements/{agreementId}/done", Done).WithName("AgreementDone").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark an agreement delivered; the answer suggests the thank-you draft")
            .WithDescription("Idempotent. Changing a dropped agreement to done needs If-Match (or version): otherwise 409.");
        group.MapPost("/tracked/{id}/agreements/{agreementId}/dropped", Dropped).WithName("AgreementDropped").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Mark an agreement dropped")
            .WithDescription("Idempotent. Changing a done agreement to dropped needs If-Match (or version): otherwise 409.");
        group.MapPost("/tracked/{id}/agreements", AddAgreement).WithName("AddAgreement").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Add an agreement the messages do not show (agreed by phone or in a meeting)")
            .WithDescription("Stored with who added it and when; every draft made for this conversation afterwards includes it.");
        group.MapPut("/tracked/{id}/agreements/{agreementId}", EditAgreement).WithName("EditAgreement").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Correct an agreement: owner, what, due")
            .WithDescription("The correction survives later analyses of the conversation and is logged with who and when; drafts use it.");
        group.MapDelete("/tracked/{id}/agreements/{agreementId}", RemoveAgreement).WithName("RemoveAgreement").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Remove something that is not an agreement")
            .WithDescription("Hidden from the conversation, the board and the drafts, and not brought back by a later analysis; logged with who and when.");
        group.MapPost("/tracked/{id}/calls", RecordCall).WithName("RecordCall").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Record a call with one of the people asked, scheduled or made")
            .WithDescription("A call scheduled or made after the last unanswered ask turns their next step from call to wait. The same call twice is recorded once.");
        group.MapGet("/board", GetBoard).WithName("Board")
            .WithSummary("What needs following up: agreements due soon or overdue, people to remind or call")
            .WithDescription("Checkpoints are judged at read time: due within 2 business days = checkIn, past due = overdue; "
                + "people's next step remind or call. With no filter everything open is shown; with filters, what matches any of them "
                + "(dueWithinDays: due from today to today + N calendar days; overdue=true; needsCall=true). "
                + "Pass now with the user's UTC offset so 'today' is the user's day.");
        group.MapDelete("/me/data", EraseMyData).WithName("EraseMyData")
            .WithSummary("Erase everything stored for the caller");
        return group;
    }

    static async Task<Results<Created<TrackedConversation>, Ok<TrackedConversation>, ValidationProblem, ProblemHttpResult>> Track(
        TrackRequest request, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = request.Validate(conversationIdRequired: true);
        var expected = ExpectedVersion(http, request.Version, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var change = await store.TrackAsync(user.Owner(), request.ConversationId!, request.Analysis!, expected, clock.GetLocalNow(), ct);
        if (change.Result == ChangeResult.Stale)
            return Stale(change);
        SetETag(http, change.Value!.Version);
        return change.Created
            ? TypedResults.Created($"/api/tracked/{change.Value.Id}", change.Value)
            : TypedResults.Ok(change.Value);
    }

    static async Task<Ok<IReadOnlyList<TrackedConversation>>> List(CurrentUser user, TrackingStore store, TimeProvider clock,
        string? conversationId, DateTimeOffset? now, CancellationToken ct) =>
        TypedResults.Ok(await store.ListAsync(user.Owner(), conversationId, details: true, now ?? clock.GetLocalNow(), ct));

    static async Task<Results<Ok<TrackedConversation>, NotFound>> Get(string id, CurrentUser user, TrackingStore store, TimeProvider clock,
        DateTimeOffset? now, HttpContext http, CancellationToken ct)
    {
        var tracked = await store.GetAsync(user.Owner(), id, now ?? clock.GetLocalNow(), ct);
        if (tracked is null)
            return TypedResults.NotFound();
        SetETag(http, tracked.Version);
        return TypedResults.Ok(tracked);
    }

    static async Task<Results<Ok<ConversationView>, ValidationProblem>> View(TrackRequest request, CurrentUser user, TrackingStore store,
        TimeProvider clock, CancellationToken ct)
    {
        // Without a conversation id (a message Outlook gives none for) nothing can be tracked: the view is the analysis's.
        var errors = request.Validate(conversationIdRequired: false);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var (owner, now) = (user.Owner(), clock.GetLocalNow());
        var tracked = string.IsNullOrWhiteSpace(request.ConversationId) ? null
            : (await store.ListAsync(owner, request.ConversationId, details: true, now, ct)).FirstOrDefault();
        if (tracked is not null)
        {
            // The latest analysis is applied first (corrections, statuses and calls stay); stopped meanwhile: not tracked.
            var change = await store.RefreshAsync(owner, tracked.Id, request.Analysis!, null, now, ct);
            tracked = change.Result == ChangeResult.NotFound ? null : change.Value ?? tracked;
        }
        var notes = tracked is null ? [] : await store.Escalations.ListAsync(owner, tracked.Id, ct);
        return TypedResults.Ok(ConversationViews.Merge(request.ConversationId ?? "", request.Analysis, tracked, notes, now));
    }

    static async Task<Results<Ok<ConversationView>, NotFound>> ViewTracked(string id, CurrentUser user, TrackingStore store, TimeProvider clock,
        DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetLocalNow();
        var tracked = await store.GetAsync(user.Owner(), id, at, ct);
        if (tracked is null)
            return TypedResults.NotFound();
        var notes = await store.Escalations.ListAsync(user.Owner(), id, ct);
        return TypedResults.Ok(ConversationViews.Merge(tracked.ConversationId, null, tracked, notes, at));
    }

    static async Task<Results<Ok<EscalationNote>, NotFound, ValidationProblem>> SaveEscalation(string id, string address, EscalationEditRequest request,
        CurrentUser user, TrackingStore store, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!address.Contains('@') || address.Length > 320)
            errors["address"] = ["The address of the person the summary is about is required."];
        if (string.IsNullOrWhiteSpace(request.Text))
            errors["text"] = ["The summary's words are required; DELETE the route to go back to the composed summary."];
        else if (request.Text.Length > EscalationNotes.MaxLength)
            errors["text"] = [$"The summary is longer than {EscalationNotes.MaxLength} characters."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var now = clock.GetLocalNow();
        if (!await store.Escalations.SaveAsync(user.Owner(), id, address, request.Text!, user.Address, now, ct))
            return TypedResults.NotFound();
        return TypedResults.Ok(new EscalationNote(address.Trim().ToLowerInvariant(), request.Text!, user.Address, now));
    }

    static async Task<Results<NoContent, NotFound>> ForgetEscalation(string id, string address, CurrentUser user, TrackingStore store, CancellationToken ct) =>
        await store.Escalations.ForgetAsync(user.Owner(), id, address, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    static async Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> Refresh(
        string id, RefreshRequest request, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = new TrackRequest { Analysis = request.Analysis }.Validate(conversationIdRequired: false);
        var expected = ExpectedVersion(http, request.Version, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var change = await store.RefreshAsync(user.Owner(), id, request.Analysis!, expected, clock.GetLocalNow(), ct);
        return change.Result switch
        {
            ChangeResult.NotFound => TypedResults.NotFound(),
            ChangeResult.Stale => Stale(change),
            _ => Ok(http, change.Value!),
        };
    }

    static async Task<Results<NoContent, NotFound, ValidationProblem, ProblemHttpResult>> Stop(
        string id, CurrentUser user, TrackingStore store, HttpContext http, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var expected = ExpectedVersion(http, null, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var change = await store.StopAsync(user.Owner(), id, expected, ct);
        return change.Result switch
        {
            ChangeResult.NotFound => TypedResults.NotFound(),
            ChangeResult.Stale => Stale(change),
            _ => TypedResults.NoContent(),
        };
    }

    static Task<Results<Ok<AgreementChanged>, NotFound, ValidationProblem, ProblemHttpResult>> Done(string id, string agreementId,
        [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] AgreementStatusRequest? request,
        CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        SetStatus(id, agreementId, AgreementStatus.Done, request, user, store, clock, http, ct);

    static Task<Results<Ok<AgreementChanged>, NotFound, ValidationProblem, ProblemHttpResult>> Dropped(string id, string agreementId,
        [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] AgreementStatusRequest? request,
        CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        SetStatus(id, agreementId, AgreementStatus.Dropped, request, user, store, clock, http, ct);

    static async Task<Results<Ok<AgreementChanged>, NotFound, ValidationProblem, ProblemHttpResult>> SetStatus(string id, string agreementId,
        AgreementStatus status, AgreementStatusRequest? request, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var expected = ExpectedVersion(http, request?.Version, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var change = await store.SetAgreementStatusAsync(user.Owner(), id, agreementId, status, request?.On, expected, clock.GetLocalNow(), ct);
        switch (change.Result)
        {
            case ChangeResult.NotFound:
                return TypedResults.NotFound();
            case ChangeResult.Stale or ChangeResult.Conflict:
                return Stale(change);
        }
        var tracked = change.Value!;
        var agreement = tracked.Agreements.Single(a => a.Id == agreementId);
        SetETag(http, tracked.Version);
        var thankYou = agreement.Status == AgreementStatus.Done
            ? new SuggestedDraft("thankYou", "POST", "/api/drafts/thank-you",
                $"Close the loop: thank {agreement.Owner.Name ?? agreement.Owner.Address} for delivering, and copy their manager.",
                new ThankYouSuggestion(tracked.Id, agreement.Id, tracked.Subject, agreement.Owner, agreement.What, agreement.Due, agreement.DoneOn, agreement.Quote))
            : null;
        return TypedResults.Ok(new AgreementChanged(agreement, tracked.Version, thankYou));
    }

    static async Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> RecordCall(
        string id, CallRequest request, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = request.Validate();
        var expected = ExpectedVersion(http, request.Version, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var change = await store.RecordCallAsync(user.Owner(), id, request.Address!, request.Kind!.Value, request.At!.Value, request.MeetingId,
            expected, clock.GetLocalNow(), ct, request.Outcome, request.ReferredTo);
        return change.Result switch
        {
            ChangeResult.NotFound => TypedResults.NotFound(),
            ChangeResult.Stale => Stale(change),
            ChangeResult.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["address"] = [change.Problem!] }),
            _ => Ok(http, change.Value!),
        };
    }

    static Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> AddAgreement(string id, AgreementEditRequest request,
        CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        Correct(id, null, request, remove: false, user, store, clock, http, ct);

    static Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> EditAgreement(string id, string agreementId,
        AgreementEditRequest request, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        Correct(id, agreementId, request, remove: false, user, store, clock, http, ct);

    static Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> RemoveAgreement(string id, string agreementId,
        CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct) =>
        Correct(id, agreementId, new AgreementEditRequest(), remove: true, user, store, clock, http, ct);

    static async Task<Results<Ok<TrackedConversation>, NotFound, ValidationProblem, ProblemHttpResult>> Correct(string id, string? agreementId,
        AgreementEditRequest request, bool remove, CurrentUser user, TrackingStore store, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var errors = remove ? new Dictionary<string, string[]>() : request.Validate();
        var expected = ExpectedVersion(http, request.Version, errors);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var correction = new AgreementCorrection(remove ? null : request.Owner!.ToPerson(), request.What, request.Due, remove);
        var change = await store.CorrectAgreementAsync(user.Owner(), id, agreementId, correction, user.Address, expected, clock.GetLocalNow(), ct);
        return change.Result switch
        {
            ChangeResult.NotFound => TypedResults.NotFound(),
            ChangeResult.Stale => Stale(change),
            _ => Ok(http, change.Value!),
        };
    }

    /// <summary>What needs following up: agreements due soon or overdue, people to remind or call</summary>
    /// <param name="user">The signed-in user.</param>
    /// <param name="store">Tracking queries.</param>
    /// <param name="clock">The server clock.</param>
    /// <param name="dueWithinDays">Open agreements due from today to today + N calendar days.</param>
    /// <param name="overdue">true: open agreements past their date.</param>
    /// <param name="needsCall">true: people with two or more unanswered requests and no call scheduled or made since.</param>
    /// <param name="now">The moment to judge against, with the user's offset (e.g. 2026-11-05T10:00:00-05:00); defaults to the server's clock.</param>
    /// <param name="ct">Request aborted.</param>
    static async Task<Results<Ok<Board>, ValidationProblem>> GetBoard(CurrentUser user, TrackingStore store, TimeProvider clock,
        int? dueWithinDays, bool? overdue, bool? needsCall, DateTimeOffset? now, CancellationToken ct)
    {
        if (dueWithinDays is < 0 or > 366)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["dueWithinDays"] = ["Between 0 and 366 days."] });
        var at = now ?? clock.GetLocalNow();
        var tracked = await store.ListAsync(user.Owner(), null, details: false, at, ct);
        return TypedResults.Ok(Boards.Build(tracked, new BoardFilter(dueWithinDays, overdue == true, needsCall == true), at));
    }

    static async Task<Ok<Erased>> EraseMyData(CurrentUser user, TrackingStore store, IEnumerable<IUserDataEraser> erasers, CancellationToken ct)
    {
        // Other features' data of the user (subscriptions, queued work, cached tokens) goes first, then the tracked conversations.
        foreach (var eraser in erasers)
            await eraser.EraseAsync(user.Owner(), ct);
        return TypedResults.Ok(new Erased(await store.EraseAsync(user.Owner(), ct)));
    }

    // ---- helpers ----

    public static Owner Owner(this CurrentUser user) => new(user.TenantId, user.ObjectId);

    static Ok<TrackedConversation> Ok(HttpContext http, TrackedConversation tracked)
    {
        SetETag(http, tracked.Version);
        return TypedResults.Ok(tracked);
    }

    static void SetETag(HttpContext http, long version) =>
        http.Response.Headers.ETag = new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"").ToString();

    static ProblemHttpResult Stale<T>(Change<T> change) => TypedResults.Problem(
        title: change.Result == ChangeResult.Conflict ? "The agreement was already closed" : "The tracked conversation changed meanwhile",
        detail: change.Problem, statusCode: StatusCodes.Status409Conflict,
        extensions: new Dictionary<string, object?> { ["currentVersion"] = change.CurrentVersion });

    /// <summary>The version the client saw: If-Match ("3", W/"3" or *) or the body's version; both must agree.</summary>
    static long? ExpectedVersion(HttpContext http, long? bodyVersion, Dictionary<string, string[]> errors)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        long? header = null;
        if (!string.IsNullOrWhiteSpace(ifMatch) && ifMatch.Trim() != "*")
        {
            if (EntityTagHeaderValue.TryParse(ifMatch.Trim(), out var tag)
                && long.TryParse(tag.Tag.AsSpan().Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var v))
                header = v;
            else if (long.TryParse(ifMatch.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bare))
                header = bare;
            else
                errors["If-Match"] = ["If-Match must be the ETag of the tracked conversation, such as \"3\"."];
        }
        if (header is not null && bodyVersion is not null && header != bodyVersion)
            errors["version"] = ["If-Match and version disagree."];
        return header ?? bodyVersion;
    }
}

/// <summary>A feature that keeps data of the user outside tracking's tables; DELETE /api/me/data erases it too.</summary>
public interface IUserDataEraser
{
    Task EraseAsync(Owner owner, CancellationToken ct);
}

/// <summary>The agreement after the change, the conversation's new version, and the draft worth writing next.</summary>
public sealed record AgreementChanged(TrackedAgreement Agreement, long Version, SuggestedDraft? Suggested);

/// <summary>A draft the pane can offer next: POST the body to href.</summary>
public sealed record SuggestedDraft(string Kind, string Method, string Href, string Why, ThankYouSuggestion Body);

/// <summary>What a thank-you note needs: who delivered what, and in which conversation.</summary>
public sealed record ThankYouSuggestion(string TrackedId, string AgreementId, string Subject, Person Owner, string What, DateOnly? Due,
    DateOnly? DoneOn, string Quote);

/// <summary>How many tracked conversations were erased (with their people, agreements, calls and activity).</summary>
public sealed record Erased(int TrackedConversations);
