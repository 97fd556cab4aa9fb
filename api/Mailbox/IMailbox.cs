using CrossDept.Calls;
using CrossDept.People;
using CrossDept.Threads;

namespace CrossDept.Mailbox;

/// <summary>
/// The signed-in user's Microsoft 365 as the product needs it: conversations, the people on them, calendars, and
/// the two things it creates (a call, a confirmation draft). Two implementations: Microsoft Graph, and a folder of
/// .eml files for the demo mailbox.
/// </summary>
public interface IMailbox
{
    /// <summary>Recent conversations, newest first.</summary>
    Task<IReadOnlyList<ConversationListing>> ConversationsAsync(CancellationToken cancellationToken);

    /// <summary>Every message of the conversation in every folder (Sent Items too), drafts excluded; null when unknown.</summary>
    Task<ConversationInput?> ConversationAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Directory cards (manager, phones, away) for these people; people the directory does not know are left out.</summary>
    Task<IReadOnlyList<PersonCard>> PeopleAsync(IReadOnlyList<string> addresses, CancellationToken cancellationToken);

    /// <summary>The mailbox owner's display name in the directory (Graph /me); null when it has none to give.</summary>
    Task<string?> MyNameAsync(CancellationToken cancellationToken);

    /// <summary>Busy times and working hours of each person (the user included) between start and end.</summary>
    Task<IReadOnlyList<Schedule>> SchedulesAsync(IReadOnlyList<string> addresses, DateTimeOffset start, DateTimeOffset end, int intervalMinutes,
        CancellationToken cancellationToken);

    /// <summary>Creates the call as a calendar event with an online meeting; the same key never creates a second event.</summary>
    Task<ScheduledCall> CreateCallAsync(CallInvitation call, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Creates the confirmation as a reply-all draft on the conversation's latest message; the same key never creates a second draft.</summary>
    Task<CreatedDraft?> CreateReplyAllDraftAsync(string conversationId, ConfirmationDraft draft, string idempotencyKey, CancellationToken cancellationToken);
}

/// <summary>A conversation in the list.</summary>
public sealed record ConversationListing(string Id, string Subject, DateTimeOffset LastMessageAt, int MessageCount);

/// <summary>A draft created in the user's Drafts folder.</summary>
public sealed record CreatedDraft(string Id, string? WebLink, string Subject)
{
    /// <summary>The draft's item id (immutable id in a tenant).</summary>
    /// <example>AAkALgAAAAAAHYQDEapmEc2byACqAC-EWg0AAAAA</example>
    public string Id { get; init; } = Id;

    /// <summary>Opens the draft in Outlook on the web (null in the demo mailbox).</summary>
    /// <example>https://outlook.office365.com/owa/?ItemID=AAkALgAAAAAAHYQDEapmEc2byACqAC&amp;exvsurl=1&amp;viewmodel=ReadMessageItem</example>
    public string? WebLink { get; init; } = WebLink;

    /// <summary>The draft's subject.</summary>
    /// <example>Confirming: Churn and refund data for the CX dashboard</example>
    public string Subject { get; init; } = Subject;
}
