using CrossDept.Threads;

namespace CrossDept.Tests.Tracking;

/// <summary>Analysis JSON as POST /api/threads/analyze returns it, built for the tracking tests.</summary>
static class Analyses
{
    public static readonly Person Jane = new("Jane Doe", "jane.doe@contoso.com");
    public static readonly Person Raj = new("Raj Patel", "raj.patel@contoso.com");
    public static readonly Person Tom = new("Tom Becker", "tom.becker@contoso.com");

    public const string SecretBodyText = "PRIVATE-BODY-7f3a: the churn numbers look bad for the Q3 board deck";

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    public static Agreement Agreement(Person owner, string what, string? due, string quote = "Sure - I can do that.") =>
        new(owner, what, due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), due is null ? null : "by then", "<m1@contoso.com>", quote);

    public static RecipientStatus Waiting(Person p, int unanswered, string lastAsked) =>
        new(p.Address, p.Name, ReplyStatus.Waiting, unanswered >= 2 ? NextStep.Call : NextStep.Wait, unanswered, null, null, At(lastAsked));

    public static RecipientStatus Replied(Person p, string lastAsked, string lastReply) =>
        new(p.Address, p.Name, ReplyStatus.Replied, NextStep.None, 0, At(lastReply), null, At(lastAsked));

    public static RecipientStatus Away(Person p, string lastAsked, string? until) =>
        new(p.Address, p.Name, ReplyStatus.Away, NextStep.Wait, 1, null, until is null ? null : DateOnly.Parse(until, System.Globalization.CultureInfo.InvariantCulture), At(lastAsked));

    /// <summary>A conversation: Jane asked Raj and Tom; Raj replied with a body nobody may store.</summary>
    public static ThreadAnalysis Of(string subject, IReadOnlyList<RecipientStatus> recipients, IReadOnlyList<Agreement> agreements) =>
        new(new ConversationSummary(subject, [Jane, Raj, Tom]),
            [
                new MessageView("<m0@contoso.com>", Jane, At("2026-11-02T09:00:00-05:00"), false, null, "Hi both, " + SecretBodyText, null),
                new MessageView("<m1@contoso.com>", Raj, At("2026-11-02T11:40:00-05:00"), false, null, "Sure. " + SecretBodyText, "Cheers,\nRaj"),
            ],
            agreements, recipients,
            new ConfirmationDraft("Confirming: " + subject, [Raj.Address], [], "<p>" + SecretBodyText + "</p>", SecretBodyText));

    public static ThreadAnalysis Churn() => Of("Churn and refund data for the CX dashboard",
        [Replied(Raj, "2026-11-02T09:00:00-05:00", "2026-11-02T11:40:00-05:00"), Waiting(Tom, 1, "2026-11-02T09:00:00-05:00")],
        [Agreement(Raj, "pull the churn export", "2026-11-04", "Sure - I can pull the churn export by end of day Wednesday.")]);
}
