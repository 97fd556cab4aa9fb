using CrossDept.Auth;
using CrossDept.Hosting;
using CrossDept.Mailbox;
using CrossDept.Threads;
using CrossDept.Tracking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Outreach;

/// <summary>The drafts built from a conversation's analysis: confirmation, reminder, call notes, escalation, thank-you, referral.</summary>
public static class DraftsApi
{
    public static RouteGroupBuilder MapOutreach(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/drafts").WithTags("Drafts").WithBodySize(BodySize.Conversation).WithAnalysisLimit();

        group.MapPost("/confirmation", Confirmation)
            .WithName("DraftConfirmation")
            .WithSummary("The confirmation email for agreements as the user corrected them")
            .WithDescription("Takes the subject, the agreements (as in the analysis, edited, added or removed by the user) and who is copied; "
                + "or `trackedId` alone for the agreements stored on a tracked conversation. Returns the same draft the analysis "
                + "writes (one composer), signed with the signed-in user's name.");

        group.MapPost("/reminder", Reminder)
            .WithName("DraftReminder")
            .WithSummary("Draft a friendly reminder to the people still waiting to answer")
            .WithDescription("Takes the conversation (as for /api/threads/analyze) and optionally `person`; addresses everyone the "
                + "mailbox owner asked who has not answered (or just that person), restating the ask, why it matters and a reply-by date.");

        group.MapPost("/call-notes", CallNotes)
            .WithName("DraftCallNotes")
            .WithSummary("Talking points for a call to someone who has not answered")
            .WithDescription("After two unanswered emails a call works where a third email does not. Takes the conversation and "
                + "`person`; returns notes for the mailbox owner: ask for advice, why it matters to them, the smallest thing needed, "
                + "an offer to do the legwork, and the history of asks.");

        group.MapPost("/escalation", Escalation)
            .WithName("DraftEscalation")
            .WithSummary("An escalation summary with evidence, for the managers")
            .WithDescription("Takes the conversation and optionally `managers`; summarises what was asked, when, how many times, "
                + "who answered, what is agreed and what is needed by when - information, not complaint. With `trackedId`, the "
                + "agreements are the tracked conversation's, as the user corrected them.");

        group.MapPost("/thank-you", ThankYou)
            .WithName("DraftThankYou")
            .WithSummary("A thank-you note for a delivered agreement, copying the helper's manager")
            .WithDescription("Either `trackedId` and `agreementId` (what POST /api/tracked/{id}/agreements/{agreementId}/done suggests; "
                + "no messages needed), or the conversation and `agreementIndex` (position in the analysis' agreements). The manager "
                + "is `manager` when given, else the directory's; the note thanks the owner and copies their manager. `offerHelpBack` offers help in "
                + "return, naming what you still owe their department when one is tracked. Each note written is recorded in the favour account "
                + "(whom, for what, the day; not the text).");

        group.MapPost("/referral", Referral)
            .WithName("DraftReferral")
            .WithSummary("Move the ask to the person someone referred you to")
            .WithDescription("\"Not me - ask Marcus\" is an answer. Takes the conversation, `person` (who referred) and, when the "
                + "analysis does not carry that person's referral, `referral` (toName, toAddress, quote); returns an email to the "
                + "person named, carrying the original ask and who referred them, copying the referrer.");

        return group;
    }

    static Task<Results<Ok<ConfirmationDraft>, ValidationProblem, ProblemHttpResult>> Confirmation(ConfirmationRequest request, CurrentUser user,
        TimeProvider clock, TrackingStore store, IMailbox mailbox, CancellationToken ct) => ConfirmationFor(request, user, clock, store, mailbox, ct);

    internal static async Task<Results<Ok<ConfirmationDraft>, ValidationProblem, ProblemHttpResult>> ConfirmationFor(ConfirmationRequest request,
        CurrentUser user, TimeProvider clock, TrackingStore store, IMailbox mailbox, CancellationToken ct)
    {
        var errors = request.Validate();
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var now = request.Now ?? clock.GetLocalNow();
        var agreements = request.Agreements;
        var subject = request.Subject;
        if (agreements is null)
        {
            var tracked = await store.GetAsync(user.Owner(), request.TrackedId!, now, ct);
            if (tracked is null)
                return NotTracked(request.TrackedId!);
            agreements = Stated(tracked);
            subject ??= tracked.Subject;
        }
        var copied = (request.Cc ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => new Person(null, c.Trim())).ToArray();
        return TypedResults.Ok(ConfirmationComposer.Compose(subject!, agreements, copied, user.Address, now, await SignerAsync(user, mailbox, ct)));
    }

    static Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> Reminder(DraftRequest request, CurrentUser user, TimeProvider clock,
        TrackingStore store, IMailbox mailbox, Departments.DepartmentStore interests, CancellationToken ct) =>
        Handle(DraftKind.Reminder, request, user, clock, store, mailbox, ct, interests);

    static Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> CallNotes(DraftRequest request, CurrentUser user, TimeProvider clock,
        TrackingStore store, IMailbox mailbox, Departments.DepartmentStore interests, CancellationToken ct) =>
        Handle(DraftKind.CallNotes, request, user, clock, store, mailbox, ct, interests);

    static Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> Escalation(DraftRequest request, CurrentUser user, TimeProvider clock,
        TrackingStore store, IMailbox mailbox, CancellationToken ct) => Handle(DraftKind.Escalation, request, user, clock, store, mailbox, ct);

    static async Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> ThankYou(DraftRequest request, CurrentUser user, TimeProvider clock,
        TrackingStore store, IMailbox mailbox, Favours.FavourStore favours, CancellationToken ct)
    {
        var result = await Handle(DraftKind.ThankYou, request, user, clock, store, mailbox, ct);
        if (result.Result is not Ok<Draft> { Value.To: [var helper, ..] })
            return result;
        // The favour account (api/Favours): the help offered back names something concrete; the thanks is kept as a fact.
        if (request.OfferHelpBack == true)
            result = await Handle(DraftKind.ThankYou, request with { HelpBack = await Favours.FavoursApi.HelpBackAsync(user, helper, favours, mailbox, clock, ct) },
                user, clock, store, mailbox, ct);
        if (result.Result is Ok<Draft> { Value: { } draft })
            await Favours.FavoursApi.RecordThanksAsync(user, helper, request.TrackedId, request.AgreementId, draft.Subject, favours, clock, ct);
        return result;
    }

    static Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> Referral(DraftRequest request, CurrentUser user, TimeProvider clock,
        TrackingStore store, IMailbox mailbox, CancellationToken ct) => Handle(DraftKind.Referral, request, user, clock, store, mailbox, ct);

    static async Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> Handle(DraftKind kind, DraftRequest request, CurrentUser user,
        TimeProvider clock, TrackingStore store, IMailbox mailbox, CancellationToken ct, Departments.DepartmentStore? interests = null)
    {
        request = request.ForUser(user);
        if (Missing(kind, request) is { } missing)
            return missing;
        if (kind == DraftKind.ThankYou && request.AgreementId is not null && request.Messages is null or { Count: 0 })
            return await ThankYouForTrackedAsync(request, user, clock, store, mailbox, ct);
        if (!request.TryAnalyze(clock, user, ct, out var context, out var invalid))
            return invalid;
        return await DraftAsync(kind, request, context with { Signer = await SignerAsync(user, mailbox, ct) }, user, store, mailbox, ct, interests);
    }

    /// <summary>What a kind of draft cannot be made without, before any analysis is spent on it.</summary>
    internal static ValidationProblem? Missing(DraftKind kind, DraftRequest request) => kind switch
    {
        DraftKind.CallNotes or DraftKind.Referral when string.IsNullOrWhiteSpace(request.Person) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["person"] = [kind == DraftKind.Referral
                ? "The address of the person who referred the ask is required."
                : "The address of the person to call is required."] }),
        DraftKind.ThankYou when request.AgreementIndex is null && (request.AgreementId is null || request.TrackedId is null) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agreementIndex"] = ["Which agreement was delivered is required: "
                + "trackedId and agreementId of a tracked agreement, or its position in the analysis' agreements (agreementIndex)."] }),
        DraftKind.Referral when request.Referral is { } r && (string.IsNullOrWhiteSpace(r.ToName) && string.IsNullOrWhiteSpace(r.ToAddress)) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["referral.toName"] = ["Whom the ask was referred to is required."] }),
        _ when request.Manager is { } m && (string.IsNullOrWhiteSpace(m.Address) || !m.Address.Contains('@')) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["manager.address"] = ["The manager needs an email address."] }),
        _ => null,
    };

    /// <summary>
    /// One draft of the given kind from an analysed conversation: shared by these routes (the pane sent the messages) and
    /// the mailbox's (the API read them from Graph or the demo mailbox). With a tracked conversation, its agreements (as the
    /// user corrected them) stand in for the analysis's.
    /// </summary>
    internal static async Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> DraftAsync(DraftKind kind, DraftRequest request,
        DraftRequest.Context context, CurrentUser user, TrackingStore store, IMailbox mailbox, CancellationToken ct,
        Departments.DepartmentStore? interests = null)
    {
        if (request.TrackedId is { } trackedId)
        {
            var tracked = await store.GetAsync(user.Owner(), trackedId, context.Now, ct);
            if (tracked is null)
                return NotTracked(trackedId);
            // The conversation's merged view (ConversationViews): the agreements as corrected, next steps and referrals as the pane shows them.
            var view = ConversationViews.Merge(tracked.ConversationId, context.Analysis, tracked,
                await store.Escalations.ListAsync(user.Owner(), trackedId, ct), context.Now);
            context = context with { Analysis = view.ForDrafts(context.Analysis) };
            // The escalation summary the user rewrote is the one that goes out.
            if (kind == DraftKind.Escalation && request.Person is { } about
                && view.People.FirstOrDefault(p => p.Address.Equals(about, StringComparison.OrdinalIgnoreCase))?.Escalation is { } note)
                return TypedResults.Ok(EscalationComposer.InUserWords(EscalationComposer.Compose(context.Topic, context.Analysis, context.Read,
                    request.Managers?.Where(m => !string.IsNullOrWhiteSpace(m.Address)).Select(m => m.ToPerson()).ToArray() ?? [],
                    context.Me, context.Now, context.Signer), note.Text));
            if (kind == DraftKind.ThankYou && request.AgreementId is { } agreementId)
            {
                var index = context.Analysis.Agreements.ToList().FindIndex(a => tracked.Agreements.Any(t => t.Id == agreementId
                    && t.What == a.What && t.Owner.Address == a.Owner.Address));
                if (index < 0)
                    return TypedResults.Problem(title: "Agreement not found", statusCode: StatusCodes.Status404NotFound,
                        detail: $"The tracked conversation has no agreement '{agreementId}'.");
                request = request with { AgreementIndex = index };
            }
        }
        var me = context.Me;
        var signer = context.Signer;
        switch (kind)
        {
            case DraftKind.Reminder:
                var waiting = context.Analysis.Recipients.Where(r => r.Status == ReplyStatus.Waiting
                    && (request.Person is null || r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase))).ToArray();
                if (waiting.Length == 0)
                    return NothingToDo(request.Person is null
                        ? "Nobody the mailbox owner asked is still waiting to answer."
                        : $"{request.Person} is not waiting to answer (replied, away, or never asked).");
                return TypedResults.Ok(ReminderComposer.Compose(context.Topic, waiting, context.Read, me, context.Now, signer,
                    await InterestOfAsync(interests, user, waiting.Length == 1 ? waiting[0].Address : null, ct)));

            case DraftKind.CallNotes:
                var recipient = context.Analysis.Recipients.FirstOrDefault(r => r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase));
                if (recipient is null)
                    return NothingToDo($"{request.Person} was not asked anything in this conversation.");
                return TypedResults.Ok(CallNotesComposer.Compose(context.Topic, recipient, context.Read, me,
                    await InterestOfAsync(interests, user, recipient.Address, ct)));

            case DraftKind.Escalation:
                var managers = request.Managers?.Where(m => !string.IsNullOrWhiteSpace(m.Address)).Select(m => m.ToPerson()).ToArray() ?? [];
                return TypedResults.Ok(EscalationComposer.Compose(context.Topic, context.Analysis, context.Read, managers, me, context.Now, signer));

            case DraftKind.Referral:
                var referrer = context.Analysis.Recipients.FirstOrDefault(r => r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase));
                if (referrer is null)
                    return NothingToDo($"{request.Person} was not asked anything in this conversation.");
                var referral = referrer.Referral ?? request.Referral?.ToReferral(new Person(referrer.Name, referrer.Address));
                if (referral is null)
                    return NothingToDo($"{request.Person} did not refer the ask to anyone in this conversation; send referral (toName, toAddress) to say whom.");
                if (string.IsNullOrWhiteSpace(referral.ToAddress))
                    return NothingToDo($"{referral.ToName} has no address in this conversation; send referral.toAddress to write to them.");
                return TypedResults.Ok(ReferralComposer.Compose(context.Topic, referral, context.Read, me, context.Now, signer));

            default:
                var agreements = context.Analysis.Agreements;
                if (request.AgreementIndex < 0 || request.AgreementIndex >= agreements.Count)
                    return NothingToDo($"There is no agreement {request.AgreementIndex}; the conversation has {agreements.Count}.");
                var done = agreements[request.AgreementIndex!.Value];
                var manager = request.Manager is { Address: { Length: > 0 } } m ? m.ToPerson() : await ManagerOfAsync(done.Owner, mailbox, ct);
                return TypedResults.Ok(ThankYouComposer.Compose(context.Topic, done, manager, signer, request.HelpBack));
        }
    }

    /// <summary>What the user noted this person cares about (api/Departments), which the reminder and the call notes open with.</summary>
    static async Task<string?> InterestOfAsync(Departments.DepartmentStore? interests, CurrentUser user, string? address, CancellationToken ct) =>
        interests is null || address is null ? null : (await interests.InterestsAsync(user.Owner(), [address], ct)).FirstOrDefault()?.Note;

    /// <summary>The thank-you the done route suggests: everything it needs is stored on the tracked agreement.</summary>
    static async Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> ThankYouForTrackedAsync(DraftRequest request, CurrentUser user,
        TimeProvider clock, TrackingStore store, IMailbox mailbox, CancellationToken ct)
    {
        var tracked = await store.GetAsync(user.Owner(), request.TrackedId!, request.Now ?? clock.GetLocalNow(), ct);
        if (tracked is null)
            return NotTracked(request.TrackedId!);
        var agreement = tracked.Agreements.FirstOrDefault(a => a.Id == request.AgreementId);
        if (agreement is null)
            return TypedResults.Problem(title: "Agreement not found", statusCode: StatusCodes.Status404NotFound,
                detail: $"The tracked conversation has no agreement '{request.AgreementId}'.");
        var done = new Agreement(agreement.Owner, agreement.What, agreement.Due, agreement.DueText, agreement.SourceMessageId, agreement.Quote);
        var manager = request.Manager is { Address: { Length: > 0 } } m ? m.ToPerson() : await ManagerOfAsync(done.Owner, mailbox, ct);
        return TypedResults.Ok(ThankYouComposer.Compose(request.Subject ?? tracked.Subject, done, manager, await SignerAsync(user, mailbox, ct), request.HelpBack));
    }

    /// <summary>The helper's manager from the directory, to copy on the thank-you; null when the directory names none.</summary>
    static async Task<Person?> ManagerOfAsync(Person helper, IMailbox mailbox, CancellationToken ct)
    {
        var cards = await mailbox.PeopleAsync([helper.Address], ct);
        return cards.FirstOrDefault()?.Manager is { } m ? new Person(m.Name, m.Address) : null;
    }

    /// <summary>The agreements as the user stands by them: edited, added, removed and dropped ones left out.</summary>
    internal static IReadOnlyList<Agreement> Stated(TrackedConversation tracked) =>
        ConversationViews.Merge(tracked.ConversationId, null, tracked, [], tracked.LastRefreshedAt).Stated();

    /// <summary>Who signs a draft when the directory has no name to give: the token's name (demo: the demo owner), else the address.</summary>
    internal static string Signer(CurrentUser user) => string.IsNullOrWhiteSpace(user.Name) ? user.Address : user.Name.Trim();

    /// <summary>Who signs a draft: the signed-in user's display name in the directory (Graph /me), the token's name failing that.</summary>
    internal static async Task<string> SignerAsync(CurrentUser user, IMailbox mailbox, CancellationToken ct) =>
        await mailbox.MyNameAsync(ct) ?? Signer(user);

    static ProblemHttpResult NotTracked(string id) => TypedResults.Problem(title: "Not tracked", statusCode: StatusCodes.Status404NotFound,
        detail: $"You have no tracked conversation '{id}'.");

    internal static ProblemHttpResult NothingToDo(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Nothing to draft");
}

/// <summary>A conversation (as for /api/threads/analyze) and whom or what the draft is about.</summary>
public sealed record DraftRequest
{
    /// <summary>The mailbox owner's address: whose asks are tracked.</summary>
    /// <example>jane.doe@contoso.com</example>
    public string? Me { get; init; }

    /// <summary>The moment "waiting" and "away" are judged against; defaults to the server's clock.</summary>
    /// <example>2026-11-18T09:00:00-05:00</example>
    public DateTimeOffset? Now { get; init; }

    /// <summary>The conversation's topic; defaults to the first message's subject without RE:/FW:.</summary>
    /// <example>Budget codes for the survey tool renewal</example>
    public string? Subject { get; init; }

    /// <summary>The messages, in any order.</summary>
    public IReadOnlyList<MessageInput>? Messages { get; init; }

    /// <summary>Reminder: only this person (optional). Call notes: the person to call (required).</summary>
    /// <example>kim.nguyen@contoso.com</example>
    public string? Person { get; init; }

    /// <summary>Thank-you: the delivered agreement's position in the analysis' agreements (0-based).</summary>
    /// <example>0</example>
    public int? AgreementIndex { get; init; }

    /// <summary>Thank-you: the helper's manager, to copy (from the directory).</summary>
    public PersonInput? Manager { get; init; }

    /// <summary>Escalation: the managers to address, usually both sides'.</summary>
    public IReadOnlyList<PersonInput>? Managers { get; init; }

    /// <summary>Optional: the tracked conversation (POST /api/tracked) whose agreements, as the user corrected them, the draft uses.
    /// Thank-you: with agreementId, all the note needs.</summary>
    public string? TrackedId { get; init; }

    /// <summary>Thank-you: the tracked agreement delivered (with trackedId).</summary>
    public string? AgreementId { get; init; }

    /// <summary>Thank-you: offer help back, naming something concrete (what you still owe their department, when tracked).</summary>
    public bool? OfferHelpBack { get; init; }

    /// <summary>The help-back sentence the favour account wrote (not bound from the request).</summary>
    internal string? HelpBack { get; init; }

    /// <summary>Referral: whom the person referred the ask to, when the analysis does not say (it carries recipients' referrals).</summary>
    public ReferralInput? Referral { get; init; }

    /// <summary>The mailbox owner defaults to the signed-in user, as for /api/threads/analyze.</summary>
    internal DraftRequest ForUser(CurrentUser user) => string.IsNullOrWhiteSpace(Me) ? this with { Me = user.Address } : this;

    internal sealed record Context(ThreadAnalysis Analysis, IReadOnlyList<ReadMessage> Read, string Topic, DateTimeOffset Now, string Me, string? Signer)
    {
        /// <summary>Analyses messages the API already holds (from the mailbox) for the drafts; the client leaving stops the reading at the next message.</summary>
        public static Context Of(ConversationInput conversation, string me, DateTimeOffset now, string? signer, CancellationToken ct)
        {
            var read = ThreadAnalyzer.Read(conversation, ct);
            var analysis = ThreadAnalyzer.Analyze(conversation.Subject, read, me, now, ct: ct);
            return new Context(analysis, read, analysis.Conversation.Subject, now, me, signer);
        }
    }

    internal bool TryAnalyze(TimeProvider clock, CurrentUser user, CancellationToken ct, out Context context, out ValidationProblem invalid)
    {
        var errors = new AnalyzeRequest { Me = Me, Now = Now, Subject = Subject, Messages = Messages }.Validate();
        if (errors.Count > 0)
        {
            context = null!;
            invalid = TypedResults.ValidationProblem(errors);
            return false;
        }
        var incoming = Messages!.Select(x => x.ToIncoming()).ToArray();
        context = Context.Of(new ConversationInput(Subject, incoming), Me!, Now ?? clock.GetLocalNow(), DraftsApi.Signer(user), ct);
        invalid = null!;
        return true;
    }
}

/// <summary>The drafts made from a conversation.</summary>
public enum DraftKind { Reminder, CallNotes, Escalation, ThankYou, Referral }

/// <summary>Draft kinds by the names their routes use (reminder, call-notes, escalation, thank-you).</summary>
public static class DraftKinds
{
    static readonly Dictionary<string, DraftKind> ByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reminder"] = DraftKind.Reminder,
        ["call-notes"] = DraftKind.CallNotes,
        ["escalation"] = DraftKind.Escalation,
        ["thank-you"] = DraftKind.ThankYou,
        ["referral"] = DraftKind.Referral,
    };

    public static IEnumerable<string> Routes => ByRoute.Keys;

    public static bool TryParse(string route, out DraftKind kind) => ByRoute.TryGetValue(route, out kind);
}

/// <summary>Whom someone referred the ask to ("not me - ask Marcus in Facilities").</summary>
public sealed record ReferralInput
{
    /// <example>Marcus Reed</example>
    public string? ToName { get; init; }
    /// <example>marcus.reed@contoso.com</example>
    public string? ToAddress { get; init; }
    /// <summary>The sentence that said it.</summary>
    /// <example>Not me, I'm afraid - Marcus in Facilities owns the badge readers.</example>
    public string? Quote { get; init; }

    public Referral ToReferral(Person from) => new(from, (ToName ?? ToAddress)!.Trim(), ToAddress?.Trim(), null, Quote?.Trim() ?? "");
}

/// <summary>The agreements to confirm, as the user corrected them, or the tracked conversation whose stored agreements to confirm.</summary>
public sealed record ConfirmationRequest
{
    /// <summary>The conversation's topic (a leading "Confirming:" is kept once).</summary>
    /// <example>Churn and refund data for the CX dashboard</example>
    public string? Subject { get; init; }
    /// <summary>The agreements, in the analysis' shape. Omit them to use the tracked conversation's (trackedId).</summary>
    public IReadOnlyList<Agreement>? Agreements { get; init; }
    /// <summary>Who is copied (informed, owning nothing).</summary>
    /// <example>["maria.garcia@contoso.com"]</example>
    public IReadOnlyList<string>? Cc { get; init; }
    /// <summary>The tracked conversation whose agreements to confirm, when no agreements are sent.</summary>
    public string? TrackedId { get; init; }
    /// <summary>The moment the flag-by date is counted from; defaults to the server's clock.</summary>
    public DateTimeOffset? Now { get; init; }

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (Agreements is null && string.IsNullOrWhiteSpace(TrackedId))
            errors["agreements"] = ["The agreements to confirm (or the trackedId whose stored agreements to confirm) are required."];
        if (Agreements is not null && string.IsNullOrWhiteSpace(Subject))
            errors["subject"] = ["The conversation's subject is required."];
        if (Agreements is { Count: > 500 })
            errors["agreements"] = ["At most 500 agreements."];
        for (var i = 0; i < (Agreements?.Count ?? 0); i++)
            if (Agreements![i] is not { Owner.Address: { } address, What: { } what } || !address.Contains('@') || string.IsNullOrWhiteSpace(what) || what.Length > 4000)
                errors[$"agreements[{i}]"] = ["Each agreement needs an owner with an address and what they will do (at most 4000 characters)."];
        if (Cc is { Count: > 500 })
            errors["cc"] = ["At most 500 people copied."];
        return errors;
    }
}
