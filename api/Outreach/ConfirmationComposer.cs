using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>Drafts the "confirming the following N points" email. PLACEHOLDER until drafts land.</summary>
public static class ConfirmationComposer
{
    public static ConfirmationDraft Compose(string subject, IReadOnlyList<Agreement> agreements, IReadOnlyList<Person> copied, string me, DateTimeOffset now)
        => new("Confirming: " + subject, [], [], "", "");
}
