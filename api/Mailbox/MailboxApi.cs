using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CrossDept.Auth;
using CrossDept.Hosting;
using CrossDept.Graph;
using CrossDept.Outreach;
using CrossDept.Threads;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace CrossDept.Mailbox;

public static class MailboxApi
{
    public static RouteGroupBuilder MapMailbox(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapUserGroup("/api/mailbox/conversations").WithTags("Mailbox").WithBodySize(BodySize.Draft).WithAnalysisLimit();

        group.MapGet("", List)
            .WithName("ListConversations")
            .WithSummary("Recent conversations in the signed-in user's mailbox")
            .WithDescription("In a tenant: the conversations of the most recent messages, newest first. In demo mode: the sample conversations.");

        group.MapGet("/{id}/analysis", Analyze)
            .WithName("AnalyzeConversation")
            .WithSummary("Analyse a conversation from the mailbox by its id")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithDescription("Reads every message of the conversation in every folder (Sent Items too) and returns the same analysis as "
                + "POST /api/threads/analyze and the analyze command, for the signed-in user. `now` defaults to the server's clock.");

        group.MapPost("/{id}/confirmation-draft", CreateConfirmationDraft)
            .WithName("CreateConfirmationDraft")
            .WithSummary("Create the confirmation email as a reply-all draft in Drafts")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .WithDescription("Replies to all on the conversation's latest message with the confirmation draft (the analysis's, or the one "
                + "in the body when the pane edited it). Requires an Idempotency-Key header: repeating the request with the same key "
                + "returns the same draft and never creates a second one.");

        group.MapPost("/{id}/drafts/{kind}", DraftFor)
            .WithName("DraftFromConversation")
            .WithSummary("Draft a reminder, call notes, an escalation or a thank-you for a conversation in the mailbox")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithDescription("The same drafts as POST /api/drafts/{kind} (kind: reminder, call-notes, escalation, thank-you, referral), with the "
                + "messages read from the mailbox instead of sent by the pane. The body takes person, agreementIndex, manager, managers, trackedId, agreementId, referral "
                + "and now as there; the mailbox owner is the signed-in user.");
        return group;
    }

    /// <summary>Graph ids are base64 and may hold '/', which a path segment keeps as %2F (routing does not decode it).</summary>
    static string ConversationId(string id) => id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);

    static async Task<Ok<IReadOnlyList<ConversationListing>>> List(IMailbox mailbox, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mailbox.ConversationsAsync(cancellationToken));

    static async Task<Results<Ok<ThreadAnalysis>, ProblemHttpResult>> Analyze(string id, DateTimeOffset? now, CurrentUser user,
        IMailbox mailbox, TimeProvider clock, CancellationToken cancellationToken)
    {
        id = ConversationId(id);
        var conversation = await mailbox.ConversationAsync(id, cancellationToken);
        if (conversation is null)
            return NotFound(id);
        return TypedResults.Ok(ThreadAnalyzer.Analyze(conversation, user.Address, now ?? clock.GetLocalNow(), ct: cancellationToken));
    }

    static async Task<Results<Created<CreatedDraft>, ValidationProblem, ProblemHttpResult>> CreateConfirmationDraft(
        string id, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, [FromBody] ConfirmationDraftRequest? edited,
        CurrentUser user, IMailbox mailbox, IdempotencyKeys keys, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!IdempotencyKeys.IsValid(idempotencyKey))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [IdempotencyKeys.Header] = ["An Idempotency-Key header (8 to 128 characters, e.g. a UUID) is required so a retry never creates a second draft."],
            });
        if ((edited?.To ?? []).Concat(edited?.Cc ?? []).FirstOrDefault(a => !IsAddress(a)) is { } notAnAddress)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["to"] = [$"'{notAnAddress}' is not an email address (something@domain)."],
            });
        id = ConversationId(id);
        var fingerprint = Fingerprint(id, edited);
        var result = await keys.RunOnceAsync(user, "confirmation-draft", idempotencyKey!, fingerprint, async () =>
        {
            var conversation = await mailbox.ConversationAsync(id, cancellationToken);
            if (conversation is null)
                return NotCreated.Instance;
            var draft = edited?.ToDraft() ?? Signed(ThreadAnalyzer.Analyze(conversation, user.Address, edited?.Now ?? clock.GetLocalNow(), ct: cancellationToken), user,
                edited?.Now ?? clock.GetLocalNow(), await DraftsApi.SignerAsync(user, mailbox, cancellationToken));
            return (object?)await mailbox.CreateReplyAllDraftAsync(id, draft, idempotencyKey!, cancellationToken) ?? NotCreated.Instance;
        });
        return result switch
        {
            { Conflict: true } => KeyReused(),
            { Value: CreatedDraft created } => TypedResults.Created((string?)null, created),
            _ => NotFound(id),
        };
    }

    static async Task<Results<Ok<Draft>, ValidationProblem, ProblemHttpResult>> DraftFor(string id, string kind,
        [FromBody] DraftRequest? request, CurrentUser user, IMailbox mailbox, TimeProvider clock, Tracking.TrackingStore store,
        Departments.DepartmentStore interests, CancellationToken cancellationToken)
    {
        if (!DraftKinds.TryParse(kind, out var draftKind))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["kind"] = [$"'{kind}' is not a draft; use {string.Join(", ", DraftKinds.Routes)}."],
            });
        request = (request ?? new DraftRequest()) with { Me = user.Address };
        if (request.Messages is { Count: > 0 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["messages"] = ["The messages come from the mailbox; send them to POST /api/drafts/{kind} instead."],
            });
        if (DraftsApi.Missing(draftKind, request) is { } missing)
            return missing;
        id = ConversationId(id);
        var conversation = await mailbox.ConversationAsync(id, cancellationToken);
        if (conversation is null)
            return NotFound(id);
        var context = DraftRequest.Context.Of(conversation, user.Address, request.Now ?? clock.GetLocalNow(),
            await DraftsApi.SignerAsync(user, mailbox, cancellationToken), cancellationToken);
        return await DraftsApi.DraftAsync(draftKind, request, context, user, store, mailbox, cancellationToken, interests);
    }

    /// <summary>Something@domain with no spaces: as lenient as real mail is (t..hodge@, .nelson@, carol.st.@ are people).</summary>
    static bool IsAddress(string? address) =>
        address is { Length: <= 320 } && address.LastIndexOf('@') is var at && at > 0 && at < address.Length - 1 && !address.Any(char.IsWhiteSpace);

    /// <summary>The analysis's confirmation, written again by the same composer with the signed-in user's name as its sign-off.</summary>
    static ConfirmationDraft Signed(ThreadAnalysis analysis, CurrentUser user, DateTimeOffset now, string signer) =>
        ConfirmationComposer.Compose(analysis.Conversation.Subject, analysis.Agreements,
            analysis.ConfirmationDraft.Cc.Select(c => new Person(null, c)).ToArray(), user.Address, now, signer);

    internal static string Fingerprint(params object?[] parts) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(parts, AnalysisJson.Options))));

    internal static ProblemHttpResult KeyReused() => TypedResults.Problem(
        title: "Idempotency-Key already used",
        detail: "This Idempotency-Key was used for a different request; use a new key for a new item.",
        statusCode: StatusCodes.Status409Conflict);

    static ProblemHttpResult NotFound(string id) => TypedResults.Problem(
        title: "Conversation not found", detail: $"The mailbox has no conversation '{id}'.", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Stands for "nothing to create" inside the idempotent run (the conversation was not found).</summary>
    sealed class NotCreated
    {
        public static readonly NotCreated Instance = new();
    }
}

/// <summary>The confirmation as the pane shows it, possibly edited; omit the body to use the analysis's draft.</summary>
public sealed record ConfirmationDraftRequest
{
    /// <example>Confirming: Churn and refund data for the CX dashboard</example>
    public string? Subject { get; init; }
    /// <example>["raj.patel@contoso.com"]</example>
    public IReadOnlyList<string>? To { get; init; }
    /// <example>["maria.garcia@contoso.com"]</example>
    public IReadOnlyList<string>? Cc { get; init; }
    /// <example>&lt;p&gt;Confirming the following 1 point:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Raj sends the churn export by Wednesday 4 November.&lt;/li&gt;&lt;/ol&gt;</example>
    public string? Html { get; init; }
    public string? Text { get; init; }
    /// <summary>When no draft is given: the moment the analysis is made at. Defaults to the server's clock.</summary>
    public DateTimeOffset? Now { get; init; }

    public ConfirmationDraft? ToDraft() => Html is null || Subject is null ? null : new(Subject, To ?? [], Cc ?? [], Html, Text ?? "");
}
