using CrossDept.Auth;
using CrossDept.Hosting;
using CrossDept.Threads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Outreach;

/// <summary>The drafts built from a conversation's analysis: reminder, call notes, escalation, thank-you.</summary>
public static class DraftsApi
{
    public static RouteGroupBuilder MapOutreach(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/drafts").WithTags("Drafts").WithBodySize(BodySize.Conversation).WithAnalysisLimit();

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
                + "who answered, what is agreed and what is needed by when - information, not complaint.");

        group.MapPost("/thank-you", ThankYou)
            .WithName("DraftThankYou")
            .WithSummary("A thank-you note for a delivered agreement, copying the helper's manager")
            .WithDescription("Takes the conversation, `agreementIndex` (position in the analysis' agreements) and optionally "
                + "`manager` (from the directory); thanks the owner and copies their manager.");

        return group;
    }

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Reminder(DraftRequest request, CurrentUser user, TimeProvider clock) =>
        Handle(DraftKind.Reminder, request, user, clock);

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> CallNotes(DraftRequest request, CurrentUser user, TimeProvider clock) =>
        Handle(DraftKind.CallNotes, request, user, clock);

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Escalation(DraftRequest request, CurrentUser user, TimeProvider clock) =>
        Handle(DraftKind.Escalation, request, user, clock);

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> ThankYou(DraftRequest request, CurrentUser user, TimeProvider clock) =>
        Handle(DraftKind.ThankYou, request, user, clock);

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Handle(DraftKind kind, DraftRequest request, CurrentUser user, TimeProvider clock)
    {
        request = request.ForUser(user);
        if (Missing(kind, request) is { } missing)
            return missing;
        if (!request.TryAnalyze(clock, out var context, out var invalid))
            return invalid;
        return Compose(kind, request, context);
    }

    /// <summary>What a kind of draft cannot be made without, before any analysis is spent on it.</summary>
    internal static ValidationProblem? Missing(DraftKind kind, DraftRequest request) => kind switch
    {
        DraftKind.CallNotes when string.IsNullOrWhiteSpace(request.Person) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["person"] = ["The address of the person to call is required."] }),
        DraftKind.ThankYou when request.AgreementIndex is null =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agreementIndex"] = ["Which agreement was delivered (its position in the analysis' agreements) is required."] }),
        _ when request.Manager is { } m && (string.IsNullOrWhiteSpace(m.Address) || !m.Address.Contains('@')) =>
            TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["manager.address"] = ["The manager needs an email address."] }),
        _ => null,
    };

    /// <summary>
    /// One draft of the given kind from an analysed conversation: shared by these routes (the pane sent the messages) and
    /// the mailbox's (the API read them from Graph or the demo mailbox).
    /// </summary>
    internal static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Compose(DraftKind kind, DraftRequest request, DraftRequest.Context context)
    {
        var me = context.Me;
        switch (kind)
        {
            case DraftKind.Reminder:
                var waiting = context.Analysis.Recipients.Where(r => r.Status == ReplyStatus.Waiting
                    && (request.Person is null || r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase))).ToArray();
                if (waiting.Length == 0)
                    return NothingToDo(request.Person is null
                        ? "Nobody the mailbox owner asked is still waiting to answer."
                        : $"{request.Person} is not waiting to answer (replied, away, or never asked).");
                return TypedResults.Ok(ReminderComposer.Compose(context.Topic, waiting, context.Read, me, context.Now));

            case DraftKind.CallNotes:
                var recipient = context.Analysis.Recipients.FirstOrDefault(r => r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase));
                if (recipient is null)
                    return NothingToDo($"{request.Person} was not asked anything in this conversation.");
                return TypedResults.Ok(CallNotesComposer.Compose(context.Topic, recipient, context.Read, me));

            case DraftKind.Escalation:
                var managers = request.Managers?.Where(m => !string.IsNullOrWhiteSpace(m.Address)).Select(m => m.ToPerson()).ToArray() ?? [];
                return TypedResults.Ok(EscalationComposer.Compose(context.Topic, context.Analysis, context.Read, managers, me, context.Now));

            default:
                if (request.AgreementIndex < 0 || request.AgreementIndex >= context.Analysis.Agreements.Count)
                    return NothingToDo($"There is no agreement {request.AgreementIndex}; the conversation has {context.Analysis.Agreements.Count}.");
                var manager = request.Manager is { Address: { Length: > 0 } } m ? m.ToPerson() : null;
                return TypedResults.Ok(ThankYouComposer.Compose(context.Topic, context.Analysis.Agreements[request.AgreementIndex!.Value], manager));
        }
    }

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

    /// <summary>The mailbox owner defaults to the signed-in user, as for /api/threads/analyze.</summary>
    internal DraftRequest ForUser(CurrentUser user) => string.IsNullOrWhiteSpace(Me) ? this with { Me = user.Address } : this;

    internal sealed record Context(ThreadAnalysis Analysis, IReadOnlyList<ReadMessage> Read, string Topic, DateTimeOffset Now, string Me)
    {
        /// <summary>Analyses messages the API already holds (from the mailbox) for the drafts.</summary>
        public static Context Of(ConversationInput conversation, string me, DateTimeOffset now)
        {
            var read = ThreadAnalyzer.Read(conversation);
            var analysis = ThreadAnalyzer.Analyze(conversation.Subject, read, me, now);
            return new Context(analysis, read, analysis.Conversation.Subject, now, me);
        }
    }

    internal bool TryAnalyze(TimeProvider clock, out Context context, out ValidationProblem invalid)
    {
        var errors = new AnalyzeRequest { Me = Me, Now = Now, Subject = Subject, Messages = Messages }.Validate();
        if (errors.Count > 0)
        {
            context = null!;
            invalid = TypedResults.ValidationProblem(errors);
            return false;
        }
        var incoming = Messages!.Select(x => x.ToIncoming()).ToArray();
        context = Context.Of(new ConversationInput(Subject, incoming), Me!, Now ?? clock.GetLocalNow());
        invalid = null!;
        return true;
    }
}

/// <summary>The drafts made from a conversation.</summary>
public enum DraftKind { Reminder, CallNotes, Escalation, ThankYou }

/// <summary>Draft kinds by the names their routes use (reminder, call-notes, escalation, thank-you).</summary>
public static class DraftKinds
{
    static readonly Dictionary<string, DraftKind> ByRoute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reminder"] = DraftKind.Reminder,
        ["call-notes"] = DraftKind.CallNotes,
        ["escalation"] = DraftKind.Escalation,
        ["thank-you"] = DraftKind.ThankYou,
    };

    public static IEnumerable<string> Routes => ByRoute.Keys;

    public static bool TryParse(string route, out DraftKind kind) => ByRoute.TryGetValue(route, out kind);
}
