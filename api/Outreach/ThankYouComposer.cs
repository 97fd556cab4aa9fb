using CrossDept.Threads;

namespace CrossDept.Outreach;

/// <summary>Closes the loop once an agreement is delivered: thanks the helper and tells their manager, copied.</summary>
public static class ThankYouComposer
{
    /// <summary>The note; helpBack (a concrete offer of help in return, from the favour account) replaces the generic closing offer.</summary>
    public static Draft Compose(string topic, Agreement done, Person? manager, string? signer = null, string? helpBack = null)
    {
        var helper = done.Owner;
        var first = DraftWriter.FirstName(helper);
        var writer = new DraftWriter().Paragraph($"Hi {first},")
            .Paragraph($"Thank you for taking care of this: {DraftWriter.Shorten(done.What, 300)}. It made a real difference to {topic}.");
        if (manager is not null)
            writer.Paragraph($"{DraftWriter.FirstName(manager)}, I'm copying you so you know how much {first}'s help mattered here.");
        writer.Paragraph(string.IsNullOrWhiteSpace(helpBack) ? "If I can ever return the favour, just let me know." : helpBack.Trim())
            .Closing("Thanks again,", signer);
        return writer.Build("Thank you: " + topic, [helper.Address], manager is null ? [] : [manager.Address]);
    }
}
