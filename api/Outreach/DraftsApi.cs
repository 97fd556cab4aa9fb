using CrossDept.Auth;
using CrossDept.Threads;
using CrossDept.Threads.Reading;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrossDept.Outreach;

/// <summary>The drafts built from a conversation's analysis: reminder, call notes, escalation, thank-you.</summary>
public static class DraftsApi
{
    public static RouteGroupBuilder MapOutreach(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/drafts").WithTags("Drafts");

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

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Reminder(DraftRequest request, CurrentUser user, TimeProvider clock)
    {
        request = request.ForUser(user);
        if (!request.TryAnalyze(clock, out var context, out var invalid))
            return invalid;
        var waiting = context.Analysis.Recipients.Where(r => r.Status == ReplyStatus.Waiting
            && (request.Person is null || r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (waiting.Length == 0)
            return NothingToDo(request.Person is null
                ? "Nobody the mailbox owner asked is still waiting to answer."
                : $"{request.Person} is not waiting to answer (replied, away, or never asked).");
        return TypedResults.Ok(ReminderComposer.Compose(context.Topic, waiting, context.Read, request.Me!, context.Now));
    }

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> CallNotes(DraftRequest request, CurrentUser user, TimeProvider clock)
    {
        request = request.ForUser(user);
        if (string.IsNullOrWhiteSpace(request.Person))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["person"] = ["The address of the person to call is required."] });
        if (!request.TryAnalyze(clock, out var context, out var invalid))
            return invalid;
        var recipient = context.Analysis.Recipients.FirstOrDefault(r => r.Address.Equals(request.Person, StringComparison.OrdinalIgnoreCase));
        if (recipient is null)
            return NothingToDo($"{request.Person} was not asked anything in this conversation.");
        return TypedResults.Ok(CallNotesComposer.Compose(context.Topic, recipient, context.Read, request.Me!));
    }

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> Escalation(DraftRequest request, CurrentUser user, TimeProvider clock)
    {
        request = request.ForUser(user);
        if (!request.TryAnalyze(clock, out var context, out var invalid))
            return invalid;
        var managers = request.Managers?.Where(m => !string.IsNullOrWhiteSpace(m.Address)).Select(m => m.ToPerson()).ToArray() ?? [];
        return TypedResults.Ok(EscalationComposer.Compose(context.Topic, context.Analysis, context.Read, managers, request.Me!, context.Now));
    }

    static Results<Ok<Draft>, ValidationProblem, ProblemHttpResult> ThankYou(DraftRequest request, CurrentUser user, TimeProvider clock)
    {
        request = request.ForUser(user);
        if (request.AgreementIndex is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["agreementIndex"] = ["Which agreement was delivered (its position in the analysis' agreements) is required."] });
        if (!request.TryAnalyze(clock, out var context, out var invalid))
            return invalid;
        if (request.AgreementIndex < 0 || request.AgreementIndex >= context.Analysis.Agreements.Count)
            return NothingToDo($"There is no agreement {request.AgreementIndex}; the conversation has {context.Analysis.Agreements.Count}.");
        var manager = request.Manager is { Address: { Length: > 0 } } m ? m.ToPerson() : null;
        return TypedResults.Ok(ThankYouComposer.Compose(context.Topic, context.Analysis.Agreements[request.AgreementIndex.Value], manager));
    }

    static ProblemHttpResult NothingToDo(string detail) =>
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

    internal sealed record Context(ThreadAnalysis Analysis, IReadOnlyList<ReadMessage> Read, string Topic, DateTimeOffset Now);

    internal bool TryAnalyze(TimeProvider clock, out Context context, out ValidationProblem invalid)
    {
        var conversation = new AnalyzeRequest { Me = Me, Now = Now, Subject = Subject, Messages = Messages };
        var errors = conversation.Validate();
        if (Manager is { } m && (string.IsNullOrWhiteSpace(m.Address) || !m.Address.Contains('@')))
            errors["manager.address"] = ["The manager needs an email address."];
        if (errors.Count > 0)
        {
            context = null!;
            invalid = TypedResults.ValidationProblem(errors);
            return false;
        }
        var now = Now ?? clock.GetLocalNow();
        var incoming = Messages!.Select(x => x.ToIncoming()).ToArray();
        var analysis = ThreadAnalyzer.Analyze(new ConversationInput(Subject, incoming), Me!, now);
        var read = incoming.OrderBy(x => x.SentAt).Select(MessageReader.Read).ToArray();
        context = new Context(analysis, read, analysis.Conversation.Subject, now);
        invalid = null!;
        return true;
    }
}
